#include "plaintextlayout.h"

#include <algorithm>
#include <vector>

namespace parallax {

namespace {

struct Line
{
    qsizetype start = 0; // first character
    qsizetype end = 0; // one past the last non-space character (== contentStart when blank)
    qsizetype contentStart = 0;
    qsizetype indent = 0; // leading whitespace characters
    qsizetype firstWord = 0; // length of the first word
    bool blank() const { return end <= contentStart; }
    qsizetype width() const { return end - start; }
};

std::vector<Line> splitLines(QStringView text)
{
    std::vector<Line> lines;
    qsizetype start = 0;
    const qsizetype size = text.size();
    while (start <= size) {
        qsizetype stop = text.indexOf(u'\n', start);
        if (stop < 0)
            stop = size;
        Line line;
        line.start = start;
        qsizetype content = start;
        while (content < stop && text[content].isSpace())
            ++content;
        qsizetype end = stop;
        while (end > content && text[end - 1].isSpace())
            --end;
        line.contentStart = content;
        line.end = end;
        line.indent = content - start;
        qsizetype word = content;
        while (word < end && !text[word].isSpace())
            ++word;
        line.firstWord = word - content;
        lines.push_back(line);
        if (stop == size)
            break;
        start = stop + 1;
    }
    return lines;
}

// The width the text seems wrapped at: a high percentile of the line widths, so
// that a few over-long lines (URLs) do not distort it.
qsizetype wrapWidth(const std::vector<Line> &lines)
{
    std::vector<qsizetype> widths;
    for (const Line &line : lines) {
        if (!line.blank())
            widths.push_back(line.width());
    }
    if (widths.empty())
        return 0;
    const size_t index = (widths.size() - 1) * 9 / 10;
    std::nth_element(widths.begin(), widths.begin() + qsizetype(index), widths.end());
    return widths[index];
}

// A line break is soft when the next line's first word would not have fitted
// on this line: the writer's editor wrapped there, not the writer.
bool isSoftBreak(const Line &line, const Line &next, qsizetype width)
{
    if (next.indent > line.indent)
        return false; // an indented line starts a paragraph or a quotation
    return line.width() + 1 + next.firstWord > width && line.width() * 2 >= width;
}

// In wrapped prose a line that stops mid-sentence before a lower-case word is
// a wrap even when it is short (the writer's editor wrapped at another width
// than the one we estimate); a headline or byline is followed by a capital.
bool continuesSentence(QStringView text, const Line &line, const Line &next)
{
    if (next.indent > line.indent || next.blank())
        return false;
    const QStringView content = text.sliced(line.contentStart, line.end - line.contentStart);
    return !PlainTextLayout::endsWithTerminalPunctuation(content) && text[next.contentStart].isLower();
}

// Verse and lists have short lines of similar length; wrapping is wider.
constexpr qsizetype MinWrapWidth = 45;
constexpr qsizetype MaxWrapWidth = 110;

} // namespace

bool PlainTextLayout::endsWithTerminalPunctuation(QStringView line)
{
    line = line.trimmed();
    static constexpr char16_t closers[] = u"\"')]}»”’›";
    while (!line.isEmpty()
           && std::char_traits<char16_t>::find(closers, std::size(closers) - 1, line.back().unicode()))
        line.chop(1);
    if (line.isEmpty())
        return false;
    static constexpr char16_t terminals[] = u".!?…:;。！？";
    return std::char_traits<char16_t>::find(terminals, std::size(terminals) - 1, line.back().unicode())
        != nullptr;
}

PlainTextLayout::LineMode PlainTextLayout::detectMode(QStringView text) const
{
    const std::vector<Line> lines = splitLines(text);
    const qsizetype width = wrapWidth(lines);
    if (width < MinWrapWidth || width > MaxWrapWidth)
        return LineMode::LinePerBlock;

    // Judge the lines that are followed by another line of the same paragraph.
    int continued = 0;
    int soft = 0;
    int open = 0; // not ending a sentence
    int bare = 0; // ending in a word, not in punctuation (verse lines end in commas)
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].blank() || lines[i + 1].blank())
            continue;
        ++continued;
        if (isSoftBreak(lines[i], lines[i + 1], width))
            ++soft;
        if (!endsWithTerminalPunctuation(
                text.sliced(lines[i].contentStart, lines[i].end - lines[i].contentStart)))
            ++open;
        if (text[lines[i].end - 1].isLetterOrNumber())
            ++bare;
    }
    // Greedy wrapping leaves most lines ending mid-sentence, in a bare word.
    const bool wrapped = continued >= 2 && soft * 10 >= continued * 6 && open * 10 >= continued * 5
        && bare * 10 >= continued * 5;
    return wrapped ? LineMode::HardWrapped : LineMode::LinePerBlock;
}

QList<TextSpan> PlainTextLayout::blocks(QStringView text) const
{
    return blocks(text, detectMode(text));
}

QList<TextSpan> PlainTextLayout::blocks(QStringView text, LineMode mode) const
{
    const std::vector<Line> lines = splitLines(text);
    const qsizetype width = mode == LineMode::HardWrapped ? wrapWidth(lines) : 0;
    QList<TextSpan> result;
    bool open = false;
    for (size_t i = 0; i < lines.size(); ++i) {
        const Line &line = lines[i];
        if (line.blank())
            continue;
        if (!open)
            result.append(TextSpan {line.contentStart, line.end});
        else
            result.back().end = line.end;
        const bool joinNext = mode == LineMode::HardWrapped && i + 1 < lines.size() && !lines[i + 1].blank()
            && (isSoftBreak(line, lines[i + 1], width) || continuesSentence(text, line, lines[i + 1]));
        open = joinNext;
    }
    return result;
}

} // namespace parallax
