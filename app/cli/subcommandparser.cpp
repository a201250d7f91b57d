#include "subcommandparser.h"

#include "exitcode.h"
#include "usage.h"

namespace parallax {

SubcommandParser::SubcommandParser(QString name, SettingsOptions::Scope scope, QTextStream &out,
                                   QTextStream &err)
    : m_name(std::move(name))
    , m_out(out)
    , m_err(err)
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
    , m_settings(scope)
{
    m_parser.addOption(m_help);
    m_settings.addTo(m_parser);
}

std::optional<int> SubcommandParser::parse(const QStringList &arguments, ComparisonOptions &options)
{
    if (!m_parser.parse(QStringList {QStringLiteral("parallax ") + m_name} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        m_out << Usage::text();
        m_out.flush();
        return toInt(ExitCode::Success);
    }
    const QString settingsError = m_settings.apply(m_parser, options);
    if (!settingsError.isEmpty())
        return usageError(settingsError);
    return std::nullopt;
}

int SubcommandParser::usageError(const QString &message) const
{
    m_err << QStringLiteral("parallax ") << m_name << QStringLiteral(": ") << message << '\n'
          << Usage::hint() << '\n';
    m_err.flush();
    return toInt(ExitCode::UsageError);
}

} // namespace parallax
