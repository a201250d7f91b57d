#pragma once

#include <QString>
#include <QStringView>

#include <initializer_list>
#include <utility>

namespace parallax {

// Builds HTML markup in a string. Every piece of text and every attribute
// value passes through escape(): the exporter never writes caller text raw, so
// untrusted article text can only ever become text nodes and attribute values.
// Tag and attribute names are the exporter's own literals.
class HtmlWriter
{
public:
    using Attribute = std::pair<QStringView, QString>;

    void open(QStringView tag, std::initializer_list<Attribute> attributes = {});
    void close(QStringView tag);
    // <tag attributes>text</tag>
    void element(QStringView tag, QStringView text, std::initializer_list<Attribute> attributes = {});
    void text(QStringView text);
    // Markup the exporter wrote itself (whitespace, fixed fragments).
    void raw(QStringView markup) { m_html += markup; }

    const QString &html() const { return m_html; }

    // Escapes & < > " ' (safe in text and in quoted attribute values, so also
    // against </style>, </script> and ]]>), and replaces what HTML forbids in a
    // document (NUL and other C0/C1 controls except tab, LF, FF; lone
    // surrogates; noncharacters) with U+FFFD, so the page stays valid.
    static QString escape(QStringView text);

private:
    QString m_html;
};

} // namespace parallax
