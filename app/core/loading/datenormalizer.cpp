#include "datenormalizer.h"

#include <QDateTime>
#include <QLocale>

namespace parallax {

QString DateNormalizer::normalize(const QString &date)
{
    const QString text = date.trimmed();
    if (text.isEmpty())
        return {};
    QString iso = text;
    if (iso.size() > 10 && iso[10] == u' ')
        iso[10] = u'T'; // "2018-05-17 10:30:00"
    if (iso.size() == 10) {
        const QDate day = QDate::fromString(iso, Qt::ISODate);
        if (day.isValid())
            return day.toString(Qt::ISODate);
    }
    const QDateTime isoTime = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (isoTime.isValid())
        return isoTime.toString(Qt::ISODate);
    const QDateTime rfc = QDateTime::fromString(text, Qt::RFC2822Date);
    if (rfc.isValid())
        return rfc.toString(Qt::ISODate);
    const QLocale c = QLocale::c();
    for (const QString &format : {QStringLiteral("MMMM d, yyyy"), QStringLiteral("MMM d, yyyy"),
                                  QStringLiteral("d MMMM yyyy"), QStringLiteral("d MMM yyyy")}) {
        const QDate day = c.toDate(text, format);
        if (day.isValid())
            return day.toString(Qt::ISODate);
    }
    return text;
}

} // namespace parallax
