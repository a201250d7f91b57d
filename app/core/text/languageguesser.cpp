#include "languageguesser.h"

#include "model/tokenkey.h"
#include "text/normalizer.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace parallax {

namespace {

constexpr qsizetype kSampleLength = 100000;
constexpr int kMinimumHits = 2;

enum Group {
    Latin,
    Cyrillic,
    Cjk,
    Hangul,
    Thai,
    Arabic,
    Hebrew,
    Greek,
    Devanagari,
    Armenian,
    Georgian,
    GroupCount
};

Group groupOf(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Latin:
        return Latin;
    case QChar::Script_Cyrillic:
        return Cyrillic;
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return Cjk;
    case QChar::Script_Hangul:
        return Hangul;
    case QChar::Script_Thai:
        return Thai;
    case QChar::Script_Arabic:
        return Arabic;
    case QChar::Script_Hebrew:
        return Hebrew;
    case QChar::Script_Greek:
        return Greek;
    case QChar::Script_Devanagari:
        return Devanagari;
    case QChar::Script_Armenian:
        return Armenian;
    case QChar::Script_Georgian:
        return Georgian;
    default:
        return GroupCount;
    }
}

struct Counts
{
    std::array<qsizetype, GroupCount> groups {};
    qsizetype kana = 0;
    QHash<char32_t, qsizetype> markers; // letters that tell languages of one script apart
};

bool isMarker(char32_t c)
{
    switch (c) {
    case U'і':
    case U'ї':
    case U'є':
    case U'ґ':
    case U'ў':
    case U'ъ':
    case U'ы':
    case U'э':
    case U'ј':
    case U'љ':
    case U'њ':
    case U'ћ':
    case U'ђ':
    case U'џ':
    case U'ѓ':
    case U'ќ':
    case U'ѕ':
    case U'پ':
    case U'چ':
    case U'ژ':
    case U'گ':
        return true;
    default:
        return false;
    }
}

Counts countScripts(QStringView text)
{
    Counts counts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (!QChar::isLetter(c))
            continue;
        const QChar::Script script = QChar::script(c);
        const Group group = groupOf(script);
        if (group == GroupCount)
            continue;
        ++counts.groups[group];
        if (script == QChar::Script_Hiragana || script == QChar::Script_Katakana)
            ++counts.kana;
        const char32_t lower = QChar::toLower(c);
        if (isMarker(lower))
            ++counts.markers[lower];
    }
    return counts;
}

// Whether `letters` make up at least `share` of `total` (and occur twice).
bool significant(qsizetype letters, qsizetype total, double share)
{
    return letters >= 2 && double(letters) >= share * double(total);
}

QString guessCyrillic(const Counts &counts)
{
    const qsizetype total = counts.groups[Cyrillic];
    auto count = [&](std::initializer_list<char32_t> letters) {
        qsizetype sum = 0;
        for (const char32_t c : letters)
            sum += counts.markers.value(c);
        return sum;
    };
    if (significant(count({U'ў'}), total, 0.002))
        return QStringLiteral("be");
    // Ukrainian has і ї є ґ and lacks ы э ъ ё; a Russian text quoting a
    // Ukrainian name still has far more of the latter.
    const qsizetype ukrainian = count({U'і', U'ї', U'є', U'ґ'});
    if (significant(ukrainian, total, 0.003) && ukrainian > count({U'ы', U'э', U'ъ', U'ё'}))
        return QStringLiteral("uk");
    if (significant(count({U'ѓ', U'ќ', U'ѕ'}), total, 0.002))
        return QStringLiteral("mk");
    if (significant(count({U'ј', U'љ', U'њ', U'ћ', U'ђ', U'џ'}), total, 0.003))
        return QStringLiteral("sr");
    // Bulgarian writes ъ as a vowel (about 2% of letters) and has no ы or э.
    if (significant(count({U'ъ'}), total, 0.008) && count({U'ы', U'э'}) * 500 < total)
        return QStringLiteral("bg");
    return QStringLiteral("ru");
}

struct LatinHint
{
    const char16_t *language;
    const char16_t *letters; // lower-case letters (almost) only this language uses
};

// Latin-script languages without a stop-word list of ours.
constexpr std::array<LatinHint, 6> kLatinHints {{
    {u"tr", u"ığş"},
    {u"hu", u"őű"},
    {u"ro", u"ășță"},
    {u"pl", u"łąęśźżń"},
    {u"cs", u"řůě"},
    {u"is", u"ðþ"},
}};

void countHints(QChar c, std::array<qsizetype, kLatinHints.size()> &counts)
{
    const QChar lower = c.toLower();
    for (size_t i = 0; i < kLatinHints.size(); ++i) {
        if (QStringView(kLatinHints[i].letters).contains(lower))
            ++counts[i];
    }
}

} // namespace

LanguageGuesser::LanguageGuesser()
{
    for (const QString &language : StopWordList::languages()) {
        if (language != u"ru")
            m_profiles.push_back(StopWordList::load(language));
    }
    // "en" first: it wins ties.
    std::stable_partition(m_profiles.begin(), m_profiles.end(),
                          [](const StopWordList &list) { return list.language() == u"en"; });
}

QString LanguageGuesser::guess(QStringView text) const
{
    text = text.left(kSampleLength);
    const Counts counts = countScripts(text);
    const auto best = std::max_element(counts.groups.begin(), counts.groups.end());
    if (*best == 0)
        return QStringLiteral("en");
    switch (Group(best - counts.groups.begin())) {
    case Cyrillic:
        return guessCyrillic(counts);
    case Cjk:
        return counts.kana * 10 >= counts.groups[Cjk] ? QStringLiteral("ja") : QStringLiteral("zh");
    case Hangul:
        return QStringLiteral("ko");
    case Thai:
        return QStringLiteral("th");
    case Arabic: {
        const qsizetype persian = counts.markers.value(U'پ') + counts.markers.value(U'چ')
            + counts.markers.value(U'ژ') + counts.markers.value(U'گ');
        return significant(persian, counts.groups[Arabic], 0.003) ? QStringLiteral("fa")
                                                                  : QStringLiteral("ar");
    }
    case Hebrew:
        return QStringLiteral("he");
    case Greek:
        return QStringLiteral("el");
    case Devanagari:
        return QStringLiteral("hi");
    case Armenian:
        return QStringLiteral("hy");
    case Georgian:
        return QStringLiteral("ka");
    case Latin:
    case GroupCount:
        break;
    }
    return guessLatin(text);
}

// Counts, for every language, the words of `text` in its stop-word list.
QString LanguageGuesser::guessLatin(QStringView text) const
{
    std::vector<int> hits(m_profiles.size(), 0);
    std::array<qsizetype, kLatinHints.size()> hinted {};
    qsizetype words = 0;
    qsizetype letters = 0;
    qsizetype start = -1;
    auto countWord = [&](qsizetype end) {
        ++words;
        const quint64 key = tokenKey(Normalizer::fold(text.mid(start, end - start)));
        for (size_t i = 0; i < m_profiles.size(); ++i)
            hits[i] += m_profiles[i].contains(key) ? 1 : 0;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        // Apostrophes inside a word stay ("don't", "won't" are English stop
        // words; split, their "t" would count for French).
        const bool inside = start >= 0 && i + 1 < text.size() && text[i + 1].isLetter()
            && (text[i] == u'\'' || text[i] == u'\u2019');
        const bool letter = text[i].isLetter() || text[i].isMark() || inside;
        if (text[i].isLetter()) {
            ++letters;
            if (text[i].unicode() >= 0x80)
                countHints(text[i], hinted);
        }
        if (letter && start < 0) {
            start = i;
        } else if (!letter && start >= 0) {
            countWord(i);
            start = -1;
        }
    }
    if (start >= 0)
        countWord(text.size());
    const auto best = std::max_element(hits.begin(), hits.end());
    const int bestHits = best == hits.end() ? 0 : *best;
    // Text in one of our stop-word languages has 30-50% stop words; far fewer
    // means another language, which its own letters may tell.
    if (bestHits * 10 < words) {
        const auto hint = std::max_element(hinted.begin(), hinted.end());
        if (significant(*hint, letters, 0.005))
            return QString::fromUtf16(kLatinHints[size_t(hint - hinted.begin())].language);
    }
    if (bestHits < kMinimumHits)
        return QStringLiteral("en");
    return m_profiles[size_t(best - hits.begin())].language();
}

} // namespace parallax
