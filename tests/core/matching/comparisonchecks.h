#pragma once

// Helpers shared by the ComparisonJob tests: a complete textual dump of a
// Comparison (to compare two runs exactly) and a check of its invariants.

#include "model/comparison.h"

#include <QStringList>
#include <QTest>

#include <set>

namespace parallax::test {

inline QString dump(const Comparison &comparison)
{
    QStringList out;
    for (const Error &error : comparison.errors)
        out << QStringLiteral("error %1: %2").arg(error.path, error.message);
    for (size_t d = 0; d < comparison.documents.size(); ++d) {
        const AnalyzedDocument &document = comparison.documents[d];
        out << QStringLiteral("document %1 %2 %3")
                   .arg(d)
                   .arg(document.article.path, document.article.language);
        for (size_t s = 0; s < document.sentences.size(); ++s) {
            const SentenceResult &result = comparison.sentences[d][s];
            QString line = QStringLiteral("  %1 [%2,%3) %4 c%5")
                               .arg(s)
                               .arg(document.sentences[s].span.start)
                               .arg(document.sentences[s].span.end)
                               .arg(statusName(result.status))
                               .arg(result.cluster);
            for (const Match &match : result.matches) {
                line += QStringLiteral(" %1.%2/%3/%4/L%5")
                            .arg(match.document)
                            .arg(match.sentence)
                            .arg(relationName(match.relation))
                            .arg(match.score, 0, 'g', 17)
                            .arg(match.link);
            }
            out << line;
        }
    }
    for (const Link &link : comparison.links) {
        QString line = QStringLiteral("link %1 %2.%3-%4.%5 %6 %7 %8 %9")
                           .arg(link.id)
                           .arg(link.a.document)
                           .arg(link.a.sentence)
                           .arg(link.b.document)
                           .arg(link.b.sentence)
                           .arg(relationName(link.relation))
                           .arg(link.score, 0, 'g', 17)
                           .arg(link.moved ? QStringLiteral("moved") : QStringLiteral("-"))
                           .arg(link.conflicts.join(QLatin1Char(',')));
        for (const DiffOp &op : link.diff)
            line += QStringLiteral(" %1:%2-%3/%4-%5")
                        .arg(int(op.kind))
                        .arg(op.a.start)
                        .arg(op.a.end)
                        .arg(op.b.start)
                        .arg(op.b.end);
        out << line;
    }
    for (const Cluster &cluster : comparison.clusters) {
        QStringList members;
        for (const SentenceRef &ref : cluster.members)
            members << QStringLiteral("%1.%2").arg(ref.document).arg(ref.sentence);
        out << QStringLiteral("cluster %1: %2").arg(cluster.id).arg(members.join(QLatin1Char(' ')));
    }
    for (const PairSummary &pair : comparison.pairs)
        out << QStringLiteral("pair %1-%2 %3 %4 %5 %6")
                   .arg(pair.a)
                   .arg(pair.b)
                   .arg(pair.shared)
                   .arg(pair.paraphrased)
                   .arg(pair.aInB, 0, 'g', 17)
                   .arg(pair.bInA, 0, 'g', 17);
    return out.join(QLatin1Char('\n'));
}

// Every invariant the Comparison contract states. Use with QVERIFY(!QTest::currentTestFailed()).
inline void checkInvariants(const Comparison &c)
{
    QCOMPARE(c.sentences.size(), c.documents.size());
    for (size_t d = 0; d < c.documents.size(); ++d)
        QCOMPARE(c.sentences[d].size(), c.documents[d].sentences.size());

    std::vector<std::vector<Relation>> strongest(c.documents.size());
    for (size_t d = 0; d < c.documents.size(); ++d)
        strongest[d].assign(c.documents[d].sentences.size(), Relation::Unrelated);
    for (size_t i = 0; i < c.links.size(); ++i) {
        const Link &link = c.links[i];
        QCOMPARE(link.id, int(i));
        QVERIFY(link.a.document < link.b.document);
        QVERIFY(link.relation != Relation::Unrelated);
        QVERIFY(link.score >= 0.0 && link.score <= 1.0);
        if (i > 0)
            QVERIFY(std::tie(c.links[i - 1].a, c.links[i - 1].b) < std::tie(link.a, link.b));
        for (const SentenceRef ref : {link.a, link.b})
            strongest[size_t(ref.document)][size_t(ref.sentence)]
                = std::max(strongest[size_t(ref.document)][size_t(ref.sentence)], link.relation);
        // The word diff tiles both sentences.
        qsizetype posA = c.documents[size_t(link.a.document)].sentences[size_t(link.a.sentence)].span.start;
        qsizetype posB = c.documents[size_t(link.b.document)].sentences[size_t(link.b.sentence)].span.start;
        for (const DiffOp &op : link.diff) {
            if (op.kind != DiffOp::Kind::Insert) {
                QCOMPARE(op.a.start, posA);
                posA = op.a.end;
            }
            if (op.kind != DiffOp::Kind::Delete) {
                QCOMPARE(op.b.start, posB);
                posB = op.b.end;
            }
        }
        QCOMPARE(posA, c.documents[size_t(link.a.document)].sentences[size_t(link.a.sentence)].span.end);
        QCOMPARE(posB, c.documents[size_t(link.b.document)].sentences[size_t(link.b.sentence)].span.end);
    }

    std::set<int> clusterIds;
    for (const Cluster &cluster : c.clusters) {
        QVERIFY(!cluster.members.empty());
        QVERIFY(std::is_sorted(cluster.members.begin(), cluster.members.end()));
        QCOMPARE(cluster.id, c.flatPosition(cluster.members.front()));
        for (const SentenceRef &ref : cluster.members)
            QCOMPARE(c.sentences[size_t(ref.document)][size_t(ref.sentence)].cluster, cluster.id);
        QVERIFY(clusterIds.insert(cluster.id).second);
    }
    QVERIFY(std::is_sorted(clusterIds.begin(), clusterIds.end()));

    for (size_t d = 0; d < c.documents.size(); ++d) {
        for (size_t s = 0; s < c.sentences[d].size(); ++s) {
            const SentenceResult &result = c.sentences[d][s];
            QCOMPARE(int(result.status), int(strongest[d][s]));
            QCOMPARE(result.cluster >= 0, result.status != SentenceStatus::Unique);
            int previous = -1;
            for (const Match &match : result.matches) {
                QVERIFY(match.document > previous); // sorted, at most one per document
                QVERIFY(match.document != int(d));
                previous = match.document;
                const Link &link = c.links[size_t(match.link)];
                const SentenceRef self {int(d), int(s)};
                const SentenceRef other {match.document, match.sentence};
                QVERIFY((link.a == self && link.b == other) || (link.b == self && link.a == other));
                QCOMPARE(match.relation, link.relation);
            }
        }
    }
    for (size_t i = 0; i < c.pairs.size(); ++i) {
        const PairSummary &pair = c.pairs[i];
        QVERIFY(pair.a < pair.b);
        QVERIFY(pair.shared + pair.paraphrased > 0);
        QVERIFY(pair.aInB > 0.0 && pair.aInB <= 1.0);
        QVERIFY(pair.bInA > 0.0 && pair.bInA <= 1.0);
        if (i > 0)
            QVERIFY(std::pair(c.pairs[i - 1].a, c.pairs[i - 1].b) < std::pair(pair.a, pair.b));
    }
}

} // namespace parallax::test
