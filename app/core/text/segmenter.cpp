#include "segmenter.h"

#include "text/normalizer.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>

namespace parallax {

using namespace Qt::StringLiterals;

namespace {

struct LanguageWords
{
    const char16_t *language; // nullptr: every language
    const char16_t *words; // separated by spaces
};

// Abbreviations after which a sentence never ends (ICU's sentence rules end
// one after "Dr. Smith"). Matched case-sensitively against the whole last
// word before a break.
//
// Why not ICU's FilteredBreakIteratorBuilder / "@ss=standard": in ICU 72 it
// matches its suppressions as bare suffixes, without a word boundary, so with
// the German data every word ending in "r." ("Müller.", "Peter.") never ends a
// sentence, and with the English data "Lt." still breaks. Matching whole
// words ourselves is both simpler and right.
constexpr std::array<LanguageWords, 9> kNeverFinal {{
    {nullptr, u"Dr. Drs. Prof. vs. approx. Mr. Mrs. Ms. Messrs. Mme. Mmes. Mlle."},
    {u"en",
     u"Gen. Lt. Col. Maj. Capt. Cmdr. Sgt. Cpl. Pvt. Adm. Brig. Sen. Sens. Rep. Reps. Gov. Pres. Rev. Hon. "
     u"Supt. Insp. Det. Atty. Msgr."},
    {u"de", u"Hr. Fr. bzw. ca. vgl. usw. z."},
    {u"fr", u"MM. Mgr. Me. Ste. env. janv. févr. oct. nov. déc."},
    {u"es", u"Sr. Sra. Srta. Dra. Ud. Uds. Sto. Sta. ene. feb. sept. oct. nov. dic."},
    {u"it", u"Sig. Sigg. Dott. On. Avv. Ing. gen. feb. sett. ott. nov. dic."},
    {u"pt", u"Sr. Sra. Srta. Dra. Exmo. Exma. jan. fev. set. out. nov. dez."},
    {u"nl", u"dhr. mevr. mr. ir. drs. bijv. jl."},
    {u"ru", u"ул. им. стр. см. проф. акад. тов."},
}};

// Abbreviations that may end a sentence ("Apple Inc. The ..." vs "Apple Inc.
// CEO ...", "in Palo Alto, Calif. The ..." vs "Jan. 30", "St. Paul"): handled
// like "U.S." by shouldJoin.
constexpr std::array<LanguageWords, 4> kConditional {{
    {nullptr, u"Inc. Corp. Ltd. Co. Bros. Jr. Sr. St. Mt. Ft."},
    {u"en",
     u"Ave. Blvd. Rd. Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Ala. Ariz. Ark. Calif. "
     u"Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. "
     u"Okla. Ore. Pa. Penn. Tenn. Tex. Va. Vt. Wash. Wis. Wyo."},
    {u"ru", u"г. гг. тыс. млн. млрд. руб. долл."},
    {u"de", u"Str. Jan. Feb. Aug. Sept. Okt. Nov. Dez."},
}};

// Abbreviations that come before a number: a sentence never ends in them
// when a number follows ("No. 10", "Art. 5", "p. 12").
constexpr std::array<LanguageWords, 1> kBeforeNumber {{
    {nullptr, u"No. Nos. no. nos. Nr. Art. art. Fig. fig. p. pp. Vol. vol. Ch. ch. Sec. sec. Abs. S. Bd. №"},
}};

// Never sentence-final: always continue after them.
constexpr const char16_t *kAlwaysContinue = u"e.g. i.e. cf. viz. z.b. d.h. u.a. т.е. т.к. т.н.";

// English reporting verbs: '"Is it over?" Putin asked.' is one sentence.
constexpr const char16_t *kReportingVerbs
    = u"said says asked asks told tells added adds wrote writes noted notes replied replies explained "
      u"explains stated states continued insisted insists declared declares shouted warned warns recalled "
      u"recalls argued argues acknowledged admitted conceded countered responded suggested tweeted";

// Languages that quote »like this« (or »this»).
constexpr const char16_t *kGuillemetsInwardLanguages = u"de da sv fi cs sk sl hr hu pl";

// Languages that write ordinal numbers with a period ("am 3. März").
constexpr const char16_t *kOrdinalDotLanguages = u"de da no nb nn fi is cs sk sl hr sr hu et lv lt tr";

bool isSoftBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == u'\u0085' || c == u'\u2028'
        || c == u'\u2029';
}

bool isOpening(char16_t c)
{
    switch (c) {
    case u'"':
    case u'\'':
    case u'\u201C':
    case u'\u2018':
    case u'\u201E':
    case u'\u201A':
    case u'\u00AB':
    case u'\u2039':
    case u'(':
    case u'[':
    case u'{':
    case u'\u00BF':
    case u'\u00A1':
    case u'-':
    case u'\u2013':
    case u'\u2014':
    case u'*':
        return true;
    default:
        return false;
    }
}

bool isClosingQuote(char16_t c)
{
    switch (c) {
    case u'"':
    case u'\'':
    case u'\u201D':
    case u'\u2019':
    case u'\u00BB':
    case u'\u203A':
    case u'\u00AB':
    case u'\u2039':
    case u'\u300D':
    case u'\u300F':
    case u'\uFF02':
        return true;
    default:
        return false;
    }
}

bool isClosing(char16_t c)
{
    return isClosingQuote(c) || c == u')' || c == u']' || c == u'}';
}

bool isTerminal(char16_t c)
{
    switch (c) {
    case u'.':
    case u'!':
    case u'?':
    case u'\u2026':
    case u'\u203C':
    case u'\u2047':
    case u'\u2048':
    case u'\u2049':
    case u'\u3002':
    case u'\uFF01':
    case u'\uFF1F':
        return true;
    default:
        return false;
    }
}

bool containsWord(QStringView list, QStringView word)
{
    for (QStringView entry : list.split(u' ', Qt::SkipEmptyParts)) {
        if (entry == word)
            return true;
    }
    return false;
}

bool isLetterOrNumber(QChar c)
{
    return c.isLetterOrNumber() || c.isSurrogate();
}

// The last whitespace-separated word of `piece`, without opening punctuation.
QStringView lastWord(QStringView piece)
{
    piece = piece.trimmed();
    qsizetype start = piece.size();
    while (start > 0 && !piece[start - 1].isSpace())
        --start;
    QStringView word = piece.mid(start);
    while (!word.isEmpty() && isOpening(word.front().unicode()))
        word = word.mid(1);
    return word;
}

// The first word of `piece` without surrounding punctuation.
QStringView firstWord(QStringView piece)
{
    piece = piece.trimmed();
    while (!piece.isEmpty() && !isLetterOrNumber(piece.front()))
        piece = piece.mid(1);
    qsizetype end = 0;
    while (end < piece.size() && !piece[end].isSpace())
        ++end;
    QStringView word = piece.left(end);
    while (!word.isEmpty() && !isLetterOrNumber(word.back()))
        word.chop(1);
    return word;
}

// "U.S.", "e.g.", "a.m.", "EE.UU.", "Ph.D.": two or more groups of 1-3
// letters, each followed by a period.
bool isMultiDotAbbreviation(QStringView word)
{
    if (!word.endsWith(u'.'))
        return false;
    int groups = 0;
    for (QStringView group : word.chopped(1).split(u'.')) {
        if (group.isEmpty() || group.size() > 3)
            return false;
        for (const QChar c : group) {
            if (!c.isLetter())
                return false;
        }
        ++groups;
    }
    return groups >= 2;
}

// "J." of "J. K. Rowling", "George W. Bush".
bool isInitial(QStringView word)
{
    return word.size() == 2 && word[0].isUpper() && word[1] == u'.';
}

// A list marker standing alone: "1.", "12)", "b.", "iv.", "(3)". ICU ends a
// sentence after "1." at the start of a list item; the item is one sentence.
bool isEnumerator(QStringView sentence)
{
    sentence = sentence.trimmed();
    if (sentence.startsWith(u'('))
        sentence = sentence.sliced(1);
    if (sentence.size() < 2 || (!sentence.endsWith(u'.') && !sentence.endsWith(u')')))
        return false;
    const QStringView marker = sentence.chopped(1);
    if (marker.size() > 4)
        return false;
    const auto all = [marker](auto predicate) { return std::all_of(marker.begin(), marker.end(), predicate); };
    return all([](QChar c) { return c.isDigit(); }) || (marker.size() == 1 && marker[0].isLetter())
        || all([](QChar c) { return QStringView(u"ivxlcIVXLC").contains(c); });
}

bool isOrdinal(QStringView word)
{
    if (word.size() < 2 || word.size() > 5 || !word.endsWith(u'.'))
        return false;
    for (const QChar c : word.chopped(1)) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

bool startsUpper(QStringView word)
{
    return !word.isEmpty() && (word.front().isUpper() || word.front().isTitleCase());
}

// `piece` ends in terminal punctuation inside closing quotes: '... over?"'.
bool endsWithQuotedTerminal(QStringView piece)
{
    piece = piece.trimmed();
    bool quoted = false;
    while (!piece.isEmpty() && (isClosing(piece.back().unicode()) || piece.back().isSpace())) {
        quoted = quoted || isClosingQuote(piece.back().unicode());
        piece.chop(1);
    }
    return quoted && !piece.isEmpty() && isTerminal(piece.back().unicode());
}

icu::Locale localeOf(const QString &language)
{
    return icu::Locale(language.isEmpty() ? "en" : language.toLatin1().constData());
}

} // namespace

struct Segmenter::Private
{
    QString language;
    StopWordList stopWords;
    std::unique_ptr<icu::BreakIterator> sentenceIterator;
    std::unique_ptr<icu::BreakIterator> wordIterator;
    QString neverFinal;
    QString conditional;
    QString beforeNumber;
    bool ordinalDot = false;
    bool english = false;
    QString closers; // closing quotes and brackets that never start a sentence

    // Reused per call: the range with soft breaks as spaces, and ICU's view of it.
    QString buffer;
    UText text = UTEXT_INITIALIZER;
    std::vector<int32_t> breaks;

    ~Private() { utext_close(&text); }

    void createIterators();
    bool load(icu::BreakIterator &iterator, const QString &source, TextSpan range);
    bool shouldJoin(QStringView previous, QStringView next) const;
    bool startsWithReportingClause(QStringView next) const;
    bool isCjkAttribution(QStringView next) const;
    int32_t afterClosingQuotes(QStringView view, int32_t at, int32_t limit) const;
};

// ICU ends a sentence before a closing quote that follows a space, as French
// typography puts one there ('« Nous gagnerons ! »'): move such a break to
// after the quote, where it belongs.
int32_t Segmenter::Private::afterClosingQuotes(QStringView view, int32_t at, int32_t limit) const
{
    int32_t position = at;
    while (position < limit && view[position].isSpace())
        ++position;
    if (position == limit || !closers.contains(view[position]))
        return at;
    while (position < limit && (closers.contains(view[position]) || view[position].isSpace()))
        ++position;
    return position;
}

// "“这是不可能的。”他说。", "「こんにちは。」と彼は言った。": the attribution after a
// quotation is part of its sentence.
bool Segmenter::Private::isCjkAttribution(QStringView next) const
{
    next = next.trimmed();
    if (language == u"ja")
        return next.startsWith(u'\u3068') || next.startsWith(u"\u3063\u3066"); // と, って
    if (language == u"zh") {
        static constexpr std::array<const char16_t *, 6> verbs {
            u"\u8BF4", u"\u8AAA", u"\u9053", u"\u8868\u793A", u"\u79F0", u"\u95EE"}; // 说 說 道 表示 称 问
        if (next.size() > 16)
            return false;
        for (const char16_t *verb : verbs) {
            if (next.contains(QStringView(verb)))
                return true;
        }
    }
    return false;
}

void Segmenter::Private::createIterators()
{
    const icu::Locale locale = localeOf(language);
    UErrorCode status = U_ZERO_ERROR;
    sentenceIterator.reset(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status))
        sentenceIterator.reset();
    status = U_ZERO_ERROR;
    wordIterator.reset(icu::BreakIterator::createWordInstance(locale, status));
    if (U_FAILURE(status))
        wordIterator.reset();
}

// Copies text[range] into the buffer (soft breaks → spaces, same length, so
// offsets stay valid) and hands it to `iterator`.
bool Segmenter::Private::load(icu::BreakIterator &iterator, const QString &source, TextSpan range)
{
    buffer.resize(range.length());
    const QChar *from = source.constData() + range.start;
    QChar *to = buffer.data();
    for (qsizetype i = 0; i < range.length(); ++i)
        to[i] = isSoftBreak(from[i].unicode()) ? QChar(u' ') : from[i];
    UErrorCode status = U_ZERO_ERROR;
    utext_openUChars(&text, reinterpret_cast<const char16_t *>(buffer.utf16()), buffer.size(), &status);
    if (U_FAILURE(status))
        return false;
    iterator.setText(&text, status);
    return U_SUCCESS(status);
}

// Whether ICU's break between `previous` and `next` is wrong. The rule:
// - after an abbreviation of kNeverFinal (Dr., Gen., Jan., vs.): join;
// - after e.g./i.e./cf. (never sentence-final): join;
// - after "No.", "Art.", "p." and the like: join when a number follows;
// - after a multi-dot abbreviation (U.S., a.m.), a single initial (J.), a
//   conditional abbreviation (Inc., Jr.) or, in languages that write them so,
//   an ordinal number (3.): join when the next piece does not start with an
//   upper-case letter (lower case, digits) or starts with a capitalized word
//   that is not a stop word — a name or title continuing ("U.S. President",
//   "J. K. Rowling"); a capitalized stop word ("U.S. The ...", "p.m. Then")
//   starts a new sentence;
// - after terminal punctuation inside closing quotes ('"Is it over?"'):
//   join when the next piece starts lower-case ('he asked.'), in English is a
//   reporting clause ('Putin asked.', 'Foreign Minister Lavrov said'), or in
//   Chinese and Japanese is an attribution ('他说。', 'と彼は言った。').
// Also join a piece that holds no letter or digit (stray punctuation).
bool Segmenter::Private::shouldJoin(QStringView previous, QStringView next) const
{
    const QStringView first = firstWord(next);
    if (first.isEmpty())
        return true;
    if (isEnumerator(previous))
        return true;
    const QStringView last = lastWord(previous);
    if (containsWord(neverFinal, last) || containsWord(kAlwaysContinue, last.toString().toLower()))
        return true;
    if (containsWord(beforeNumber, last))
        return first.front().isDigit();
    const bool abbreviation = isMultiDotAbbreviation(last) || isInitial(last)
        || containsWord(conditional, last) || (ordinalDot && isOrdinal(last));
    if (abbreviation)
        return !startsUpper(first) || !stopWords.contains(first);
    if (endsWithQuotedTerminal(previous))
        return first.front().isLower() || (english && startsWithReportingClause(next))
            || isCjkAttribution(next);
    return false;
}

// "Putin said", "Foreign Minister Sergei Lavrov told reporters": up to four
// capitalized words (or "the") followed by a reporting verb.
bool Segmenter::Private::startsWithReportingClause(QStringView next) const
{
    int index = 0;
    for (QStringView word : next.trimmed().split(u' ', Qt::SkipEmptyParts)) {
        while (!word.isEmpty() && !word.back().isLetter())
            word.chop(1);
        const QString folded = Normalizer::fold(word);
        if (index > 0 && containsWord(kReportingVerbs, folded))
            return true;
        if (index >= 4 || (!startsUpper(word) && folded != u"the"))
            return false;
        ++index;
    }
    return false;
}

Segmenter::Segmenter(const QString &language, StopWordList stopWords)
    : d(std::make_unique<Private>())
{
    d->language = language;
    d->stopWords = std::move(stopWords);
    d->english = language == u"en";
    d->ordinalDot = containsWord(kOrdinalDotLanguages, language);
    // » closes a quotation except where »…« or »…» is the custom; there « closes.
    d->closers = u"\u201D\u2019)]}\u300D\u300F"_s;
    d->closers += containsWord(kGuillemetsInwardLanguages, language) ? u'\u00AB' : u'\u00BB';
    for (const LanguageWords &entry : kNeverFinal) {
        if (entry.language == nullptr || QStringView(language) == QStringView(entry.language))
            d->neverFinal += QStringView(entry.words) + u' ';
    }
    for (const LanguageWords &entry : kConditional) {
        if (entry.language == nullptr || QStringView(language) == QStringView(entry.language))
            d->conditional += QStringView(entry.words) + u' ';
    }
    for (const LanguageWords &entry : kBeforeNumber) {
        if (entry.language == nullptr || QStringView(language) == QStringView(entry.language))
            d->beforeNumber += QStringView(entry.words) + u' ';
    }
    d->createIterators();
}

Segmenter::~Segmenter() = default;

bool Segmenter::isValid() const
{
    return d->sentenceIterator && d->wordIterator;
}

void Segmenter::sentences(const QString &text, TextSpan range, std::vector<TextSpan> &out)
{
    out.clear();
    std::vector<int32_t> &breaks = d->breaks;
    breaks.clear();
    if (d->sentenceIterator && d->load(*d->sentenceIterator, text, range)) {
        for (int32_t at = d->sentenceIterator->first(); at != icu::BreakIterator::DONE;
             at = d->sentenceIterator->next())
            breaks.push_back(at);
    }
    if (breaks.empty() || breaks.front() != 0)
        breaks.insert(breaks.begin(), 0);
    if (breaks.back() != range.length())
        breaks.push_back(int32_t(range.length()));

    const QStringView buffer(d->buffer.constData(), range.length());
    auto addSentence = [&](qsizetype start, qsizetype end) {
        while (start < end && buffer[start].isSpace())
            ++start;
        while (end > start && buffer[end - 1].isSpace())
            --end;
        if (start < end)
            out.push_back({range.start + start, range.start + end});
    };
    qsizetype start = 0;
    for (size_t i = 1; i + 1 < breaks.size(); ++i) {
        breaks[i] = d->afterClosingQuotes(buffer, breaks[i], breaks[i + 1]);
        const QStringView previous = buffer.mid(start, breaks[i] - start);
        const QStringView next = buffer.mid(breaks[i], breaks[i + 1] - breaks[i]);
        if (d->shouldJoin(previous, next))
            continue;
        addSentence(start, breaks[i]);
        start = breaks[i];
    }
    addSentence(start, range.length());
}

void Segmenter::words(const QString &text, TextSpan range, std::vector<Word> &out)
{
    out.clear();
    icu::BreakIterator *iterator = d->wordIterator.get();
    if (iterator == nullptr || !d->load(*iterator, text, range))
        return;
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator->next()) {
        const int status = iterator->getRuleStatus();
        if (status >= UBRK_WORD_NONE_LIMIT)
            out.push_back({{range.start + start, range.start + end}, status});
    }
}

} // namespace parallax
