#include "sentencepairreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace parallax {

namespace {

constexpr qint64 maxBytes
    = 512LL * 1024 * 1024; // far above any pair file; guards against reading a disk image

Error lineError(const QString &name, int lineNumber, const QString &what)
{
    return Error {
        name,
        QCoreApplication::translate("parallax::SentencePairReader", "line %1: %2").arg(lineNumber).arg(what)};
}

bool isHeader(const QStringList &fields)
{
    const QString first = fields.value(0).trimmed();
    return first.compare(u"Quality", Qt::CaseInsensitive) == 0
        || first.compare(u"#1 ID", Qt::CaseInsensitive) == 0;
}

// Parses one data line into `pair`; returns an empty string or what is wrong.
QString parseLine(const QStringList &fields, bool labelColumn, SentencePair &pair)
{
    const int expected = labelColumn ? 5 : 4;
    if (fields.size() != expected && !(fields.size() == 4 && labelColumn))
        return QCoreApplication::translate("parallax::SentencePairReader",
                                           "expected %1 tab-separated fields, found %2")
            .arg(expected)
            .arg(fields.size());
    int i = 0;
    if (fields.size() == 5) {
        const QString label = fields[0].trimmed();
        if (label == u"1")
            pair.label = 1;
        else if (label == u"0")
            pair.label = 0;
        else if (label.isEmpty())
            pair.label = -1;
        else
            return QStringLiteral("label must be 0, 1 or empty, found \"%1\"").arg(label.left(20));
        i = 1;
    }
    pair.id1 = fields[i].trimmed();
    pair.id2 = fields[i + 1].trimmed();
    pair.text1 = fields[i + 2].trimmed();
    pair.text2 = fields[i + 3].trimmed();
    if (pair.text1.isEmpty() || pair.text2.isEmpty())
        return QCoreApplication::translate("parallax::SentencePairReader", "empty sentence");
    return {};
}

} // namespace

Result<std::vector<SentencePair>> SentencePairReader::read(QIODevice &device, const QString &name)
{
    if (!device.isReadable())
        return Error {name,
                      QCoreApplication::translate("parallax::SentencePairReader", "cannot read: %1")
                          .arg(device.errorString())};
    const QByteArray bytes = device.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Error {name,
                      QCoreApplication::translate("parallax::SentencePairReader",
                                                  "file too large for a sentence-pair list")};
    if (bytes.contains('\0'))
        return Error {
            name,
            QCoreApplication::translate("parallax::SentencePairReader", "binary file (contains NUL bytes)")};

    QStringDecoder decoder(QStringDecoder::Utf8); // drops a leading BOM
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return Error {name,
                      QCoreApplication::translate("parallax::SentencePairReader", "not valid UTF-8 text")};

    std::vector<SentencePair> pairs;
    bool seenFirst = false;
    bool labelColumn = true;
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        QStringView line = lines[n];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = line.toString().split(u'\t');
        if (!seenFirst) {
            seenFirst = true;
            if (isHeader(fields)) {
                labelColumn = fields.value(0).trimmed().compare(u"Quality", Qt::CaseInsensitive) == 0;
                continue;
            }
        }
        SentencePair pair;
        const QString problem = parseLine(fields, labelColumn, pair);
        if (!problem.isEmpty())
            return lineError(name, n + 1, problem);
        pairs.push_back(std::move(pair));
    }
    return pairs;
}

Result<std::vector<SentencePair>> SentencePairReader::readFile(const QString &path)
{
    if (QFileInfo(path).isDir())
        return Error {path, QCoreApplication::translate("parallax::SentencePairReader", "is a directory")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {path,
                      QCoreApplication::translate("parallax::SentencePairReader", "cannot open: %1")
                          .arg(file.errorString())};
    return read(file, path);
}

} // namespace parallax
