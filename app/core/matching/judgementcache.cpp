#include "judgementcache.h"

#include <QStringView>

#include <map>
#include <utility>

namespace parallax {

namespace {

// Two independent 64-bit hashes of everything a judgement reads from a
// sentence: per token the form, stem and flags keys and the word's text.
std::pair<quint64, quint64> contentKey(const Sentence &sentence, const QString &text)
{
    quint64 first = 14695981039346656037ULL;
    quint64 second = 0x9E3779B97F4A7C15ULL;
    const auto mix = [&](quint64 value) {
        first = (first ^ value) * 1099511628211ULL;
        second = (second ^ (value + 0x632BE59BD9B4E019ULL + (second << 6) + (second >> 2)))
            * 0xFF51AFD7ED558CCDULL;
    };
    for (const Token &token : sentence.tokens) {
        mix(token.form);
        mix(token.stem);
        mix(token.flags);
        const QStringView word = QStringView(text).mid(token.span.start, token.span.length());
        mix(quint64(word.size()));
        for (const QChar c : word)
            mix(c.unicode());
    }
    mix(sentence.tokens.size());
    return {first, second};
}

} // namespace

JudgementCache::JudgementCache(const std::vector<AnalyzedDocument> &documents)
{
    std::map<std::pair<quint64, quint64>, int> ids;
    std::vector<size_t> lastDocument; // per content id: the last document counted
    m_contentIds.reserve(documents.size());
    for (const AnalyzedDocument &document : documents) {
        const size_t documentIndex = m_contentIds.size();
        std::vector<int> &own = m_contentIds.emplace_back();
        own.reserve(document.sentences.size());
        for (const Sentence &sentence : document.sentences) {
            const auto [found, added] = ids.emplace(contentKey(sentence, document.article.text), m_distinct);
            if (added) {
                ++m_distinct;
                m_documentsHolding.push_back(1);
                lastDocument.push_back(documentIndex);
            } else if (lastDocument[size_t(found->second)] != documentIndex) {
                ++m_documentsHolding[size_t(found->second)];
                lastDocument[size_t(found->second)] = documentIndex;
            }
            own.push_back(found->second);
        }
    }
}

bool JudgementCache::find(quint64 key, PairJudgement &out) const
{
    Shard &own = shard(key);
    const std::lock_guard lock(own.mutex);
    const auto found = own.judgements.find(key);
    if (found == own.judgements.end())
        return false;
    out = found->second;
    return true;
}

PairJudgement JudgementCache::insert(quint64 key, PairJudgement judgement) const
{
    Shard &own = shard(key);
    const std::lock_guard lock(own.mutex);
    // Another thread may have stored the same pair meanwhile: same value.
    return own.judgements.emplace(key, std::move(judgement)).first->second;
}

} // namespace parallax
