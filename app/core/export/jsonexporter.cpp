#include "jsonexporter.h"

#include "codepointmapper.h"
#include "jsonwriter.h"

#include <vector>

namespace parallax {

namespace {

constexpr int scorePlaces = 4;

QString diffOpName(DiffOp::Kind kind)
{
    switch (kind) {
    case DiffOp::Kind::Delete:
        return QStringLiteral("delete");
    case DiffOp::Kind::Insert:
        return QStringLiteral("insert");
    case DiffOp::Kind::Equal:
        break;
    }
    return QStringLiteral("equal");
}

// One pass over a Comparison; holds the code point mappers of all documents
// (small: one entry per surrogate pair) so diff ranges of either side map.
class ExportPass
{
public:
    ExportPass(const Comparison &comparison, JsonWriter &writer)
        : m_comparison(comparison)
        , m_json(writer)
    {
        m_mappers.reserve(comparison.documents.size());
        for (const AnalyzedDocument &document : comparison.documents)
            m_mappers.emplace_back(document.article.text);
    }

    void run()
    {
        m_json.beginObject();
        m_json.key(u"format");
        m_json.value(u"parallax-comparison");
        m_json.key(u"version");
        m_json.value(u"1.0");
        m_json.key(u"generator");
        m_json.value(QStringLiteral("parallax " PARALLAX_VERSION));
        m_json.key(u"offsets");
        m_json.value(u"codepoint");
        writeSettings();
        writeDocuments();
        writeLinks();
        writeClusters();
        writePairs();
        writeErrors();
        m_json.endObject();
    }

private:
    void optionalString(QStringView name, const QString &text)
    {
        m_json.key(name);
        if (text.isEmpty())
            m_json.null();
        else
            m_json.value(text);
    }

    void score(QStringView name, double value)
    {
        m_json.key(name);
        m_json.decimal(value, scorePlaces);
    }

    // threads is left out on purpose: it never changes the result, and the
    // output must be the same bytes whatever the thread count.
    void writeSettings()
    {
        const ComparisonOptions &options = m_comparison.options;
        m_json.key(u"settings");
        m_json.beginObject();
        m_json.key(u"max_file_bytes");
        m_json.value(qint64(options.maxFileBytes));
        optionalString(u"language", options.language);
        m_json.key(u"shared_threshold");
        m_json.value(options.sharedThreshold);
        m_json.key(u"paraphrase_threshold");
        m_json.value(options.paraphraseThreshold);
        m_json.key(u"max_candidates_per_sentence");
        m_json.value(options.maxCandidatesPerSentence);
        m_json.endObject();
    }

    void writeDocuments()
    {
        m_json.key(u"documents");
        m_json.beginArray();
        for (size_t d = 0; d < m_comparison.documents.size(); ++d)
            writeDocument(int(d));
        m_json.endArray();
    }

    void writeDocument(int d)
    {
        const AnalyzedDocument &document = m_comparison.documents[size_t(d)];
        const Article &article = document.article;
        m_json.beginObject();
        m_json.key(u"id");
        m_json.value(d);
        m_json.key(u"path");
        m_json.value(article.path);
        m_json.key(u"sha256");
        m_json.value(article.sha256);
        m_json.key(u"title");
        m_json.value(article.title);
        optionalString(u"outlet", article.outlet);
        optionalString(u"date", article.date);
        m_json.key(u"language");
        m_json.value(article.language);
        m_json.key(u"encoding");
        m_json.value(article.encoding);
        m_json.key(u"text");
        m_json.value(article.text);
        m_json.key(u"sentences");
        m_json.beginArray();
        for (size_t s = 0; s < document.sentences.size(); ++s)
            writeSentence(d, int(s));
        m_json.endArray();
        m_json.endObject();
    }

    // A Comparison whose results are shorter than its documents (e.g. built
    // by hand, or canceled) still exports: missing results read as unique.
    const SentenceResult &resultOf(int d, int s) const
    {
        if (size_t(d) >= m_comparison.sentences.size())
            return m_unique;
        const std::vector<SentenceResult> &results = m_comparison.sentences[size_t(d)];
        return size_t(s) < results.size() ? results[size_t(s)] : m_unique;
    }

    void writeSentence(int d, int s)
    {
        const AnalyzedDocument &document = m_comparison.documents[size_t(d)];
        const Sentence &sentence = document.sentences[size_t(s)];
        const SentenceResult &result = resultOf(d, s);
        const CodePointMapper &mapper = m_mappers[size_t(d)];
        m_json.beginObject();
        m_json.key(u"index");
        m_json.value(s);
        m_json.key(u"start");
        m_json.value(qint64(mapper.toCodePoint(sentence.span.start)));
        m_json.key(u"end");
        m_json.value(qint64(mapper.toCodePoint(sentence.span.end)));
        m_json.key(u"text");
        m_json.value(QStringView(document.article.text).mid(sentence.span.start, sentence.span.length()));
        m_json.key(u"status");
        m_json.value(statusName(result.status));
        m_json.key(u"cluster");
        if (result.cluster < 0)
            m_json.null();
        else
            m_json.value(result.cluster);
        m_json.key(u"matches");
        m_json.beginArray();
        for (const Match &match : result.matches)
            writeMatch(match);
        m_json.endArray();
        m_json.endObject();
    }

    void writeMatch(const Match &match)
    {
        m_json.beginObject();
        m_json.key(u"document");
        m_json.value(match.document);
        m_json.key(u"sentence");
        m_json.value(match.sentence);
        m_json.key(u"relation");
        m_json.value(relationName(match.relation));
        score(u"score", match.score);
        m_json.key(u"link");
        m_json.value(match.link);
        m_json.endObject();
    }

    void writeRef(QStringView name, SentenceRef ref)
    {
        m_json.key(name);
        m_json.beginArray();
        m_json.value(ref.document);
        m_json.value(ref.sentence);
        m_json.endArray();
    }

    void writeLinks()
    {
        m_json.key(u"links");
        m_json.beginArray();
        for (const Link &link : m_comparison.links)
            writeLink(link);
        m_json.endArray();
    }

    void writeLink(const Link &link)
    {
        m_json.beginObject();
        m_json.key(u"id");
        m_json.value(link.id);
        writeRef(u"a", link.a);
        writeRef(u"b", link.b);
        m_json.key(u"relation");
        m_json.value(relationName(link.relation));
        score(u"score", link.score);
        m_json.key(u"moved");
        m_json.value(link.moved);
        m_json.key(u"conflicts");
        m_json.beginArray();
        for (const QString &conflict : link.conflicts)
            m_json.value(conflict);
        m_json.endArray();
        m_json.key(u"diff");
        m_json.beginArray();
        for (const DiffOp &op : link.diff)
            writeDiffOp(op, link.a.document, link.b.document);
        m_json.endArray();
        m_json.endObject();
    }

    void writeRange(QStringView name, TextSpan span, int document)
    {
        const CodePointMapper *mapper = mapperOf(document);
        m_json.key(name);
        m_json.beginArray();
        m_json.value(qint64(mapper ? mapper->toCodePoint(span.start) : span.start));
        m_json.value(qint64(mapper ? mapper->toCodePoint(span.end) : span.end));
        m_json.endArray();
    }

    void writeDiffOp(const DiffOp &op, int documentA, int documentB)
    {
        m_json.beginObject();
        m_json.key(u"op");
        m_json.value(diffOpName(op.kind));
        if (op.kind != DiffOp::Kind::Insert)
            writeRange(u"a", op.a, documentA);
        if (op.kind != DiffOp::Kind::Delete)
            writeRange(u"b", op.b, documentB);
        m_json.endObject();
    }

    const CodePointMapper *mapperOf(int document) const
    {
        if (document < 0 || size_t(document) >= m_mappers.size())
            return nullptr;
        return &m_mappers[size_t(document)];
    }

    void writeClusters()
    {
        m_json.key(u"clusters");
        m_json.beginArray();
        for (const Cluster &cluster : m_comparison.clusters) {
            m_json.beginObject();
            m_json.key(u"id");
            m_json.value(cluster.id);
            m_json.key(u"members");
            m_json.beginArray();
            for (const SentenceRef &member : cluster.members) {
                m_json.beginArray();
                m_json.value(member.document);
                m_json.value(member.sentence);
                m_json.endArray();
            }
            m_json.endArray();
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writePairs()
    {
        m_json.key(u"pairs");
        m_json.beginArray();
        for (const PairSummary &pair : m_comparison.pairs) {
            m_json.beginObject();
            m_json.key(u"a");
            m_json.value(pair.a);
            m_json.key(u"b");
            m_json.value(pair.b);
            m_json.key(u"shared");
            m_json.value(pair.shared);
            m_json.key(u"paraphrased");
            m_json.value(pair.paraphrased);
            score(u"a_in_b", pair.aInB);
            score(u"b_in_a", pair.bInA);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeErrors()
    {
        m_json.key(u"errors");
        m_json.beginArray();
        for (const Error &error : m_comparison.errors) {
            m_json.beginObject();
            m_json.key(u"path");
            m_json.value(error.path);
            m_json.key(u"message");
            m_json.value(error.message);
            m_json.endObject();
        }
        m_json.endArray();
    }

    const Comparison &m_comparison;
    JsonWriter &m_json;
    std::vector<CodePointMapper> m_mappers;
    const SentenceResult m_unique;
};

} // namespace

bool JsonExporter::write(const Comparison &comparison, QIODevice &device) const
{
    if (!device.isWritable())
        return false;
    JsonWriter writer(device);
    ExportPass(comparison, writer).run();
    writer.newline();
    return writer.flush();
}

} // namespace parallax
