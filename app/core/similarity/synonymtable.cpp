#include "synonymtable.h"

#include <QResource>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace parallax {

namespace {

constexpr char magic[] = "PXSYN001";
constexpr qsizetype headerSize = 16;
constexpr quint32 groupMask = 0x00FFFFFF;

} // namespace

SynonymTable SynonymTable::builtin(int maxSenses)
{
    // Uncompressed resource: data() points into the executable image, valid
    // for the program's lifetime.
    const QResource resource(QStringLiteral(":/parallax/wordnet/synonyms.bin"));
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression)
        return {};
    return SynonymTable(QByteArrayView(resource.data(), resource.size()), maxSenses);
}

SynonymTable::SynonymTable(QByteArrayView bytes, int maxSenses)
    : m_maxSenses(maxSenses)
{
    if (bytes.size() < headerSize || std::memcmp(bytes.data(), magic, 8) != 0)
        return;
    const auto *base = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype count = qFromLittleEndian<quint32>(base + 8);
    if (bytes.size() != headerSize + count * 12)
        return;
    m_keys = base + headerSize;
    m_values = m_keys + count * 8;
    m_count = count;
}

quint64 SynonymTable::keyAt(qsizetype i) const
{
    return qFromLittleEndian<quint64>(m_keys + i * 8);
}

quint32 SynonymTable::valueAt(qsizetype i) const
{
    return qFromLittleEndian<quint32>(m_values + i * 4);
}

std::vector<quint32> SynonymTable::groups(quint64 stemKey) const
{
    std::vector<quint32> result;
    qsizetype low = 0;
    qsizetype high = m_count;
    while (low < high) { // first index with key >= stemKey
        const qsizetype mid = low + (high - low) / 2;
        if (keyAt(mid) < stemKey)
            low = mid + 1;
        else
            high = mid;
    }
    for (qsizetype i = low; i < m_count && keyAt(i) == stemKey; ++i) {
        const quint32 value = valueAt(i);
        if (int(value >> 24) < m_maxSenses)
            result.push_back(value & groupMask);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

bool SynonymTable::areSynonyms(quint64 stemKeyA, quint64 stemKeyB) const
{
    if (stemKeyA == stemKeyB)
        return true;
    return shareGroup(groups(stemKeyA), groups(stemKeyB));
}

bool SynonymTable::shareGroup(const std::vector<quint32> &a, const std::vector<quint32> &b)
{
    // A merge of two sorted lists that stops at the first common element.
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i == *j)
            return true;
        *i < *j ? ++i : ++j;
    }
    return false;
}

} // namespace parallax
