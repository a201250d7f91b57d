#include "jsonexporter.h"

#include "codepointmapper.h"
#include "jsonwriter.h"

#include <QFuture>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace parallax {

namespace {

constexpr int scorePlaces = 4;

// Links, or sentences of one document, serialized apart as one block: enough
// work (a link and its diff are ~0.5 KB of JSON) to outweigh handing it to a
// thread, and a window of blocks in flight stays a few MB.
constexpr int elementsPerBlock = 1024;

JsonWriter::Ascii diffOpName(DiffOp::Kind kind)
{
    switch (kind) {
    case DiffOp::Kind::Delete:
        return "delete";
    case DiffOp::Kind::Insert:
        return "insert";
    case DiffOp::Kind::Equal:
        break;
    }
    return "equal";
}

void optionalString(JsonWriter &json, JsonWriter::Ascii name, const QString &text)
{
    json.key(name);
    if (text.isEmpty())
        json.null();
    else
        json.value(text);
}

void score(JsonWriter &json, JsonWriter::Ascii name, double value)
{
    json.key(name);
    json.decimal(value, scorePlaces);
}

void writeRef(JsonWriter &json, JsonWriter::Ascii name, SentenceRef ref)
{
    json.key(name);
    json.beginArray();
    json.value(ref.document);
    json.value(ref.sentence);
    json.endArray();
}

void writeMatch(JsonWriter &json, const Match &match)
{
    json.beginObject();
    json.key("document");
    json.value(match.document);
    json.key("sentence");
    json.value(match.sentence);
    json.key("relation");
    json.value(relationName(match.relation));
    score(json, "score", match.score);
    json.key("link");
    json.value(match.link);
    json.endObject();
}

// Serializes numbered blocks on a pool, at most two a thread ahead of the one
// the caller takes, and hands them back in order: the bytes are a serial
// pass's, and the memory held stays bounded however large the output.
// Without a pool, each block is serialized when it is taken.
class OrderedBlocks
{
public:
    using Serialize = std::function<QByteArray(size_t block)>;

    OrderedBlocks(QThreadPool *pool, size_t count, Serialize serialize)
        : m_pool(pool)
        , m_count(count)
        , m_serialize(std::move(serialize))
        , m_window(pool ? size_t(2 * qMax(1, pool->maxThreadCount())) : 0)
    {
        startMore();
    }

    // Blocks still running read the caller's data.
    ~OrderedBlocks()
    {
        for (QFuture<QByteArray> &block : m_running)
            block.waitForFinished();
    }

    OrderedBlocks(const OrderedBlocks &) = delete;
    OrderedBlocks &operator=(const OrderedBlocks &) = delete;

    // The next block's bytes, waiting for them if need be.
    QByteArray next()
    {
        Q_ASSERT(m_taken < m_count);
        if (!m_pool)
            return m_serialize(m_taken++);
        QByteArray bytes = m_running.front().takeResult();
        m_running.pop_front();
        ++m_taken;
        startMore();
        return bytes;
    }

private:
    void startMore()
    {
        while (m_pool && m_started < m_count && m_running.size() < m_window) {
            auto promise = std::make_shared<QPromise<QByteArray>>();
            m_running.push_back(promise->future());
            promise->start();
            m_pool->start([this, promise, block = m_started] {
                promise->addResult(m_serialize(block));
                promise->finish();
            });
            ++m_started;
        }
    }

    QThreadPool *m_pool;
    size_t m_count;
    Serialize m_serialize;
    size_t m_window;
    size_t m_started = 0;
    size_t m_taken = 0;
    std::deque<QFuture<QByteArray>> m_running;
};

// One pass over a Comparison; holds the code point mappers of all documents
// (small: one entry per surrogate pair) so diff ranges of either side map.
// The long arrays (sentences, links) are serialized in blocks on worker
// threads while this thread writes the blocks before them; the element
// writers are const and write to the writer they are given.
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
        // Thread count never changes the bytes, only who writes which block.
        const int threads
            = comparison.options.threads > 0 ? comparison.options.threads : QThread::idealThreadCount();
        if (threads > 1) {
            m_pool = std::make_unique<QThreadPool>();
            m_pool->setMaxThreadCount(threads);
        }
    }

    void run()
    {
        m_json.beginObject();
        m_json.key("format");
        m_json.value("parallax-comparison");
        m_json.key("version");
        m_json.value("1.0");
        m_json.key("generator");
        m_json.value(QStringLiteral("parallax " PARALLAX_VERSION));
        m_json.key("offsets");
        m_json.value("codepoint");
        writeSettings();
        writeDocuments();
        writeLinks();
        writeClusters();
        writePairs();
        writeErrors();
        m_json.endObject();
    }

private:
    // Up to elementsPerBlock sentences of one document.
    struct SentenceBlock
    {
        int document;
        int begin;
        int end;
    };

    // threads is left out on purpose: it never changes the result, and the
    // output must be the same bytes whatever the thread count.
    void writeSettings()
    {
        const ComparisonOptions &options = m_comparison.options;
        m_json.key("settings");
        m_json.beginObject();
        m_json.key("max_file_bytes");
        m_json.value(qint64(options.maxFileBytes));
        optionalString(m_json, "language", options.language);
        m_json.key("shared_threshold");
        m_json.value(options.sharedThreshold);
        m_json.key("paraphrase_threshold");
        m_json.value(options.paraphraseThreshold);
        m_json.key("max_candidates_per_sentence");
        m_json.value(options.maxCandidatesPerSentence);
        m_json.endObject();
    }

    std::vector<SentenceBlock> sentenceBlocks() const
    {
        std::vector<SentenceBlock> blocks;
        for (size_t d = 0; d < m_comparison.documents.size(); ++d) {
            const int count = int(m_comparison.documents[d].sentences.size());
            for (int begin = 0; begin < count; begin += elementsPerBlock)
                blocks.push_back({int(d), begin, qMin(count, begin + elementsPerBlock)});
        }
        return blocks;
    }

    // Each document's head and text are written here, its sentences come
    // from the blocks.
    void writeDocuments()
    {
        const std::vector<SentenceBlock> blocks = sentenceBlocks();
        OrderedBlocks serialized(m_pool.get(), blocks.size(), [&](size_t b) {
            JsonWriter json;
            for (int s = blocks[b].begin; s < blocks[b].end; ++s)
                writeSentence(json, blocks[b].document, s);
            return json.takeElements();
        });
        m_json.key("documents");
        m_json.beginArray();
        size_t next = 0;
        for (size_t d = 0; d < m_comparison.documents.size(); ++d) {
            writeDocumentHead(int(d));
            m_json.key("sentences");
            m_json.beginArray();
            for (; next < blocks.size() && blocks[next].document == int(d); ++next)
                m_json.appendElements(serialized.next());
            m_json.endArray();
            m_json.endObject();
        }
        m_json.endArray();
    }

    // The document's object up to its sentences, left open.
    void writeDocumentHead(int d)
    {
        const Article &article = m_comparison.documents[size_t(d)].article;
        m_json.beginObject();
        m_json.key("id");
        m_json.value(d);
        m_json.key("path");
        m_json.value(article.path);
        m_json.key("sha256");
        m_json.value(article.sha256);
        m_json.key("title");
        m_json.value(article.title);
        optionalString(m_json, "outlet", article.outlet);
        optionalString(m_json, "date", article.date);
        m_json.key("language");
        m_json.value(article.language);
        m_json.key("encoding");
        m_json.value(article.encoding);
        m_json.key("text");
        m_json.value(article.text);
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

    void writeSentence(JsonWriter &json, int d, int s) const
    {
        const AnalyzedDocument &document = m_comparison.documents[size_t(d)];
        const Sentence &sentence = document.sentences[size_t(s)];
        const SentenceResult &result = resultOf(d, s);
        const CodePointMapper &mapper = m_mappers[size_t(d)];
        json.beginObject();
        json.key("index");
        json.value(s);
        json.key("start");
        json.value(qint64(mapper.toCodePoint(sentence.span.start)));
        json.key("end");
        json.value(qint64(mapper.toCodePoint(sentence.span.end)));
        json.key("text");
        json.value(QStringView(document.article.text).mid(sentence.span.start, sentence.span.length()));
        json.key("status");
        json.value(statusName(result.status));
        json.key("cluster");
        if (result.cluster < 0)
            json.null();
        else
            json.value(result.cluster);
        json.key("matches");
        json.beginArray();
        for (const Match &match : result.matches)
            writeMatch(json, match);
        json.endArray();
        json.endObject();
    }

    void writeLinks()
    {
        const std::vector<Link> &links = m_comparison.links;
        constexpr size_t perBlock = elementsPerBlock;
        const size_t count = (links.size() + perBlock - 1) / perBlock;
        OrderedBlocks serialized(m_pool.get(), count, [&](size_t b) {
            JsonWriter json;
            const size_t end = qMin(links.size(), (b + 1) * perBlock);
            for (size_t i = b * perBlock; i < end; ++i)
                writeLink(json, links[i]);
            return json.takeElements();
        });
        m_json.key("links");
        m_json.beginArray();
        for (size_t b = 0; b < count; ++b)
            m_json.appendElements(serialized.next());
        m_json.endArray();
    }

    void writeLink(JsonWriter &json, const Link &link) const
    {
        json.beginObject();
        json.key("id");
        json.value(link.id);
        writeRef(json, "a", link.a);
        writeRef(json, "b", link.b);
        json.key("relation");
        json.value(relationName(link.relation));
        score(json, "score", link.score);
        json.key("moved");
        json.value(link.moved);
        json.key("conflicts");
        json.beginArray();
        for (const QString &conflict : link.conflicts)
            json.value(conflict);
        json.endArray();
        json.key("diff");
        json.beginArray();
        for (const DiffOp &op : link.diff)
            writeDiffOp(json, op, link.a.document, link.b.document);
        json.endArray();
        json.endObject();
    }

    void writeRange(JsonWriter &json, JsonWriter::Ascii name, TextSpan span, int document) const
    {
        const CodePointMapper *mapper = mapperOf(document);
        json.key(name);
        json.beginArray();
        json.value(qint64(mapper ? mapper->toCodePoint(span.start) : span.start));
        json.value(qint64(mapper ? mapper->toCodePoint(span.end) : span.end));
        json.endArray();
    }

    void writeDiffOp(JsonWriter &json, const DiffOp &op, int documentA, int documentB) const
    {
        json.beginObject();
        json.key("op");
        json.value(diffOpName(op.kind));
        if (op.kind != DiffOp::Kind::Insert)
            writeRange(json, "a", op.a, documentA);
        if (op.kind != DiffOp::Kind::Delete)
            writeRange(json, "b", op.b, documentB);
        json.endObject();
    }

    const CodePointMapper *mapperOf(int document) const
    {
        if (document < 0 || size_t(document) >= m_mappers.size())
            return nullptr;
        return &m_mappers[size_t(document)];
    }

    void writeClusters()
    {
        m_json.key("clusters");
        m_json.beginArray();
        for (const Cluster &cluster : m_comparison.clusters) {
            m_json.beginObject();
            m_json.key("id");
            m_json.value(cluster.id);
            m_json.key("members");
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
        m_json.key("pairs");
        m_json.beginArray();
        for (const PairSummary &pair : m_comparison.pairs) {
            m_json.beginObject();
            m_json.key("a");
            m_json.value(pair.a);
            m_json.key("b");
            m_json.value(pair.b);
            m_json.key("shared");
            m_json.value(pair.shared);
            m_json.key("paraphrased");
            m_json.value(pair.paraphrased);
            score(m_json, "a_in_b", pair.aInB);
            score(m_json, "b_in_a", pair.bInA);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void writeErrors()
    {
        m_json.key("errors");
        m_json.beginArray();
        for (const Error &error : m_comparison.errors) {
            m_json.beginObject();
            m_json.key("path");
            m_json.value(error.path);
            m_json.key("message");
            m_json.value(error.message);
            m_json.endObject();
        }
        m_json.endArray();
    }

    const Comparison &m_comparison;
    JsonWriter &m_json;
    std::vector<CodePointMapper> m_mappers;
    const SentenceResult m_unique;
    std::unique_ptr<QThreadPool> m_pool; // none for a single thread
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
