#include "filedrophandler.h"

#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QWidget>
#include <QtTest>

using namespace parallax;

class TestFileDropHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsLocalFilesAndReportsThem();
    void ignoresDragsWithoutFiles();
};

void TestFileDropHandler::acceptsLocalFilesAndReportsThem()
{
    QWidget target;
    target.setAcceptDrops(true);
    FileDropHandler handler;
    target.installEventFilter(&handler);
    QSignalSpy dropped(&handler, &FileDropHandler::pathsDropped);

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/a.txt")),
                  QUrl(QStringLiteral("https://example.org/x")),
                  QUrl::fromLocalFile(QStringLiteral("/tmp/dir"))});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&target, &drop);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped[0][0].toStringList(),
             (QStringList {QStringLiteral("/tmp/a.txt"), QStringLiteral("/tmp/dir")}));
}

void TestFileDropHandler::ignoresDragsWithoutFiles()
{
    QWidget target;
    FileDropHandler handler;
    target.installEventFilter(&handler);
    QSignalSpy dropped(&handler, &FileDropHandler::pathsDropped);
    QMimeData data;
    data.setText(QStringLiteral("just text"));
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(&target, &enter);
    QVERIFY(!enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&target, &drop);
    QCOMPARE(dropped.count(), 0);
}

QTEST_MAIN(TestFileDropHandler)
#include "tst_filedrophandler.moc"
