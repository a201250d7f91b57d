#include "selectiondiff.h"

namespace parallax {

std::vector<TextSpan> SelectionDiff::partnerExtras(const Link &link, SentenceRef selected)
{
    // A Delete holds a's words that b lacks, an Insert b's words that a lacks.
    const auto partnerKind = link.a == selected ? DiffOp::Kind::Insert : DiffOp::Kind::Delete;
    std::vector<TextSpan> spans;
    for (const DiffOp &op : link.diff) {
        if (op.kind == partnerKind)
            spans.push_back(partnerKind == DiffOp::Kind::Insert ? op.b : op.a);
    }
    return spans;
}

std::vector<TextSpan> SelectionDiff::missingFromAll(const Comparison &comparison, SentenceRef selected)
{
    const SentenceResult &result = comparison.sentences[size_t(selected.document)][size_t(selected.sentence)];
    if (result.matches.empty())
        return {};
    const TextSpan sentence
        = comparison.documents[size_t(selected.document)].sentences[size_t(selected.sentence)].span;
    // How many partners lack each character of the sentence.
    std::vector<int> lacking(size_t(sentence.length()), 0);
    for (const Match &match : result.matches) {
        const Link &link = comparison.links[size_t(match.link)];
        const auto ownKind = link.a == selected ? DiffOp::Kind::Delete : DiffOp::Kind::Insert;
        for (const DiffOp &op : link.diff) {
            if (op.kind != ownKind)
                continue;
            const TextSpan span = ownKind == DiffOp::Kind::Delete ? op.a : op.b;
            for (qsizetype at = qMax(span.start, sentence.start); at < qMin(span.end, sentence.end); ++at)
                ++lacking[size_t(at - sentence.start)];
        }
    }
    std::vector<TextSpan> spans;
    const int all = int(result.matches.size());
    for (qsizetype at = 0; at < sentence.length(); ++at) {
        if (lacking[size_t(at)] != all)
            continue;
        if (!spans.empty() && spans.back().end == sentence.start + at)
            spans.back().end = sentence.start + at + 1;
        else
            spans.push_back(TextSpan {sentence.start + at, sentence.start + at + 1});
    }
    return spans;
}

} // namespace parallax
