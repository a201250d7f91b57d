#pragma once

#include <QStringView>
#include <QtGlobal>

namespace parallax {

// Stable 64-bit key of a normalized token (FNV-1a over UTF-16 code units).
// Unlike qHash it is unseeded, so keys are the same in every process and can
// be stored in generated tables (the synonym table uses them).
inline quint64 tokenKey(QStringView normalized) noexcept
{
    quint64 hash = 14695981039346656037ULL;
    for (const QChar c : normalized) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

} // namespace parallax
