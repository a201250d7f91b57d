#include "settingsoptions.h"

#include <QCommandLineParser>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class tst_SettingsOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data();
    void values();
    void defaultsWhenAbsent();
    void matchingScopeHasNoExecutionOptions();
};

void tst_SettingsOptions::values_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("shared");
    QTest::addColumn<double>("paraphrase");
    QTest::addColumn<int>("threads");
    QTest::addColumn<qint64>("maxBytes");

    const ComparisonOptions d;
    const auto row = [&](const char *name, QStringList arguments) -> QTestData & {
        return QTest::newRow(name) << arguments;
    };
    row("language", {u"--lang"_s, u"ru"_s})
        << true << u"ru"_s << d.sharedThreshold << d.paraphraseThreshold << d.threads << d.maxFileBytes;
    row("language upper case is folded", {u"--lang=EN"_s})
        << true << u"en"_s << d.sharedThreshold << d.paraphraseThreshold << d.threads << d.maxFileBytes;
    row("three-letter language", {u"--lang"_s, u"fil"_s})
        << true << u"fil"_s << d.sharedThreshold << d.paraphraseThreshold << d.threads << d.maxFileBytes;
    row("thresholds", {u"--shared-threshold"_s, u"0.9"_s, u"--paraphrase-threshold=0.25"_s})
        << true << QString() << 0.9 << 0.25 << d.threads << d.maxFileBytes;
    row("threshold bounds", {u"--shared-threshold"_s, u"1"_s, u"--paraphrase-threshold"_s, u"0"_s})
        << true << QString() << 1.0 << 0.0 << d.threads << d.maxFileBytes;
    row("exponent notation", {u"--shared-threshold"_s, u"7.5e-1"_s})
        << true << QString() << 0.75 << d.paraphraseThreshold << d.threads << d.maxFileBytes;
    row("threads and size", {u"--threads"_s, u"3"_s, u"--max-file-size"_s, u"1000"_s})
        << true << QString() << d.sharedThreshold << d.paraphraseThreshold << 3 << qint64(1000);

    const auto bad = [&](const char *name, QStringList arguments) {
        row(name, arguments) << false << QString() << 0.0 << 0.0 << 0 << qint64(0);
    };
    bad("language name", {u"--lang"_s, u"english"_s});
    bad("language with region", {u"--lang"_s, u"en-US"_s});
    bad("empty language", {u"--lang="_s});
    bad("threshold above 1", {u"--shared-threshold"_s, u"1.01"_s});
    bad("negative threshold", {u"--paraphrase-threshold"_s, u"-0.1"_s});
    bad("decimal comma", {u"--shared-threshold"_s, u"0,5"_s});
    bad("nan", {u"--shared-threshold"_s, u"nan"_s});
    bad("inf", {u"--paraphrase-threshold"_s, u"inf"_s});
    bad("empty threshold", {u"--shared-threshold="_s});
    bad("threads word", {u"--threads"_s, u"two"_s});
    bad("threads fraction", {u"--threads"_s, u"1.5"_s});
    bad("threads negative", {u"--threads=-1"_s});
    bad("threads too many", {u"--threads"_s, u"5000"_s});
    bad("size zero", {u"--max-file-size"_s, u"0"_s});
    bad("size with unit", {u"--max-file-size"_s, u"10MB"_s});
    bad("size overflow", {u"--max-file-size"_s, u"99999999999999999999"_s});
}

void tst_SettingsOptions::values()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);

    const SettingsOptions settings(SettingsOptions::Scope::Everything);
    QCommandLineParser parser;
    settings.addTo(parser);
    QVERIFY(parser.parse(QStringList {u"test"_s} + arguments));
    ComparisonOptions options;
    const QString error = settings.apply(parser, options);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid) {
        // The message names the option.
        const QString option = arguments.first().section(u'=', 0, 0);
        QVERIFY2(error.contains(option), qPrintable(error));
        return;
    }
    QFETCH(QString, language);
    QFETCH(double, shared);
    QFETCH(double, paraphrase);
    QFETCH(int, threads);
    QFETCH(qint64, maxBytes);
    QCOMPARE(options.language, language);
    QCOMPARE(options.sharedThreshold, shared);
    QCOMPARE(options.paraphraseThreshold, paraphrase);
    QCOMPARE(options.threads, threads);
    QCOMPARE(options.maxFileBytes, maxBytes);
}

void tst_SettingsOptions::defaultsWhenAbsent()
{
    const SettingsOptions settings(SettingsOptions::Scope::Everything);
    QCommandLineParser parser;
    settings.addTo(parser);
    QVERIFY(parser.parse({u"test"_s, u"file.txt"_s}));
    ComparisonOptions options;
    options.sharedThreshold = 0.123; // untouched when the option is absent
    QCOMPARE(settings.apply(parser, options), QString());
    QCOMPARE(options.sharedThreshold, 0.123);
    QCOMPARE(options.maxFileBytes, ComparisonOptions().maxFileBytes);
}

void tst_SettingsOptions::matchingScopeHasNoExecutionOptions()
{
    const SettingsOptions settings(SettingsOptions::Scope::Matching);
    QCommandLineParser parser;
    settings.addTo(parser);
    QVERIFY(!parser.parse({u"test"_s, u"--threads"_s, u"2"_s}));
    QVERIFY(parser.parse({u"test"_s, u"--lang"_s, u"de"_s}));
    ComparisonOptions options;
    QCOMPARE(settings.apply(parser, options), QString());
    QCOMPARE(options.language, u"de"_s);
}

QTEST_GUILESS_MAIN(tst_SettingsOptions)
#include "tst_settingsoptions.moc"
