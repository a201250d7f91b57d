#include "htmltemplate.h"

#include <QCryptographicHash>
#include <QFile>

namespace parallax {

using namespace Qt::StringLiterals;

HtmlTemplate::HtmlTemplate()
    : m_skeleton(resource(QStringLiteral(":/export/template.html")))
    , m_style(resource(QStringLiteral(":/export/style.css")))
    , m_script(resource(QStringLiteral(":/export/script.js")))
{ }

QString HtmlTemplate::resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString HtmlTemplate::hashSource(const QString &inlineContent)
{
    const QByteArray digest = QCryptographicHash::hash(inlineContent.toUtf8(), QCryptographicHash::Sha256);
    return u"'sha256-"_s + QString::fromLatin1(digest.toBase64()) + u'\'';
}

// Nothing may be fetched: no default source at all; the one script and the
// one style block are allowed by hash; images only as data: URIs. base-uri and
// form-action do not fall back to default-src, so they are closed explicitly.
QString HtmlTemplate::contentSecurityPolicy() const
{
    return u"default-src 'none'; script-src "_s + hashSource(m_script) + u"; style-src "_s
        + hashSource(m_style) + u"; img-src data:; base-uri 'none'; form-action 'none'"_s;
}

QString HtmlTemplate::fill(const QHash<QString, QString> &values) const
{
    QHash<QString, QString> all = values;
    all.insert(QStringLiteral("style"), m_style);
    all.insert(QStringLiteral("script"), m_script);
    all.insert(QStringLiteral("csp"), contentSecurityPolicy());

    QString out;
    out.reserve(m_skeleton.size() + m_style.size() + m_script.size()
                + all.value(QStringLiteral("body")).size());
    qsizetype position = 0;
    while (true) {
        const qsizetype open = m_skeleton.indexOf(u"{{", position);
        const qsizetype close = open < 0 ? -1 : m_skeleton.indexOf(u"}}", open + 2);
        if (close < 0) {
            out += QStringView(m_skeleton).mid(position);
            return out;
        }
        out += QStringView(m_skeleton).mid(position, open - position);
        out += all.value(m_skeleton.mid(open + 2, close - open - 2));
        position = close + 2;
    }
}

} // namespace parallax
