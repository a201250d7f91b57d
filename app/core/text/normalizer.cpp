#include "normalizer.h"

#include "model/tokenkey.h"

#include <QHash>
#include <QSet>

#include <libstemmer.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>

namespace parallax {

namespace {

struct LanguageName
{
    const char16_t *code;
    const char *snowball;
};

// ISO 639-1 → Snowball algorithm name (sb_stemmer_list() of libstemmer 2.2).
constexpr std::array<LanguageName, 28> kStemmers {{
    {u"ar", "arabic"},     {u"ca", "catalan"},   {u"da", "danish"},     {u"de", "german"},
    {u"el", "greek"},      {u"en", "english"},   {u"es", "spanish"},    {u"eu", "basque"},
    {u"fi", "finnish"},    {u"fr", "french"},    {u"ga", "irish"},      {u"hi", "hindi"},
    {u"hu", "hungarian"},  {u"hy", "armenian"},  {u"id", "indonesian"}, {u"it", "italian"},
    {u"lt", "lithuanian"}, {u"nb", "norwegian"}, {u"ne", "nepali"},     {u"nl", "dutch"},
    {u"nn", "norwegian"},  {u"no", "norwegian"}, {u"pt", "portuguese"}, {u"ro", "romanian"},
    {u"ru", "russian"},    {u"sr", "serbian"},   {u"sv", "swedish"},    {u"tr", "turkish"},
}};

// Words that negate what a sentence says (folded forms). English "n't" is
// matched as a suffix instead. French "n" is the elided "ne" of "n'est".
const char16_t *negationWords(QStringView language)
{
    struct Entry
    {
        const char16_t *language;
        const char16_t *words;
    };
    static constexpr std::array<Entry, 12> table {{
        {u"en", u"not no never nor none nobody nothing neither nowhere without cannot"},
        {u"de", u"nicht kein keine keinen keinem keiner keines nie niemals niemand nichts weder ohne"},
        {u"fr", u"ne n pas jamais aucun aucune rien ni sans non guère"},
        {u"es", u"no nunca jamás ningún ninguno ninguna nada nadie ni tampoco sin"},
        {u"it", u"non mai nessuno nessuna niente nulla né senza"},
        {u"pt", u"não nunca jamais nenhum nenhuma nada ninguém nem sem"},
        {u"nl", u"niet geen nooit niemand niets noch zonder"},
        {u"ru", u"не нет ни никогда ничего никто нигде ничто никакой без"},
        {u"sv", u"inte ej icke aldrig ingen inget inga utan"},
        {u"da", u"ikke aldrig ingen intet uden"},
        {u"no", u"ikke ikkje aldri ingen inkje uten"},
        {u"nb", u"ikke aldri ingen uten"},
    }};
    for (const Entry &entry : table) {
        if (language == QStringView(entry.language))
            return entry.words;
    }
    return u"";
}

// Elided articles and pronouns written with an apostrophe before the next
// word ("l'homme", "dell'anno", "qu'il"); split off as their own token.
const char16_t *elisionPrefixes(QStringView language)
{
    if (language == u"fr")
        return u"l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu";
    if (language == u"it")
        return u"l d c m n s t v un dell all dall nell sull coll pell quell quest nessun";
    if (language == u"ca")
        return u"l d m n s t";
    return u"";
}

QSet<quint64> keysOf(const char16_t *words)
{
    QSet<quint64> keys;
    for (QStringView word : QStringView(words).split(u' ', Qt::SkipEmptyParts))
        keys.insert(tokenKey(Normalizer::fold(word)));
    return keys;
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC' || c == u'\u2018';
}

// The fold mapping applied after NFKC_Casefold (which leaves these alone).
char16_t foldPunctuation(char16_t c)
{
    switch (c) {
    case u'\u2018':
    case u'\u2019':
    case u'\u201B':
    case u'\u02BC':
    case u'\u2032':
    case u'`':
    case u'\u00B4':
        return u'\'';
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u201F':
    case u'\u00AB':
    case u'\u00BB':
    case u'\u2039':
    case u'\u203A':
    case u'\u2033':
        return u'"';
    case u'\u2212':
        return u'-';
    case u'\u0451': // ё
        return u'\u0435';
    default:
        break;
    }
    if (c >= 0x80 && QChar::category(char32_t(c)) == QChar::Punctuation_Dash)
        return u'-';
    return c;
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool containsDigit(QStringView text)
{
    for (const QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

bool startsUpperCase(QStringView text)
{
    if (text.isEmpty())
        return false;
    char32_t first = text.front().unicode();
    if (text.front().isHighSurrogate() && text.size() > 1 && text[1].isLowSurrogate())
        first = QChar::surrogateToUcs4(text[0], text[1]);
    const QChar::Category category = QChar::category(first);
    return category == QChar::Letter_Uppercase || category == QChar::Letter_Titlecase;
}

// fold() into a reused buffer; ASCII words (most of them) skip ICU.
void foldInto(QStringView word, QString &out, icu::UnicodeString &scratch)
{
    if (isAscii(word)) {
        out.resize(word.size());
        QChar *data = out.data();
        for (qsizetype i = 0; i < word.size(); ++i) {
            char16_t c = word[i].unicode();
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + (u'a' - u'A'));
            else if (c == u'`')
                c = u'\'';
            data[i] = QChar(c);
        }
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
    const icu::UnicodeString source(false, reinterpret_cast<const char16_t *>(word.utf16()),
                                    int32_t(word.size()));
    if (U_FAILURE(status) || nfkc == nullptr) {
        out = word.toString().toCaseFolded();
    } else {
        nfkc->normalize(source, scratch, status);
        if (U_FAILURE(status)) {
            out = word.toString().toCaseFolded();
        } else {
            out.resize(scratch.length());
            std::copy_n(scratch.getBuffer(), scratch.length(), reinterpret_cast<char16_t *>(out.data()));
        }
    }
    for (QChar &c : out)
        c = QChar(foldPunctuation(c.unicode()));
}

} // namespace

struct Normalizer::Private
{
    QString language;
    sb_stemmer *stemmer = nullptr;
    StopWordList stopWords;
    QSet<quint64> negations;
    QSet<quint64> elisions;
    bool english = false;
    QHash<quint64, quint64> stemKeys; // form key → stem key, filled as words come

    // Reused buffers: no heap traffic per token once they have grown.
    QString folded;
    QString stemmed;
    QByteArray utf8;
    icu::UnicodeString scratch;

    ~Private()
    {
        if (stemmer != nullptr)
            sb_stemmer_delete(stemmer);
    }

    QStringView stemView(QStringView foldedWord);
    void appendToken(QStringView original, TextSpan span, QStringView key, std::vector<Token> &out);
};

QStringView Normalizer::Private::stemView(QStringView word)
{
    if (stemmer == nullptr || word.isEmpty() || containsDigit(word))
        return word;
    if (english) {
        if (word.size() > 2 && word.endsWith(u"'s"))
            word.chop(2);
        else if (word.size() > 1 && word.endsWith(u'\''))
            word.chop(1);
    }
    const bool ascii = isAscii(word);
    if (ascii) {
        utf8.resize(word.size());
        for (qsizetype i = 0; i < word.size(); ++i)
            utf8[i] = char(word[i].unicode());
    } else {
        utf8 = word.toUtf8();
    }
    const sb_symbol *result
        = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (result == nullptr) // out of memory inside libstemmer
        return word;
    const int length = sb_stemmer_length(stemmer);
    if (ascii) {
        stemmed.resize(length);
        for (int i = 0; i < length; ++i)
            stemmed[i] = QChar(char16_t(result[i]));
    } else {
        stemmed = QString::fromUtf8(reinterpret_cast<const char *>(result), length);
    }
    return stemmed;
}

void Normalizer::Private::appendToken(QStringView original, TextSpan span, QStringView key,
                                      std::vector<Token> &out)
{
    foldInto(key, folded, scratch);
    Token token;
    token.span = span;
    token.form = tokenKey(folded);
    const auto cached = stemKeys.constFind(token.form);
    if (cached != stemKeys.constEnd()) {
        token.stem = cached.value();
    } else {
        token.stem = tokenKey(stemView(folded));
        stemKeys.insert(token.form, token.stem);
    }
    if (stopWords.contains(token.form))
        token.flags |= Token::StopWord;
    if (containsDigit(original))
        token.flags |= Token::Number;
    if (negations.contains(token.form) || (english && QStringView(folded).endsWith(u"n't")))
        token.flags |= Token::Negation;
    if (startsUpperCase(original))
        token.flags |= Token::Capitalized;
    out.push_back(token);
}

Normalizer::Normalizer(const QString &language)
    : d(std::make_unique<Private>())
{
    d->language = language;
    for (const LanguageName &entry : kStemmers) {
        if (QStringView(language) == QStringView(entry.code)) {
            d->stemmer = sb_stemmer_new(entry.snowball, "UTF_8");
            break;
        }
    }
    const bool norwegian = language == u"nb" || language == u"nn";
    d->stopWords = StopWordList::load(norwegian ? QStringLiteral("no") : language);
    d->negations = keysOf(negationWords(language));
    d->elisions = keysOf(elisionPrefixes(language));
    d->english = language == u"en";
}

Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer &&other) noexcept = default;
Normalizer &Normalizer::operator=(Normalizer &&other) noexcept = default;

const QString &Normalizer::language() const
{
    return d->language;
}

bool Normalizer::hasStemmer() const
{
    return d->stemmer != nullptr;
}

const StopWordList &Normalizer::stopWords() const
{
    return d->stopWords;
}

QString Normalizer::fold(QStringView word)
{
    QString out;
    icu::UnicodeString scratch;
    foldInto(word, out, scratch);
    return out;
}

QString Normalizer::stem(QStringView folded)
{
    return d->stemView(folded).toString();
}

void Normalizer::appendTokens(QStringView text, TextSpan span, std::vector<Token> &out)
{
    const QStringView word = text.mid(span.start, span.length());
    if (!d->elisions.isEmpty()) {
        for (qsizetype i = 1; i + 1 < word.size() && i <= 7; ++i) {
            if (!isApostrophe(word[i].unicode()))
                continue;
            const QStringView prefix = word.left(i);
            if (d->elisions.contains(tokenKey(fold(prefix)))) {
                d->appendToken(word.left(i + 1), {span.start, span.start + i + 1}, prefix, out);
                d->appendToken(word.mid(i + 1), {span.start + i + 1, span.end}, word.mid(i + 1), out);
                return;
            }
            break;
        }
    }
    d->appendToken(word, span, word, out);
}

} // namespace parallax
