#include "pairscommand.h"

#include "exitcode.h"
#include "settingsoptions.h"
#include "usage.h"

#include "similarity/binarymetrics.h"
#include "similarity/pairscorer.h"
#include "similarity/sentencepairreader.h"
#include "text/documentanalyzer.h"

#include <QCommandLineParser>

namespace parallax {

namespace {

// Fixed four decimals, locale-independent (QString::number uses the C locale).
QString fourDecimals(double value)
{
    return QString::number(value, 'f', 4);
}

} // namespace

PairsCommand::PairsCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int PairsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const SettingsOptions settings(SettingsOptions::Scope::Matching);
    parser.addOption(help);
    settings.addTo(parser);

    if (!parser.parse(QStringList {QStringLiteral("parallax pairs")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << Usage::text();
        m_out.flush();
        return toInt(ExitCode::Success);
    }
    ComparisonOptions options;
    const QString settingsError = settings.apply(parser, options);
    if (!settingsError.isEmpty())
        return usageError(settingsError);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("no input file"));
    if (files.size() > 1)
        return usageError(tr("one input file expected, got %1").arg(files.size()));

    const Result<std::vector<SentencePair>> pairs = SentencePairReader::readFile(files.first());
    if (!pairs) {
        m_err << QStringLiteral("parallax: %1: %2\n").arg(pairs.error().path, pairs.error().message);
        m_err.flush();
        return toInt(ExitCode::InputFailed);
    }

    const QString language = options.language.isEmpty() ? QStringLiteral("en") : options.language;
    DocumentAnalyzer analyzer(language);
    const PairScorer scorer(options.sharedThreshold, options.paraphraseThreshold);
    BinaryMetrics metrics;
    for (const SentencePair &pair : pairs.value()) {
        const Sentence first {TextSpan {0, pair.text1.size()}, analyzer.tokenize(pair.text1, language)};
        const Sentence second {TextSpan {0, pair.text2.size()}, analyzer.tokenize(pair.text2, language)};
        const PairJudgement judgement = scorer.judge({&first, &pair.text1}, {&second, &pair.text2});
        m_out << pair.id1 << '\t' << pair.id2 << '\t' << relationName(judgement.relation) << '\t'
              << fourDecimals(judgement.score) << '\n';
        if (pair.label >= 0)
            metrics.add(judgement.relation != Relation::Unrelated, pair.label == 1);
    }
    if (metrics.count() > 0) {
        m_out << QStringLiteral("accuracy=%1 precision=%2 recall=%3 f1=%4\n")
                     .arg(fourDecimals(metrics.accuracy()), fourDecimals(metrics.precision()),
                          fourDecimals(metrics.recall()), fourDecimals(metrics.f1()));
    }
    m_out.flush();
    return toInt(ExitCode::Success);
}

int PairsCommand::usageError(const QString &message)
{
    m_err << QStringLiteral("parallax pairs: ") << message << '\n' << Usage::hint() << '\n';
    m_err.flush();
    return toInt(ExitCode::UsageError);
}

} // namespace parallax
