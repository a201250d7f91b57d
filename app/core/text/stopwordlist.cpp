#include "stopwordlist.h"

#include "model/tokenkey.h"
#include "text/normalizer.h"

#include <QDir>
#include <QFile>

namespace parallax {

StopWordList StopWordList::load(const QString &language)
{
    StopWordList list;
    list.m_language = language;
    if (language.isEmpty() || language.contains(u'/') || language.contains(u'.'))
        return list;
    QFile file(QStringLiteral(":/stopwords/") + language + QStringLiteral(".txt"));
    if (!file.open(QIODevice::ReadOnly))
        return list;
    const QString content = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(content).split(u'\n')) {
        const qsizetype comment = line.indexOf(u'|');
        if (comment >= 0)
            line = line.left(comment);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        list.m_keys.insert(tokenKey(Normalizer::fold(line)));
    }
    return list;
}

QStringList StopWordList::languages()
{
    QStringList result;
    const QStringList files
        = QDir(QStringLiteral(":/stopwords")).entryList({QStringLiteral("*.txt")}, QDir::Files);
    for (const QString &name : files)
        result.append(name.chopped(4));
    result.sort();
    return result;
}

bool StopWordList::contains(QStringView word) const
{
    return m_keys.contains(tokenKey(Normalizer::fold(word)));
}

} // namespace parallax
