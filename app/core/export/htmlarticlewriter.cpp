#include "htmlarticlewriter.h"

#include <QFileInfo>

#include <algorithm>

namespace parallax {

using namespace Qt::StringLiterals;

namespace {

int percent(double share)
{
    return int(share * 100.0 + 0.5);
}

} // namespace

HtmlArticleWriter::HtmlArticleWriter(const Comparison &comparison, HtmlWriter &writer)
    : m_comparison(comparison)
    , m_html(writer)
{ }

QString HtmlArticleWriter::sentenceId(int document, int sentence)
{
    return u"s-%1-%2"_s.arg(document).arg(sentence);
}

QString HtmlArticleWriter::direction(const QString &language)
{
    static constexpr QStringView rightToLeft[]
        = {u"ar", u"he", u"iw", u"fa", u"ur", u"yi", u"ps", u"dv", u"sd", u"ug", u"ckb", u"syr"};
    const QStringView primary = QStringView(language).left(language.indexOf(u'-'));
    for (const QStringView code : rightToLeft) {
        if (primary.compare(code, Qt::CaseInsensitive) == 0)
            return u"rtl"_s;
    }
    return u"auto"_s;
}

void HtmlArticleWriter::write(int document)
{
    const Article &article = m_comparison.documents[size_t(document)].article;
    m_html.open(u"section",
                {{u"class", u"column"_s},
                 {u"id", u"doc-%1"_s.arg(document)},
                 {u"lang", article.language},
                 {u"data-doc", QString::number(document)}});
    writeHeader(article);
    writeText(document);
    m_html.close(u"section");
    m_html.raw(u"\n");
}

void HtmlArticleWriter::writeHeader(const Article &article)
{
    m_html.open(u"header", {{u"dir", u"auto"_s}});
    m_html.element(u"h2", article.title.isEmpty() ? QFileInfo(article.path).fileName() : article.title);
    QStringList details;
    if (!article.outlet.isEmpty())
        details << article.outlet;
    if (!article.date.isEmpty())
        details << article.date;
    if (!details.isEmpty())
        m_html.element(u"p", details.join(u" · "), {{u"class", u"meta"_s}});
    m_html.open(u"p", {{u"class", u"meta"_s}});
    m_html.element(u"code", article.path, {{u"dir", u"ltr"_s}});
    m_html.close(u"p");
    m_html.close(u"header");
}

// Paragraphs are the article's blocks; sentences never cross them. A sentence
// outside every block (a hand-built comparison) still gets written, in a
// paragraph of its own, so no sentence is ever lost.
void HtmlArticleWriter::writeText(int document)
{
    const AnalyzedDocument &analyzed = m_comparison.documents[size_t(document)];
    QList<TextSpan> paragraphs = analyzed.article.blocks;
    if (paragraphs.isEmpty())
        paragraphs.append(TextSpan {0, analyzed.article.text.size()});
    m_html.open(u"div", {{u"class", u"text"_s}, {u"dir", direction(analyzed.article.language)}});
    int next = 0;
    for (const TextSpan &paragraph : std::as_const(paragraphs))
        writeParagraph(document, paragraph, next);
    const int count = int(analyzed.sentences.size());
    while (next < count)
        writeParagraph(document, analyzed.sentences[size_t(next)].span, next);
    m_html.close(u"div");
}

void HtmlArticleWriter::writeParagraph(int document, TextSpan paragraph, int &next)
{
    const AnalyzedDocument &analyzed = m_comparison.documents[size_t(document)];
    const QStringView text(analyzed.article.text);
    const int count = int(analyzed.sentences.size());
    if (next < count)
        paragraph.start = std::min(paragraph.start, analyzed.sentences[size_t(next)].span.start);
    paragraph.start = std::clamp(paragraph.start, qsizetype(0), text.size());
    paragraph.end = std::clamp(paragraph.end, paragraph.start, text.size());
    const bool hasSentence = next < count && analyzed.sentences[size_t(next)].span.start < paragraph.end;
    if (!hasSentence && text.mid(paragraph.start, paragraph.length()).trimmed().isEmpty())
        return;

    m_html.open(u"p", {{u"dir", u"auto"_s}});
    qsizetype position = paragraph.start;
    while (next < count && analyzed.sentences[size_t(next)].span.start < paragraph.end) {
        const TextSpan span = analyzed.sentences[size_t(next)].span;
        if (span.start > position)
            m_html.text(text.mid(position, span.start - position));
        writeSentence(document, next);
        position = std::max(position, span.end);
        ++next;
    }
    if (position < paragraph.end)
        m_html.text(text.mid(position, paragraph.end - position));
    m_html.close(u"p");
    m_html.raw(u"\n");
}

void HtmlArticleWriter::writeSentence(int document, int sentence)
{
    const SentenceResult &result = resultOf(document, sentence);
    const Match *best = bestMatch(result);
    QStringList partners;
    for (const Match &match : result.matches)
        partners << sentenceId(match.document, match.sentence);
    const Link *link = best && best->link >= 0 && size_t(best->link) < m_comparison.links.size()
        ? &m_comparison.links[size_t(best->link)]
        : nullptr;
    const bool conflict = link && !link->conflicts.isEmpty();
    QString classes = statusName(result.status).prepend(u"s ");
    if (conflict)
        classes.append(u" conflict");

    m_html.open(u"span",
                {{u"class", classes},
                 {u"id", sentenceId(document, sentence)},
                 {u"data-doc", QString::number(document)},
                 {u"data-sentence", QString::number(sentence)},
                 {u"data-cluster", result.cluster >= 0 ? QString::number(result.cluster) : QString()},
                 {u"data-partners", partners.join(u' ')},
                 {u"data-best", best ? sentenceId(best->document, best->sentence) : QString()},
                 {u"title", tooltip(result)}});
    const QStringView text(m_comparison.documents[size_t(document)].article.text);
    for (const Piece &piece : piecesOf(document, sentence)) {
        if (piece.differs)
            m_html.element(u"span", text.mid(piece.span.start, piece.span.length()), {{u"class", u"w"_s}});
        else
            m_html.text(text.mid(piece.span.start, piece.span.length()));
    }
    if (conflict)
        m_html.element(
            u"sup", u"≠",
            {{u"class", u"cf"_s}, {u"title", tr("Differs in: %1").arg(link->conflicts.join(u", "))}});
    m_html.close(u"span");
}

// The sentence split into runs that its best partner shares and runs of words
// it does not (word diff of their link).
std::vector<HtmlArticleWriter::Piece> HtmlArticleWriter::piecesOf(int document, int sentence) const
{
    const TextSpan whole = m_comparison.documents[size_t(document)].sentences[size_t(sentence)].span;
    std::vector<Piece> pieces;
    qsizetype position = whole.start;
    for (const TextSpan &word : differingWords(document, sentence)) {
        if (word.start > position)
            pieces.push_back({{position, word.start}, false});
        pieces.push_back({word, true});
        position = word.end;
    }
    if (position < whole.end)
        pieces.push_back({{position, whole.end}, false});
    return pieces;
}

// Spans of this sentence's words missing from its best partner, clipped to the
// sentence, sorted and without overlaps (diffs from elsewhere are not trusted
// to be tidy).
std::vector<TextSpan> HtmlArticleWriter::differingWords(int document, int sentence) const
{
    const Match *best = bestMatch(resultOf(document, sentence));
    if (!best || best->link < 0 || size_t(best->link) >= m_comparison.links.size())
        return {};
    const Link &link = m_comparison.links[size_t(best->link)];
    const SentenceRef self {document, sentence};
    const bool isA = link.a == self;
    if (!isA && link.b != self)
        return {};
    const TextSpan whole = m_comparison.documents[size_t(document)].sentences[size_t(sentence)].span;
    std::vector<TextSpan> words;
    for (const DiffOp &op : link.diff) {
        if (op.kind != (isA ? DiffOp::Kind::Delete : DiffOp::Kind::Insert))
            continue;
        const TextSpan span = isA ? op.a : op.b;
        const TextSpan clipped {std::max(span.start, whole.start), std::min(span.end, whole.end)};
        if (!clipped.isEmpty())
            words.push_back(clipped);
    }
    std::sort(words.begin(), words.end(), [](TextSpan x, TextSpan y) { return x.start < y.start; });
    std::vector<TextSpan> tidy;
    for (const TextSpan &word : words) {
        if (!tidy.empty() && word.start < tidy.back().end)
            tidy.back().end = std::max(tidy.back().end, word.end);
        else
            tidy.push_back(word);
    }
    return tidy;
}

// A Comparison whose results are shorter than its documents (hand-built or
// canceled) still exports: missing results read as unique.
const SentenceResult &HtmlArticleWriter::resultOf(int document, int sentence) const
{
    if (size_t(document) >= m_comparison.sentences.size())
        return m_unique;
    const std::vector<SentenceResult> &results = m_comparison.sentences[size_t(document)];
    return size_t(sentence) < results.size() ? results[size_t(sentence)] : m_unique;
}

// The strongest relation, then the highest score, then the first document.
const Match *HtmlArticleWriter::bestMatch(const SentenceResult &result) const
{
    const Match *best = nullptr;
    for (const Match &match : result.matches) {
        if (!best || match.relation > best->relation
            || (match.relation == best->relation && match.score > best->score))
            best = &match;
    }
    return best;
}

QString HtmlArticleWriter::tooltip(const SentenceResult &result) const
{
    if (result.matches.empty())
        return tr("Only in this article");
    QStringList lines;
    for (const Match &match : result.matches) {
        const QString name = documentName(match.document);
        lines << (match.relation == Relation::Shared
                      ? tr("Shared with %1 (%2%)").arg(name).arg(percent(match.score))
                      : tr("Paraphrased in %1 (%2%)").arg(name).arg(percent(match.score)));
    }
    return lines.join(u'\n');
}

QString HtmlArticleWriter::documentName(int document) const
{
    if (document < 0 || size_t(document) >= m_comparison.documents.size())
        return QString();
    const Article &article = m_comparison.documents[size_t(document)].article;
    if (!article.outlet.isEmpty())
        return article.outlet;
    return article.title.isEmpty() ? QFileInfo(article.path).fileName() : article.title;
}

} // namespace parallax
