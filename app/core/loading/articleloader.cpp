#include "articleloader.h"

#include "binarysniffer.h"
#include "encodingdetector.h"
#include "htmlextractor.h"
#include "htmlprescan.h"
#include "markdownextractor.h"
#include "plaintextlayout.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace parallax {

namespace {

enum class Format { Text, Html, Markdown };

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return Format::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    return Format::Text;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        return QStringLiteral("markdown");
    case Format::Text:
        break;
    }
    return QStringLiteral("text");
}

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("parallax::ArticleLoader", "%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("parallax::ArticleLoader", "%1 KB")
            .arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QCoreApplication::translate("parallax::ArticleLoader", "%1 MB")
        .arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

Error tooLarge(const QString &path, qint64 size, qint64 limit)
{
    return Error {
        path,
        QCoreApplication::translate("parallax::ArticleLoader", "file too large (%1; the limit is %2)")
            .arg(humanSize(size), humanSize(limit))};
}

// Line ends become '\n' (the offsets of the whole engine are into this text);
// a leading byte order mark is not text.
QString normalizeLineEnds(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    text.replace(QChar(0x2029), QStringLiteral("\n\n"));
    text.replace(QChar(0x2028), u'\n');
    return text;
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// Rules ("* * *", "-----") and stray symbols carry no sentence: they stay in
// the text but are not blocks.
void dropBlocksWithoutWords(Article &article)
{
    const QStringView text(article.text);
    article.blocks.removeIf([text](const TextSpan &span) {
        const QStringView block = text.sliced(span.start, span.length());
        return std::none_of(block.begin(), block.end(), [](QChar c) { return c.isLetterOrNumber(); });
    });
}

// A first block that reads like a headline: short, with a letter, not a sentence.
QString headlineOf(const Article &article)
{
    if (article.blocks.isEmpty())
        return {};
    const TextSpan first = article.blocks.first();
    const QStringView block = QStringView(article.text).sliced(first.start, first.length());
    if (block.size() > 200 || block.contains(u'\n') || PlainTextLayout::endsWithTerminalPunctuation(block))
        return {};
    bool letter = false;
    int words = 0;
    bool inWord = false;
    for (const QChar c : block) {
        letter = letter || c.isLetter();
        if (c.isSpace()) {
            inWord = false;
        } else if (!inWord) {
            inWord = true;
            ++words;
        }
    }
    if (!letter || words > 15)
        return {};
    return block.toString();
}

Result<Article> extract(Format format, QString text, const QString &path)
{
    switch (format) {
    case Format::Html: {
        const QByteArray utf8 = text.toUtf8();
        if (HtmlPrescan().nestsDeeperThan(utf8, HtmlExtractor::MaxNestingDepth))
            return Error {path,
                          QCoreApplication::translate("parallax::ArticleLoader",
                                                      "HTML nested too deeply (more than %1 levels)")
                              .arg(HtmlExtractor::MaxNestingDepth)};
        return HtmlExtractor().extract(utf8);
    }
    case Format::Markdown:
        return MarkdownExtractor().extract(text);
    case Format::Text:
        break;
    }
    Article article;
    article.blocks = PlainTextLayout().blocks(text);
    article.text = std::move(text);
    return article;
}

} // namespace

ArticleLoader::ArticleLoader(LoadOptions options)
    : m_options(options)
{ }

Result<Article> ArticleLoader::loadFile(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error {path, QCoreApplication::translate("parallax::ArticleLoader", "file not found")};
    if (info.isDir())
        return Error {path,
                      QCoreApplication::translate("parallax::ArticleLoader", "is a directory, not a file")};
    if (!info.isFile())
        return Error {path, QCoreApplication::translate("parallax::ArticleLoader", "not a regular file")};
    // Refuse before reading: a 200 MB file must never be loaded just to be rejected.
    if (info.size() > m_options.maxBytes)
        return tooLarge(path, info.size(), m_options.maxBytes);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::PermissionsError || !info.isReadable())
            return Error {path,
                          QCoreApplication::translate("parallax::ArticleLoader",
                                                      "cannot open the file (permission denied)")};
        return Error {path,
                      QCoreApplication::translate("parallax::ArticleLoader", "cannot open the file (%1)")
                          .arg(file.errorString())};
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error {path,
                      QCoreApplication::translate("parallax::ArticleLoader", "cannot read the file (%1)")
                          .arg(file.errorString())};
    return loadBytes(bytes, path);
}

Result<Article> ArticleLoader::loadBytes(const QByteArray &bytes, const QString &path) const
{
    if (bytes.isEmpty())
        return Error {path, QCoreApplication::translate("parallax::ArticleLoader", "empty file")};
    if (bytes.size() > m_options.maxBytes)
        return tooLarge(path, bytes.size(), m_options.maxBytes);

    const BinarySniffer sniffer;
    if (QString reason = sniffer.checkMagic(bytes); !reason.isEmpty())
        return Error {path, reason};

    const Format format = formatOf(path);
    const QByteArray declared = format == Format::Html ? HtmlPrescan().declaredCharset(bytes) : QByteArray();
    Result<DecodedText> decoded = EncodingDetector().decode(bytes, declared, format == Format::Html);
    if (!decoded)
        return Error {path, decoded.error().message};
    QString text = normalizeLineEnds(std::move(decoded.value().text));
    if (QString reason = sniffer.checkControlCharacters(text); !reason.isEmpty())
        return Error {path, reason};
    if (isBlank(text))
        return Error {path,
                      QCoreApplication::translate("parallax::ArticleLoader",
                                                  "no text (the file contains only whitespace)")};

    Result<Article> extracted = extract(format, std::move(text), path);
    if (!extracted)
        return extracted;
    Article article = std::move(extracted).value();
    dropBlocksWithoutWords(article);
    if (article.blocks.isEmpty())
        return Error {path, QCoreApplication::translate("parallax::ArticleLoader", "no readable text found")};
    article.path = path;
    article.format = formatName(format);
    article.encoding = decoded.value().encoding;
    article.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (article.title.isEmpty())
        article.title = headlineOf(article);
    if (article.title.isEmpty())
        article.title = QFileInfo(path).completeBaseName();
    return article;
}

} // namespace parallax
