#include "judgementcache.h"

#include <QStringView>

#include <algorithm>
#include <array>
#include <bit>
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

// A judgement as a slot keeps it: conflicts as an index into conflictLists().
struct Stored
{
    double score;
    double surface;
    double probability;
    double containment;
    quint8 relation;
    quint8 conflicts;
};

// Every conflict list the rules make (PairScorer and FragmentRule name a
// number first, ClaimRule a negation): copies share the lists' data, so
// reading a judgement allocates nothing.
const std::array<QStringList, 5> &conflictLists()
{
    static const std::array<QStringList, 5> lists {
        QStringList {},
        QStringList {QStringLiteral("number")},
        QStringList {QStringLiteral("negation")},
        QStringList {QStringLiteral("number"), QStringLiteral("negation")},
        QStringList {QStringLiteral("negation"), QStringLiteral("number")},
    };
    return lists;
}

// False for conflicts no list holds: such a judgement is not kept.
bool pack(const PairJudgement &judgement, Stored &out)
{
    const std::array<QStringList, 5> &lists = conflictLists();
    const auto list = std::find(lists.begin(), lists.end(), judgement.conflicts);
    if (list == lists.end())
        return false;
    out = {judgement.score,       judgement.surface,          judgement.probability,
           judgement.containment, quint8(judgement.relation), quint8(list - lists.begin())};
    return true;
}

PairJudgement unpack(const Stored &stored)
{
    PairJudgement judgement;
    judgement.relation = Relation(stored.relation);
    judgement.score = stored.score;
    judgement.surface = stored.surface;
    judgement.probability = stored.probability;
    judgement.containment = stored.containment;
    judgement.conflicts = conflictLists()[stored.conflicts];
    return judgement;
}

constexpr quint64 Published = quint64(1) << 63; // a key's mark once its judgement is written
// A key is looked for this many slots from its home at most: a full table
// ends a search (and keeps nothing more) instead of scanning it all.
constexpr size_t MaxProbes = 64;

} // namespace

// Keys and judgements apart: a search runs over keys alone (eight a cache line).
struct JudgementCache::Table
{
    explicit Table(size_t slotCount)
        : keys(std::make_unique<std::atomic<quint64>[]>(slotCount))
        , judgements(std::make_unique_for_overwrite<Stored[]>(slotCount))
        , mask(slotCount - 1)
        , shift(64 - std::countr_zero(slotCount))
    { }

    size_t slots() const { return mask + 1; }
    size_t home(quint64 key) const { return size_t((key * 0x9E3779B97F4A7C15ULL) >> shift); }

    bool find(quint64 key, PairJudgement &out) const
    {
        size_t slot = home(key);
        for (size_t probe = 0; probe < MaxProbes; ++probe, slot = (slot + 1) & mask) {
            const quint64 word = keys[slot].load(std::memory_order_acquire);
            if (word == (key | Published)) {
                out = unpack(judgements[slot]); // written before the key was published
                return true;
            }
            if (word == 0)
                return false;
        }
        return false;
    }

    // Keeps `stored` under `key` unless the key is there already (another
    // thread's judgement of the same pair: equal) or no slot is near its home.
    void place(quint64 key, const Stored &stored)
    {
        size_t slot = home(key);
        for (size_t probe = 0; probe < MaxProbes; ++probe, slot = (slot + 1) & mask) {
            quint64 word = keys[slot].load(std::memory_order_relaxed);
            // Relaxed: the claim orders nothing; only its winner writes the
            // judgement, which the release below publishes.
            if (word == 0 && keys[slot].compare_exchange_strong(word, key, std::memory_order_relaxed)) {
                judgements[slot] = stored;
                keys[slot].store(key | Published, std::memory_order_release);
                used.fetch_add(1, std::memory_order_relaxed);
                return;
            }
            if ((word & ~Published) == key)
                return;
        }
    }

    std::unique_ptr<std::atomic<quint64>[]> keys; // 0: empty; a key: claimed; key | Published: readable
    std::unique_ptr<Stored[]> judgements;
    size_t mask;
    int shift;
    // Its own cache line: written by every insertion, unlike the fields readers use.
    alignas(64) std::atomic<size_t> used {0}; // claimed slots
};

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
    // Room for 32 pairs (at half load) per sentence whose content another
    // document holds too, as only such pairs are kept: about what the
    // generated corpora keep (more in larger clusters: the table grows).
    size_t repeated = 0;
    for (const std::vector<int> &own : m_contentIds) {
        repeated += size_t(std::count_if(own.begin(), own.end(),
                                         [&](int id) { return m_documentsHolding[size_t(id)] > 1; }));
    }
    const size_t slots = std::bit_ceil(std::clamp(repeated * 64, MinSlots, MaxSlots));
    m_table.store(m_tables.emplace_back(std::make_unique<Table>(slots)).get(), std::memory_order_relaxed);
}

JudgementCache::~JudgementCache() = default;

bool JudgementCache::find(quint64 key, PairJudgement &out) const
{
    return m_table.load(std::memory_order_acquire)->find(key, out);
}

void JudgementCache::keep(quint64 key, const PairJudgement &judgement) const
{
    Stored stored;
    if (!pack(judgement, stored))
        return;
    Table *table = m_table.load(std::memory_order_acquire);
    if (table->used.load(std::memory_order_relaxed) * 2 >= table->slots())
        table = tableWithRoom(table);
    if (table)
        table->place(key, stored);
}

// The table to insert into once `full` is half full: a new one twice its
// size holding its published judgements, or `full` while another thread makes
// that, or none past MaxSlots. Judgements kept in `full` while it is copied
// may be lost: they are computed again when met.
JudgementCache::Table *JudgementCache::tableWithRoom(Table *full) const
{
    if (full->slots() >= MaxSlots)
        return nullptr;
    const std::unique_lock lock(m_growth, std::try_to_lock);
    if (!lock.owns_lock())
        return full;
    Table *current = m_table.load(std::memory_order_relaxed); // only stored under the lock
    if (current != full)
        return current;
    auto grown = std::make_unique<Table>(full->slots() * 2);
    for (size_t slot = 0; slot < full->slots(); ++slot) {
        const quint64 word = full->keys[slot].load(std::memory_order_acquire);
        if (word & Published)
            grown->place(word & ~Published, full->judgements[slot]);
    }
    // Readers still in `full` finish there: it lives as long as the cache.
    m_table.store(grown.get(), std::memory_order_release);
    return m_tables.emplace_back(std::move(grown)).get();
}

} // namespace parallax
