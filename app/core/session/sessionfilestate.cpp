#include "sessionfilestate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace parallax {

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

SessionFileState SessionFileState::check(const SessionArticle &article)
{
    if (article.isPasted())
        return {Kind::Pasted, {}};
    if (!QFileInfo::exists(article.path))
        return {Kind::Missing,
                QCoreApplication::translate("parallax::SessionFileState",
                                            "the file is missing (moved or deleted)")};
    const QString digest = fileSha256(article.path);
    if (digest.isEmpty())
        return {Kind::Missing,
                QCoreApplication::translate("parallax::SessionFileState", "the file cannot be read")};
    if (!article.sha256.isEmpty() && digest != article.sha256)
        return {Kind::Changed,
                QCoreApplication::translate("parallax::SessionFileState",
                                            "the file changed since the session was saved")};
    return {Kind::Unchanged, {}};
}

} // namespace parallax
