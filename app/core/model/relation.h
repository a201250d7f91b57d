#pragma once

#include <QString>

namespace parallax {

// How two sentences of different sources relate. Ordered: a stronger relation
// compares greater.
enum class Relation { Unrelated = 0, Paraphrased = 1, Shared = 2 };

// A sentence's status: its strongest relation to any sentence of another source.
enum class SentenceStatus { Unique = 0, Paraphrased = 1, Shared = 2 };

inline QString relationName(Relation relation)
{
    switch (relation) {
    case Relation::Shared: return QStringLiteral("shared");
    case Relation::Paraphrased: return QStringLiteral("paraphrased");
    case Relation::Unrelated: break;
    }
    return QStringLiteral("unrelated");
}

inline QString statusName(SentenceStatus status)
{
    switch (status) {
    case SentenceStatus::Shared: return QStringLiteral("shared");
    case SentenceStatus::Paraphrased: return QStringLiteral("paraphrased");
    case SentenceStatus::Unique: break;
    }
    return QStringLiteral("unique");
}

} // namespace parallax
