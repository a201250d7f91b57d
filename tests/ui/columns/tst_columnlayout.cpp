#include "columnlayout.h"

#include <QtTest>

using namespace parallax;

class TestColumnLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsTakeTheDefaultWidth();
    void resizedColumnsMoveTheOnesAfter();
    void resizeRespectsTheMinimum();
    void widthsSurviveTheSameArticlesReordered();
    void widthsOfRemovedArticlesAreForgotten();
    void repeatedKeysAreToldApart();
    void zoomScalesUserWidths();
    void findsColumnsAndBoundaries();
};

namespace {

ColumnLayout threeColumns()
{
    ColumnLayout layout;
    layout.setDefaultWidth(300);
    layout.setColumns({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    return layout;
}

} // namespace

void TestColumnLayout::columnsTakeTheDefaultWidth()
{
    ColumnLayout layout = threeColumns();
    QCOMPARE(layout.count(), 3);
    QCOMPARE(layout.width(1), 300);
    QCOMPARE(layout.left(2), 600);
    QCOMPARE(layout.totalWidth(), 900);
    QVERIFY(!layout.isResized(0));
    layout.setDefaultWidth(400); // e.g. the view grew
    QCOMPARE(layout.totalWidth(), 1200);
    QCOMPARE(layout.width(5), 0);
}

void TestColumnLayout::resizedColumnsMoveTheOnesAfter()
{
    ColumnLayout layout = threeColumns();
    layout.resize(0, 450);
    QVERIFY(layout.isResized(0));
    QCOMPARE(layout.width(0), 450);
    QCOMPARE(layout.left(1), 450);
    QCOMPARE(layout.left(2), 750);
    QCOMPARE(layout.totalWidth(), 1050);
    // A resized column keeps its width when the default changes; the others follow.
    layout.setDefaultWidth(200);
    QCOMPARE(layout.width(0), 450);
    QCOMPARE(layout.width(1), 200);
    layout.reset(0);
    QVERIFY(!layout.isResized(0));
    QCOMPARE(layout.width(0), 200);
}

void TestColumnLayout::resizeRespectsTheMinimum()
{
    ColumnLayout layout = threeColumns();
    layout.resize(1, 10);
    QCOMPARE(layout.width(1), ColumnLayout::MinimumWidth);
    layout.resize(1, -500);
    QCOMPARE(layout.width(1), ColumnLayout::MinimumWidth);
    layout.setDefaultWidth(20); // the default never goes below it either
    QCOMPARE(layout.width(0), ColumnLayout::MinimumWidth);
}

void TestColumnLayout::widthsSurviveTheSameArticlesReordered()
{
    ColumnLayout layout = threeColumns();
    layout.resize(1, 500);
    layout.setColumns({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}); // a re-run
    QCOMPARE(layout.width(1), 500);
    layout.setColumns({QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}); // a column moved
    QCOMPARE(layout.width(0), 500);
    QCOMPARE(layout.width(1), 300);
    QCOMPARE(layout.width(2), 300);
}

void TestColumnLayout::widthsOfRemovedArticlesAreForgotten()
{
    ColumnLayout layout = threeColumns();
    layout.resize(2, 500);
    layout.setColumns({QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(layout.totalWidth(), 600);
    layout.setColumns({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QCOMPARE(layout.width(2), 300);
}

void TestColumnLayout::repeatedKeysAreToldApart()
{
    ColumnLayout layout;
    layout.setDefaultWidth(300);
    layout.setColumns({QStringLiteral("x"), QStringLiteral("x")});
    layout.resize(1, 400);
    QCOMPARE(layout.width(0), 300);
    QCOMPARE(layout.width(1), 400);
}

void TestColumnLayout::zoomScalesUserWidths()
{
    ColumnLayout layout = threeColumns();
    layout.resize(0, 400);
    layout.setScale(1.5);
    QCOMPARE(layout.width(0), 600);
    QCOMPARE(layout.minimumWidth(), qRound(ColumnLayout::MinimumWidth * 1.5));
    layout.resize(0, 300); // zoomed pixels
    layout.setScale(1.0);
    QCOMPARE(layout.width(0), 200);
}

void TestColumnLayout::findsColumnsAndBoundaries()
{
    ColumnLayout layout = threeColumns();
    QCOMPARE(layout.columnAt(-5), 0);
    QCOMPARE(layout.columnAt(0), 0);
    QCOMPARE(layout.columnAt(299), 0);
    QCOMPARE(layout.columnAt(300), 1);
    QCOMPARE(layout.columnAt(5000), 2);
    QCOMPARE(layout.boundaryAt(303, 4), 0);
    QCOMPARE(layout.boundaryAt(597, 4), 1);
    QCOMPARE(layout.boundaryAt(900, 4), 2);
    QCOMPARE(layout.boundaryAt(150, 4), -1);
    QCOMPARE(layout.boundaryAt(2, 4), -1); // the left edge of the first column is no boundary
    QCOMPARE(ColumnLayout().columnAt(10), -1);
    QCOMPARE(ColumnLayout().boundaryAt(0, 4), -1);
}

QTEST_GUILESS_MAIN(TestColumnLayout)
#include "tst_columnlayout.moc"
