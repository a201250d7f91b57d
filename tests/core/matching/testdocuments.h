#pragma once

// Hand-built AnalyzedDocuments for the matching tests, independent of the
// real analyzer: words are runs of letters, digits and apostrophes; forms are
// lower-cased with curly apostrophes folded; stems drop a plural "s"; a few
// English function words are stop words.

#include "model/analyzeddocument.h"
#include "model/tokenkey.h"

#include <QRegularExpression>
#include <QStringList>

namespace parallax::test {

inline bool isStopWord(const QString &form)
{
    static const QStringList words
        = {QStringLiteral("the"), QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("of"),
           QStringLiteral("to"),  QStringLiteral("in"),   QStringLiteral("and"),  QStringLiteral("is"),
           QStringLiteral("was"), QStringLiteral("on"),   QStringLiteral("at"),   QStringLiteral("for"),
           QStringLiteral("it"),  QStringLiteral("that"), QStringLiteral("with"), QStringLiteral("by"),
           QStringLiteral("as"),  QStringLiteral("be"),   QStringLiteral("has"),  QStringLiteral("have"),
           QStringLiteral("he"),  QStringLiteral("she"),  QStringLiteral("they"), QStringLiteral("not")};
    return words.contains(form);
}

inline Sentence makeSentence(const QString &text, qsizetype start, qsizetype end)
{
    static const QRegularExpression word(QStringLiteral("[\\w'\u2019]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    Sentence sentence;
    sentence.span = {start, end};
    auto it = word.globalMatch(text.mid(start, end - start));
    while (it.hasNext()) {
        const auto match = it.next();
        QString form = match.captured().toLower();
        form.replace(QChar(0x2019), QLatin1Char('\''));
        QString stem = form;
        if (stem.size() > 3 && stem.endsWith(QLatin1Char('s')))
            stem.chop(1);
        Token token;
        token.span = {start + match.capturedStart(), start + match.capturedEnd()};
        token.form = tokenKey(form);
        token.stem = tokenKey(stem);
        if (isStopWord(form))
            token.flags |= Token::StopWord;
        if (form == QStringLiteral("not"))
            token.flags |= Token::Negation;
        if (form.contains(QRegularExpression(QStringLiteral("\\d"))))
            token.flags |= Token::Number;
        if (match.captured().front().isUpper())
            token.flags |= Token::Capitalized;
        sentence.tokens.push_back(token);
    }
    return sentence;
}

// One sentence per line of the text.
inline AnalyzedDocument makeDocument(const QStringList &sentences,
                                     const QString &path = QStringLiteral("doc.txt"))
{
    AnalyzedDocument document;
    document.article.path = path;
    document.article.language = QStringLiteral("en");
    document.article.text = sentences.join(QLatin1Char('\n'));
    qsizetype start = 0;
    for (const QString &line : sentences) {
        document.article.blocks.append({start, start + line.size()});
        document.sentences.push_back(makeSentence(document.article.text, start, start + line.size()));
        start += line.size() + 1;
    }
    return document;
}

} // namespace parallax::test
