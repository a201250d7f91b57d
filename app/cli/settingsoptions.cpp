#include "settingsoptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <limits>
#include <optional>

namespace parallax {

namespace {

// Locale-independent ("0.8", never "0,8"): QString::toDouble uses the C locale.
std::optional<double> parseFraction(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !(value >= 0.0 && value <= 1.0))
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(const QString &text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

bool isLanguageCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}$"));
    return code.match(text).hasMatch();
}

} // namespace

SettingsOptions::SettingsOptions(Scope scope)
    : m_scope(scope)
    , m_language(QStringLiteral("lang"),
                 tr("Language of every document (ISO 639-1, e.g. en, ru); default: guess."),
                 QStringLiteral("CODE"))
    , m_sharedThreshold(QStringLiteral("shared-threshold"),
                        tr("Surface similarity (0-1) from which a pair counts as shared."),
                        QStringLiteral("X"))
    , m_paraphraseThreshold(QStringLiteral("paraphrase-threshold"),
                            tr("Paraphrase probability (0-1) from which a pair counts as paraphrased."),
                            QStringLiteral("X"))
    , m_threads(QStringLiteral("threads"), tr("Worker threads; 0 = one per core."), QStringLiteral("N"))
    , m_maxFileSize(QStringLiteral("max-file-size"), tr("Refuse input files larger than this."),
                    QStringLiteral("BYTES"))
{ }

void SettingsOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_language);
    parser.addOption(m_sharedThreshold);
    parser.addOption(m_paraphraseThreshold);
    if (m_scope == Scope::Everything) {
        parser.addOption(m_threads);
        parser.addOption(m_maxFileSize);
    }
}

QString SettingsOptions::apply(const QCommandLineParser &parser, ComparisonOptions &options) const
{
    const auto invalid = [](const QString &option, const QString &value, const QString &expected) {
        return tr("invalid value '%1' for --%2 (expected %3)").arg(value, option, expected);
    };

    if (parser.isSet(m_language)) {
        const QString value = parser.value(m_language).trimmed().toLower();
        if (!isLanguageCode(value))
            return invalid(QStringLiteral("lang"), parser.value(m_language),
                           tr("a language code such as en"));
        options.language = value;
    }
    if (parser.isSet(m_sharedThreshold)) {
        const auto value = parseFraction(parser.value(m_sharedThreshold));
        if (!value)
            return invalid(QStringLiteral("shared-threshold"), parser.value(m_sharedThreshold),
                           tr("a number from 0 to 1"));
        options.sharedThreshold = *value;
    }
    if (parser.isSet(m_paraphraseThreshold)) {
        const auto value = parseFraction(parser.value(m_paraphraseThreshold));
        if (!value)
            return invalid(QStringLiteral("paraphrase-threshold"), parser.value(m_paraphraseThreshold),
                           tr("a number from 0 to 1"));
        options.paraphraseThreshold = *value;
    }
    if (m_scope == Scope::Matching)
        return {};
    if (parser.isSet(m_threads)) {
        const auto value = parseInteger(parser.value(m_threads), 0, 1024);
        if (!value)
            return invalid(QStringLiteral("threads"), parser.value(m_threads),
                           tr("an integer from 0 to 1024"));
        options.threads = int(*value);
    }
    if (parser.isSet(m_maxFileSize)) {
        const auto value = parseInteger(parser.value(m_maxFileSize), 1, std::numeric_limits<qint64>::max());
        if (!value)
            return invalid(QStringLiteral("max-file-size"), parser.value(m_maxFileSize),
                           tr("a positive number of bytes"));
        options.maxFileBytes = *value;
    }
    return {};
}

} // namespace parallax
