#include "sentenceprofile.h"

#include "model/tokenkey.h"
#include "prefetch.h"
#include "scratchbuffer.h"
#include "sortedsearch.h"
#include "synonymtable.h"

#include <QString>

#include <algorithm>

namespace parallax {

namespace {

using Keys = SentenceProfile::Keys;

Keys sorted(Keys keys)
{
    std::sort(keys.begin(), keys.end());
    return keys;
}

Keys sortedUnique(Keys keys)
{
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

// Keys of the n-grams of a key sequence.
KeyMultiset ngrams(const Keys &keys, int n)
{
    Keys result;
    for (size_t i = 0; i + size_t(n) <= keys.size(); ++i) {
        quint64 hash = 1469598103934665603ULL;
        for (int k = 0; k < n; ++k)
            hash = (hash ^ keys[i + size_t(k)]) * 1099511628211ULL;
        result.push_back(hash);
    }
    return KeyMultiset(std::move(result));
}

// Keys of the character n-grams of a text.
KeyMultiset charNgrams(QStringView text, int n)
{
    Keys result;
    for (qsizetype i = 0; i + n <= text.size(); ++i)
        result.push_back(tokenKey(text.mid(i, n)));
    return KeyMultiset(std::move(result));
}

quint32 groupOf(quint64 ownedGroup)
{
    return quint32(ownedGroup >> 32);
}

quint32 ownerOf(quint64 ownedGroup)
{
    return quint32(ownedGroup);
}

void setGroups(SentenceProfile &profile, const SynonymTable &synonyms)
{
    for (size_t i = 0; i < profile.contentSet.size(); ++i) {
        for (const quint32 group : synonyms.groups(profile.contentSet[i])) {
            profile.ownedGroups.push_back(quint64(group) << 32 | i);
            profile.groupFilter[group / 64 % 8] |= quint64(1) << (group % 64);
        }
    }
    std::sort(profile.ownedGroups.begin(), profile.ownedGroups.end());
    // Every sentence of a document keeps its profile for the whole comparison.
    profile.ownedGroups.shrink_to_fit();
}

bool mayHaveGroup(const SentenceProfile &profile, quint32 group)
{
    return (profile.groupFilter[group / 64 % 8] >> (group % 64) & 1) != 0;
}

// Whether `profile` has `group`.
bool hasGroup(const SentenceProfile &profile, quint32 group)
{
    const std::vector<quint64> &owned = profile.ownedGroups;
    if (owned.empty())
        return false;
    const quint64 key = quint64(group) << 32; // not above any entry of the group
    return groupOf(*lowerBoundOrLast(owned, key)) == group;
}

} // namespace

SentenceProfile::SentenceProfile(SentenceView view, const SynonymTable &synonyms)
{
    const std::vector<Token> none;
    const std::vector<Token> &tokens = view.sentence ? view.sentence->tokens : none;
    QString words = QStringLiteral(" "); // the words joined by single spaces, padded
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens[i];
        forms.push_back(token.form);
        stems.push_back(token.stem);
        const bool isContent = !token.has(Token::StopWord);
        if (isContent)
            content.push_back(token.stem);
        if (token.has(Token::Number))
            numbers.push_back(token.form);
        else if (isContent && i > 0 && token.has(Token::Capitalized))
            names.push_back(token.stem);
        if (token.has(Token::Negation))
            ++negations;
        if (view.text) {
            words += QStringView(*view.text).mid(token.span.start, token.span.length());
            words += u' ';
        }
    }
    numbers = sortedUnique(std::move(numbers));
    names = sorted(std::move(names));
    sortedForms = KeyMultiset(forms);
    sortedContent = KeyMultiset(content);
    stemSet = sortedUnique(stems);
    contentSet = sortedUnique(content);
    contentIndex.reserve(content.size());
    for (const quint64 key : content)
        contentIndex.push_back(
            quint32(std::lower_bound(contentSet.begin(), contentSet.end(), key) - contentSet.begin()));
    for (int n = 1; n <= 4; ++n)
        stemNgrams[size_t(n)] = ngrams(stems, n);
    const QString folded = words.toCaseFolded();
    char3 = charNgrams(folded, 3);
    char4 = charNgrams(folded, 4);
    setGroups(*this, synonyms);
}

void SentenceProfile::prefetch() const
{
    for (const Keys *keys : {&forms, &stems, &content, &names, &stemSet, &contentSet, &ownedGroups})
        parallax::prefetch(std::span<const quint64>(*keys));
    parallax::prefetch(std::span<const quint32>(contentIndex));
    for (const KeyMultiset *keys : {&sortedForms, &sortedContent, &stemNgrams[1], &stemNgrams[2],
                                    &stemNgrams[3], &stemNgrams[4], &char3, &char4})
        parallax::prefetch(keys->keys());
}

void SentenceProfile::markSameContent(const SentenceProfile &other, std::span<quint8> mine,
                                      std::span<quint8> theirs, quint8 flag) const
{
    // A merge of the two sorted, unique sets, branch-free: which side advances
    // is data, not a jump to guess.
    const size_t na = contentSet.size();
    const size_t nb = other.contentSet.size();
    size_t i = 0;
    size_t j = 0;
    while (i < na && j < nb) {
        const quint64 x = contentSet[i];
        const quint64 y = other.contentSet[j];
        const quint8 same = quint8((x == y) * flag);
        mine[i] |= same;
        theirs[j] |= same;
        i += x <= y;
        j += y <= x;
    }
}

void SentenceProfile::markSynonyms(const SentenceProfile &other, std::span<quint8> marks, quint8 flag) const
{
    // The groups of unmarked stems that pass the filter of `other` are
    // collected, then searched. Branch-free throughout (which groups pass is
    // data, not a jump to guess), and the searches are independent of one
    // another, so the processor overlaps them.
    ScratchBuffer<quint64, 128> candidates(ownedGroups.size());
    size_t count = 0;
    for (const quint64 owned : ownedGroups) {
        candidates[count] = owned;
        count += size_t(marks[ownerOf(owned)] == 0) & size_t(mayHaveGroup(other, groupOf(owned)));
    }
    for (size_t k = 0; k < count; ++k) {
        const quint64 owned = candidates[k];
        marks[ownerOf(owned)] |= quint8(hasGroup(other, groupOf(owned)) * flag);
    }
}

} // namespace parallax
