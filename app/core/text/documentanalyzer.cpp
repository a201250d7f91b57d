#include "documentanalyzer.h"

#include "text/languageguesser.h"
#include "text/normalizer.h"
#include "text/segmenter.h"

#include <algorithm>
#include <map>
#include <optional>

namespace parallax {

namespace {

// "en-US", "EN", " pt_BR " → "en", "en", "pt".
QString canonicalLanguage(const QString &language)
{
    QString code = language.trimmed().toLower();
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (!code[i].isLetter())
            return code.left(i);
    }
    return code;
}

// Blocks when the article has none (built by hand, not by the loader): every
// non-empty line, as the loader does for text that is not hard-wrapped.
QList<TextSpan> linesOf(const QString &text)
{
    QList<TextSpan> blocks;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (!QStringView(text).mid(start, end - start).trimmed().isEmpty())
            blocks.append({start, end});
        start = end + 1;
    }
    return blocks;
}

} // namespace

struct LanguageTools
{
    explicit LanguageTools(const QString &language)
        : normalizer(language)
        , segmenter(language, normalizer.stopWords())
    { }

    Normalizer normalizer;
    Segmenter segmenter;
};

struct DocumentAnalyzer::Private
{
    QString forcedLanguage;
    std::optional<LanguageGuesser> guesser;
    std::map<QString, std::unique_ptr<LanguageTools>> tools;

    std::vector<TextSpan> sentenceSpans; // reused per block
    std::vector<Segmenter::Word> words; // reused per block

    LanguageTools &toolsFor(const QString &language)
    {
        std::unique_ptr<LanguageTools> &entry = tools[language];
        if (!entry)
            entry = std::make_unique<LanguageTools>(language);
        return *entry;
    }

    // The forced language, else `given` (set by the user), else a guess.
    // With givenFirst, `given` wins over the forced language.
    QString languageOf(const QString &given, QStringView text, bool givenFirst = false)
    {
        const QString code = canonicalLanguage(given);
        if (givenFirst && !code.isEmpty())
            return code;
        if (!forcedLanguage.isEmpty())
            return forcedLanguage;
        if (!code.isEmpty())
            return code;
        if (!guesser)
            guesser.emplace();
        return guesser->guess(text);
    }

    void analyzeBlock(LanguageTools &tools, const QString &text, TextSpan block, std::vector<Sentence> &out);
};

void DocumentAnalyzer::Private::analyzeBlock(LanguageTools &language, const QString &text, TextSpan block,
                                             std::vector<Sentence> &out)
{
    language.segmenter.sentences(text, block, sentenceSpans);
    language.segmenter.words(text, block, words);
    auto word = words.cbegin();
    for (const TextSpan &span : sentenceSpans) {
        Sentence sentence;
        sentence.span = span;
        while (word != words.cend() && word->span.start < span.start)
            ++word; // outside every trimmed sentence: cannot happen for real words
        for (; word != words.cend() && word->span.start < span.end; ++word) {
            const TextSpan clipped {word->span.start, std::min(word->span.end, span.end)};
            language.normalizer.appendTokens(text, clipped, sentence.tokens);
        }
        out.push_back(std::move(sentence));
    }
}

DocumentAnalyzer::DocumentAnalyzer(QString forcedLanguage)
    : d(std::make_unique<Private>())
{
    d->forcedLanguage = canonicalLanguage(forcedLanguage);
}

DocumentAnalyzer::~DocumentAnalyzer() = default;

AnalyzedDocument DocumentAnalyzer::analyze(Article article)
{
    AnalyzedDocument document;
    article.language = d->languageOf(article.language, article.text);
    LanguageTools &tools = d->toolsFor(article.language);
    const QList<TextSpan> blocks = article.blocks.isEmpty() ? linesOf(article.text) : article.blocks;
    const qsizetype length = article.text.size();
    for (const TextSpan &given : blocks) {
        const TextSpan block {std::clamp<qsizetype>(given.start, 0, length),
                              std::clamp<qsizetype>(given.end, 0, length)};
        if (!block.isEmpty())
            d->analyzeBlock(tools, article.text, block, document.sentences);
    }
    document.article = std::move(article);
    return document;
}

std::vector<Token> DocumentAnalyzer::tokenize(const QString &text, const QString &language)
{
    LanguageTools &tools = d->toolsFor(d->languageOf(language, text, true));
    std::vector<Token> tokens;
    tools.segmenter.words(text, {0, text.size()}, d->words);
    for (const Segmenter::Word &word : d->words)
        tools.normalizer.appendTokens(text, word.span, tokens);
    return tokens;
}

} // namespace parallax
