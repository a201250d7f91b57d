#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace parallax {

// The export page's skeleton, stylesheet and script, compiled in from
// resources/export. fill() substitutes the {{name}} placeholders of the
// skeleton in a single pass, so text that happens to contain "{{body}}" is
// never expanded again. Style and script are inserted by fill() itself, and
// the Content-Security-Policy allows exactly those bytes by their SHA-256.
class HtmlTemplate
{
public:
    HtmlTemplate();

    // `values` maps placeholder names to markup (already escaped by the
    // caller); "style", "script" and "csp" are provided here. Unknown
    // placeholders become empty.
    QString fill(const QHash<QString, QString> &values) const;

    const QString &style() const { return m_style; }
    const QString &script() const { return m_script; }
    QString contentSecurityPolicy() const;

    // 'sha256-…' source expression for CSP: base64 of the SHA-256 of the UTF-8 bytes.
    static QString hashSource(const QString &inlineContent);

private:
    static QString resource(const QString &path);

    QString m_skeleton;
    QString m_style;
    QString m_script;
};

} // namespace parallax
