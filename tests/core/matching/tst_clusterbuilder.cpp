#include "matching/clusterbuilder.h"

#include <QTest>

using namespace parallax;

namespace {

Link link(SentenceRef a, SentenceRef b, double score, Relation relation = Relation::Paraphrased)
{
    Link result;
    result.a = a;
    result.b = b;
    result.relation = relation;
    result.score = score;
    return result;
}

QString describe(const std::vector<Cluster> &clusters)
{
    QStringList parts;
    for (const Cluster &cluster : clusters) {
        QStringList members;
        for (const SentenceRef &ref : cluster.members)
            members << QStringLiteral("%1.%2").arg(ref.document).arg(ref.sentence);
        parts << QStringLiteral("%1:{%2}").arg(cluster.id).arg(members.join(QLatin1Char(' ')));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class tst_ClusterBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noChaining_data();
    void noChaining();
    void triangleIsOneCluster();
    void memberLinkedToAllBecomesCore();
    void idsAreFlatPositionsOfSmallestMember();
    void noLinksNoClusters();
};

void tst_ClusterBuilder::noChaining_data()
{
    // A~B, B~C, C~D over four one-sentence documents: A and D never meet.
    QTest::addColumn<QList<double>>("scores"); // of A~B, B~C, C~D
    QTest::addColumn<QString>("expected");
    QTest::newRow("strongest first from A")
        << QList<double> {0.9, 0.8, 0.7} << QStringLiteral("0:{0.0 1.0 2.0} 3:{3.0}");
    QTest::newRow("strongest first from D")
        << QList<double> {0.7, 0.8, 0.9} << QStringLiteral("0:{0.0} 1:{1.0 2.0 3.0}");
    // A~B and C~D form first; their cores B and C are linked, but neither is
    // linked to every member of both, so they stay apart.
    QTest::newRow("ends first") << QList<double> {0.9, 0.7, 0.8} << QStringLiteral("0:{0.0 1.0} 2:{2.0 3.0}");
}

void tst_ClusterBuilder::noChaining()
{
    QFETCH(QList<double>, scores);
    QFETCH(QString, expected);
    const std::vector<Link> links
        = {link({0, 0}, {1, 0}, scores[0]), link({1, 0}, {2, 0}, scores[1]), link({2, 0}, {3, 0}, scores[2])};
    const ClusterBuilder::Result result = ClusterBuilder::build({1, 1, 1, 1}, links);
    QCOMPARE(describe(result.clusters), expected);
    for (const Cluster &cluster : result.clusters) {
        for (const SentenceRef &ref : cluster.members)
            QCOMPARE(result.clusterOf[size_t(ref.document)][size_t(ref.sentence)], cluster.id);
    }
}

void tst_ClusterBuilder::triangleIsOneCluster()
{
    const std::vector<Link> links = {link({0, 0}, {1, 0}, 0.9), link({1, 0}, {2, 0}, 0.8),
                                     link({0, 0}, {2, 0}, 0.7), link({2, 0}, {3, 0}, 0.95)};
    const ClusterBuilder::Result result = ClusterBuilder::build({1, 1, 1, 1}, links);
    // 2.0 has most links, so it is the core of {2.0 3.0}; {0.0 1.0} has core
    // 0.0. The link between the cores merges them because 2.0 is linked to
    // every member of both.
    QCOMPARE(describe(result.clusters), QStringLiteral("0:{0.0 1.0 2.0 3.0}"));
}

void tst_ClusterBuilder::memberLinkedToAllBecomesCore()
{
    // B~C (shared) starts the claim with core B; D~C is taken next through the
    // core. A is linked only to C, which is linked to every member: C becomes
    // the core and A joins instead of standing alone (seen on the Sochi reports).
    const std::vector<Link> links = {link({1, 0}, {2, 0}, 0.85, Relation::Shared), link({2, 0}, {3, 0}, 0.8),
                                     link({1, 0}, {3, 0}, 0.75), link({0, 0}, {2, 0}, 0.7)};
    const ClusterBuilder::Result result = ClusterBuilder::build({1, 1, 1, 1}, links);
    QCOMPARE(describe(result.clusters), QStringLiteral("0:{0.0 1.0 2.0 3.0}"));
}

void tst_ClusterBuilder::idsAreFlatPositionsOfSmallestMember()
{
    // Documents of 3, 2 and 4 sentences: flat positions 0-2, 3-4, 5-8.
    const std::vector<Link> links = {link({1, 1}, {2, 3}, 1.0, Relation::Shared), link({0, 2}, {2, 0}, 0.6)};
    const ClusterBuilder::Result result = ClusterBuilder::build({3, 2, 4}, links);
    QCOMPARE(describe(result.clusters), QStringLiteral("2:{0.2 2.0} 4:{1.1 2.3}"));
    const std::vector<std::vector<int>> expected = {{-1, -1, 2}, {-1, 4}, {2, -1, -1, 4}};
    QCOMPARE(result.clusterOf, expected);
}

void tst_ClusterBuilder::noLinksNoClusters()
{
    const ClusterBuilder::Result result = ClusterBuilder::build({2, 0, 1}, {});
    QVERIFY(result.clusters.empty());
    const std::vector<std::vector<int>> expected = {{-1, -1}, {}, {-1}};
    QCOMPARE(result.clusterOf, expected);
}

QTEST_GUILESS_MAIN(tst_ClusterBuilder)
#include "tst_clusterbuilder.moc"
