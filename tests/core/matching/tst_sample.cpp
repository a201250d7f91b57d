// The main known-answer test: ComparisonJob on the bundled sample articles
// (resources/samples) against the statuses and links written by hand in
// tests/data/sample (see its README). The expectation is never regenerated
// from Parallax's output.

#include "comparisonchecks.h"
#include "matching/comparisonjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// Rows of a tab-separated file without its header line.
QList<QStringList> readTsv(const QString &path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty())
            rows << lines[i].split(u'\t');
    }
    return rows;
}

QString sentenceText(const Comparison &comparison, SentenceRef ref)
{
    const AnalyzedDocument &document = comparison.documents[size_t(ref.document)];
    const TextSpan span = document.sentences[size_t(ref.sentence)].span;
    return document.article.text.mid(span.start, span.length()).simplified();
}

} // namespace

class tst_Sample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySentenceHasItsExpectedStatus();
    void expectedLinksExist();
    void invariantsHold();

private:
    int documentOf(const QString &file) const;
    SentenceRef find(const QString &file, const QString &text) const;

    Comparison m_comparison;
    QStringList m_files;
};

void tst_Sample::initTestCase()
{
    const QDir samples(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/samples"));
    const QList<QStringList> rows
        = readTsv(QStringLiteral(PARALLAX_TEST_DATA "/sample/expected-statuses.tsv"));
    QVERIFY2(!rows.isEmpty(), "tests/data/sample/expected-statuses.tsv is missing or empty");
    ComparisonInput input;
    for (const QStringList &row : rows) {
        if (!m_files.contains(row[0])) {
            m_files << row[0];
            input.paths << samples.filePath(row[0]);
        }
    }
    m_comparison = ComparisonJob(input, {}).run();
    QVERIFY2(m_comparison.errors.empty(),
             qPrintable(m_comparison.errors.empty() ? QString() : m_comparison.errors.front().message));
    QCOMPARE(m_comparison.documents.size(), size_t(m_files.size()));
}

int tst_Sample::documentOf(const QString &file) const
{
    return int(m_files.indexOf(file));
}

SentenceRef tst_Sample::find(const QString &file, const QString &text) const
{
    const int document = documentOf(file);
    if (document < 0)
        return {};
    for (int s = 0; s < int(m_comparison.documents[size_t(document)].sentences.size()); ++s) {
        if (sentenceText(m_comparison, {document, s}) == text.simplified())
            return {document, s};
    }
    return {};
}

void tst_Sample::everySentenceHasItsExpectedStatus()
{
    const QList<QStringList> rows
        = readTsv(QStringLiteral(PARALLAX_TEST_DATA "/sample/expected-statuses.tsv"));
    QStringList problems;
    int checked = 0;
    for (const QString &file : std::as_const(m_files)) {
        const int document = documentOf(file);
        QList<QStringList> expected;
        for (const QStringList &row : rows) {
            if (row[0] == file)
                expected << row;
        }
        const auto &sentences = m_comparison.sentences[size_t(document)];
        // Segmentation: the same sentences, in reading order.
        for (qsizetype i = 0; i < std::max(expected.size(), qsizetype(sentences.size())); ++i) {
            const QString want = i < expected.size() ? expected[i][2].simplified() : u"(none)"_s;
            const QString got = i < qsizetype(sentences.size())
                ? sentenceText(m_comparison, {document, int(i)})
                : u"(none)"_s;
            if (want != got) {
                problems << u"%1 #%2: expected sentence \"%3\", got \"%4\""_s.arg(file).arg(i).arg(want, got);
                continue;
            }
            const QString status = statusName(sentences[size_t(i)].status);
            if (status != expected[i][1])
                problems << u"%1 #%2: %3 instead of %4: %5"_s.arg(file).arg(i).arg(status, expected[i][1],
                                                                                   want);
            ++checked;
        }
    }
    qInfo("%d sentences checked, %lld problems", checked, qlonglong(problems.size()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Sample::expectedLinksExist()
{
    const QList<QStringList> rows = readTsv(QStringLiteral(PARALLAX_TEST_DATA "/sample/expected-links.tsv"));
    QVERIFY(!rows.isEmpty());
    QStringList problems;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 7);
        const QString &relation = row[0];
        QStringList conflicts = row[1].split(u',', Qt::SkipEmptyParts);
        const bool moved = row[2] == u"moved"_s;
        const SentenceRef a = find(row[3], row[4]);
        const SentenceRef b = find(row[5], row[6]);
        const QString what
            = u"%1 %2 \"%3\" ~ %4 \"%5\""_s.arg(relation, row[3], row[4].left(40), row[5], row[6].left(40));
        if (a.document < 0 || b.document < 0) {
            problems << u"sentence not found: "_s + what;
            continue;
        }
        // Not a structured binding: clang 14 cannot capture those in the lambda below.
        const SentenceRef first = std::min(a, b);
        const SentenceRef second = std::max(a, b);
        const auto link = std::find_if(m_comparison.links.begin(), m_comparison.links.end(),
                                       [&](const Link &l) { return l.a == first && l.b == second; });
        if (link == m_comparison.links.end()) {
            problems << u"missing link: "_s + what;
            continue;
        }
        if (relationName(link->relation) != relation)
            problems << u"relation %1: "_s.arg(relationName(link->relation)) + what;
        QStringList got = link->conflicts;
        got.sort();
        conflicts.sort();
        if (got != conflicts)
            problems << u"conflicts [%1]: "_s.arg(got.join(u',')) + what;
        if (moved && !link->moved)
            problems << u"not moved: "_s + what;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Sample::invariantsHold()
{
    test::checkInvariants(m_comparison);
}

QTEST_GUILESS_MAIN(tst_Sample)
#include "tst_sample.moc"
