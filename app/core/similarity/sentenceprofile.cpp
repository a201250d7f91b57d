#include "sentenceprofile.h"

#include "model/tokenkey.h"
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

// Keys of the n-grams of a key sequence, sorted.
Keys ngrams(const Keys &keys, int n)
{
    Keys result;
    for (size_t i = 0; i + size_t(n) <= keys.size(); ++i) {
        quint64 hash = 1469598103934665603ULL;
        for (int k = 0; k < n; ++k)
            hash = (hash ^ keys[i + size_t(k)]) * 1099511628211ULL;
        result.push_back(hash);
    }
    return sorted(std::move(result));
}

// Keys of the character n-grams of a text, sorted.
Keys charNgrams(QStringView text, int n)
{
    Keys result;
    for (qsizetype i = 0; i + n <= text.size(); ++i)
        result.push_back(tokenKey(text.mid(i, n)));
    return sorted(std::move(result));
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
    sortedForms = sorted(forms);
    sortedContent = sorted(content);
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
    for (const quint64 key : contentSet) {
        contentGroups.push_back(synonyms.groups(key));
        allGroups.insert(allGroups.end(), contentGroups.back().begin(), contentGroups.back().end());
    }
    std::sort(allGroups.begin(), allGroups.end());
    for (const quint32 group : allGroups)
        groupFilter[group / 64 % 8] |= quint64(1) << (group % 64);
}

} // namespace parallax
