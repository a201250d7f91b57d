#include "similarity/binarymetrics.h"

#include <QTest>

using namespace parallax;

class tst_BinaryMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty();
    void handComputedMatrix();
    void noPositivePredictions();
};

void tst_BinaryMetrics::empty()
{
    const BinaryMetrics metrics;
    QCOMPARE(metrics.count(), 0);
    QCOMPARE(metrics.accuracy(), 0.0);
    QCOMPARE(metrics.precision(), 0.0);
    QCOMPARE(metrics.recall(), 0.0);
    QCOMPARE(metrics.f1(), 0.0);
}

void tst_BinaryMetrics::handComputedMatrix()
{
    // TP 6, FP 2, FN 3, TN 9 → accuracy 15/20, precision 6/8, recall 6/9,
    // F1 = 2·6 / (2·6 + 2 + 3) = 12/17.
    BinaryMetrics metrics;
    for (int i = 0; i < 6; ++i)
        metrics.add(true, true);
    for (int i = 0; i < 2; ++i)
        metrics.add(true, false);
    for (int i = 0; i < 3; ++i)
        metrics.add(false, true);
    for (int i = 0; i < 9; ++i)
        metrics.add(false, false);
    QCOMPARE(metrics.count(), 20);
    QCOMPARE(metrics.truePositives(), 6);
    QCOMPARE(metrics.falsePositives(), 2);
    QCOMPARE(metrics.falseNegatives(), 3);
    QCOMPARE(metrics.trueNegatives(), 9);
    QCOMPARE(metrics.accuracy(), 0.75);
    QCOMPARE(metrics.precision(), 0.75);
    QCOMPARE(metrics.recall(), 6.0 / 9.0);
    QCOMPARE(metrics.f1(), 12.0 / 17.0);
    const double p = metrics.precision();
    const double r = metrics.recall();
    QCOMPARE(metrics.f1(), 2 * p * r / (p + r));
}

void tst_BinaryMetrics::noPositivePredictions()
{
    BinaryMetrics metrics;
    metrics.add(false, true);
    metrics.add(false, false);
    QCOMPARE(metrics.accuracy(), 0.5);
    QCOMPARE(metrics.precision(), 0.0); // undefined → 0
    QCOMPARE(metrics.recall(), 0.0);
    QCOMPARE(metrics.f1(), 0.0);
}

QTEST_GUILESS_MAIN(tst_BinaryMetrics)
#include "tst_binarymetrics.moc"
