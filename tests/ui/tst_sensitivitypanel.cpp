#include "sensitivitypanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QtTest>

using namespace parallax;

class TestSensitivityPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOptionsWithoutEmitting();
    void burstOfChangesEmitsOnce();
};

void TestSensitivityPanel::showsOptionsWithoutEmitting()
{
    SensitivityPanel panel;
    panel.setDebounceInterval(10);
    QSignalSpy changed(&panel, &SensitivityPanel::optionsChanged);
    ComparisonOptions options;
    options.sharedThreshold = 0.9;
    options.language = QStringLiteral("de");
    panel.setOptions(options);
    QCOMPARE(panel.sharedSpin()->value(), 0.9);
    QCOMPARE(panel.languageCombo()->currentData().toString(), QStringLiteral("de"));
    QTest::qWait(50); // nothing is due; a short wait shows that nothing comes
    QCOMPARE(changed.count(), 0);
}

void TestSensitivityPanel::burstOfChangesEmitsOnce()
{
    SensitivityPanel panel;
    panel.setDebounceInterval(50);
    QSignalSpy changed(&panel, &SensitivityPanel::optionsChanged);
    panel.sharedSpin()->setValue(0.85);
    panel.sharedSpin()->setValue(0.86);
    panel.paraphraseSpin()->setValue(0.4);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.count(), 1);
    const auto options = changed[0][0].value<ComparisonOptions>();
    QCOMPARE(options.sharedThreshold, 0.86);
    QCOMPARE(options.paraphraseThreshold, 0.4);
    QCOMPARE(panel.options().sharedThreshold, 0.86);
}

QTEST_MAIN(TestSensitivityPanel)
#include "tst_sensitivitypanel.moc"
