// parallax_generate_synonyms: derives resources/wordnet/synonyms.bin from the
// WordNet 3.0 index files (Debian wordnet-base, /usr/share/wordnet). Keys are
// tokenKey(stem(fold(lemma))) with the English Normalizer, the exact keys of
// run-time Token::stem, so lookups need no text at run time. See
// resources/wordnet/README.md and SynonymTable for the format.

#include "model/tokenkey.h"
#include "text/normalizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

using namespace parallax;

namespace {

constexpr int maxStoredSenses = 8; // run time may use fewer (SynonymTable maxSenses)

struct Entry
{
    quint64 key;
    quint32 group;
    int rank;
};

struct Sense
{
    quint32 group;
    int rank;
};

// lemma → its senses (synset groups, most frequent first) for one part of speech.
using Lexicon = std::map<QString, std::vector<Sense>>;

bool isPlainWord(const QString &lemma)
{
    return !lemma.isEmpty()
        && std::all_of(lemma.begin(), lemma.end(), [](QChar c) { return c.isLetter() || c == u'\''; });
}

// Lines of a WordNet file split on spaces, without the licence header
// (lines starting with a space).
std::vector<QStringList> readLines(const QString &path, bool &ok)
{
    std::vector<QStringList> lines;
    QFile file(path);
    ok = file.open(QIODevice::ReadOnly | QIODevice::Text);
    while (ok && !file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        if (!line.startsWith(u' ') && !line.trimmed().isEmpty())
            lines.push_back(line.trimmed().split(u' ', Qt::SkipEmptyParts));
    }
    return lines;
}

// index.<pos> lines: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt
// tagsense_cnt synset_offset... with offsets most frequent sense first
// (man 5 wndb).
bool readIndex(const QString &path, QChar pos, std::map<std::pair<QChar, quint32>, quint32> &groups,
               Lexicon &lexicon)
{
    bool ok = false;
    for (const QStringList &fields : readLines(path, ok)) {
        if (fields.size() < 6 || fields[1].size() != 1)
            continue;
        const QString lemma = fields[0];
        if (!isPlainWord(lemma))
            continue; // multi-word expressions ("buy_out") and hyphenated forms are several tokens
        const int synsetCount = fields[2].toInt();
        const int firstOffset = 4 + fields[3].toInt() + 2;
        if (fields.size() < firstOffset + synsetCount)
            continue;
        std::vector<Sense> &senses = lexicon[lemma];
        for (int rank = 0; rank < std::min(synsetCount, maxStoredSenses); ++rank) {
            const quint32 offset = fields[firstOffset + rank].toUInt();
            const quint32 id = groups.emplace(std::pair {pos, offset}, quint32(groups.size())).first->second;
            senses.push_back(Sense {id, rank});
        }
    }
    return ok;
}

// <pos>.exc lines: inflected form, then base forms ("bought buy", "said
// say"). Irregular forms do not stem to their base, so they get the
// base's senses under their own key.
bool readExceptions(const QString &path, const Lexicon &lexicon, Normalizer &normalizer,
                    std::vector<Entry> &entries)
{
    bool ok = false;
    for (const QStringList &fields : readLines(path, ok)) {
        if (fields.size() < 2 || !isPlainWord(fields[0]))
            continue;
        const quint64 key = tokenKey(normalizer.stem(Normalizer::fold(fields[0])));
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const auto it = lexicon.find(fields[i]);
            if (it != lexicon.end())
                for (const Sense &sense : it->second)
                    entries.push_back(Entry {key, sense.group, sense.rank});
        }
    }
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: %s WORDNET_DICT_DIR OUTPUT.bin\n", qPrintable(args.value(0)));
        return 2;
    }
    const QDir dict(args[1]);
    Normalizer normalizer(QStringLiteral("en"));
    std::map<std::pair<QChar, quint32>, quint32> groups;
    std::vector<Entry> entries;
    const std::tuple<const char *, const char *, char> parts[] = {{"index.noun", "noun.exc", 'n'},
                                                                  {"index.verb", "verb.exc", 'v'},
                                                                  {"index.adj", "adj.exc", 'a'},
                                                                  {"index.adv", "adv.exc", 'r'}};
    for (const auto &[index, exceptions, pos] : parts) {
        Lexicon lexicon;
        const QString indexPath = dict.filePath(QLatin1StringView(index));
        const QString exceptionPath = dict.filePath(QLatin1StringView(exceptions));
        if (!readIndex(indexPath, QChar(char16_t(pos)), groups, lexicon)
            || !readExceptions(exceptionPath, lexicon, normalizer, entries)) {
            std::fprintf(stderr, "cannot read %s or %s\n", qPrintable(indexPath), qPrintable(exceptionPath));
            return 1;
        }
        for (const auto &[lemma, senses] : lexicon) {
            const quint64 key = tokenKey(normalizer.stem(Normalizer::fold(lemma)));
            for (const Sense &sense : senses)
                entries.push_back(Entry {key, sense.group, sense.rank});
        }
    }

    // Best rank per (key, group); a group with a single key never relates
    // two different stems, so it is left out.
    std::map<std::pair<quint64, quint32>, int> best;
    for (const Entry &entry : entries) {
        auto [it, inserted] = best.emplace(std::pair {entry.key, entry.group}, entry.rank);
        if (!inserted)
            it->second = std::min(it->second, entry.rank);
    }
    std::map<quint32, std::set<quint64>> members;
    for (const auto &[keyGroup, rank] : best)
        members[keyGroup.second].insert(keyGroup.first);
    std::vector<std::pair<quint64, quint32>> table;
    for (const auto &[keyGroup, rank] : best)
        if (members[keyGroup.second].size() > 1)
            table.emplace_back(keyGroup.first, (quint32(rank) << 24) | keyGroup.second);
    std::sort(table.begin(), table.end());

    QByteArray bytes("PXSYN001", 8);
    auto append32 = [&](quint32 v) {
        uchar buffer[4];
        qToLittleEndian(v, buffer);
        bytes.append(reinterpret_cast<const char *>(buffer), 4);
    };
    append32(quint32(table.size()));
    append32(0);
    for (const auto &entry : table) {
        uchar buffer[8];
        qToLittleEndian(entry.first, buffer);
        bytes.append(reinterpret_cast<const char *>(buffer), 8);
    }
    for (const auto &entry : table)
        append32(entry.second);

    QSaveFile out(args[2]);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args[2]));
        return 1;
    }
    std::printf("%zu entries, %zu synsets, %lld bytes\n", table.size(), groups.size(),
                qlonglong(bytes.size()));
    return 0;
}
