#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>

namespace parallax {

// The stop words of one language, from the compiled-in resource
// ":/stopwords/<language>.txt" (one word per line, UTF-8; lines starting with
// '|' or '#' and text after a '|' are comments). Words are stored as
// tokenKey(Normalizer::fold(word)), so a lookup takes a Token::form key.
class StopWordList
{
public:
    StopWordList() = default; // empty: nothing is a stop word

    // The list of `language` (ISO 639-1); empty when we have none for it.
    static StopWordList load(const QString &language);

    // Languages that have a list, sorted.
    static QStringList languages();

    bool contains(quint64 formKey) const { return m_keys.contains(formKey); }
    bool contains(QStringView word) const; // folds `word` first
    bool isEmpty() const { return m_keys.isEmpty(); }
    qsizetype size() const { return m_keys.size(); }
    const QString &language() const { return m_language; }

private:
    QString m_language;
    QSet<quint64> m_keys;
};

} // namespace parallax
