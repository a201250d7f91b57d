#include "worddiff.h"

#include <dtl/dtl.hpp>

namespace parallax {

namespace {

// The text owned by each token (see the contract in the header). A sentence
// without tokens owns its whole span as one piece.
std::vector<TextSpan> pieces(const Sentence &sentence)
{
    std::vector<TextSpan> result;
    const auto &tokens = sentence.tokens;
    result.reserve(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) {
        const qsizetype start = i == 0 ? sentence.span.start : tokens[i].span.start;
        const qsizetype end = i + 1 == tokens.size() ? sentence.span.end : tokens[i + 1].span.start;
        result.push_back({start, std::max(start, end)});
    }
    return result;
}

std::vector<quint64> forms(const Sentence &sentence)
{
    std::vector<quint64> result;
    result.reserve(sentence.tokens.size());
    for (const Token &token : sentence.tokens)
        result.push_back(token.form);
    return result;
}

// Appends ops, merging a step into the previous op of the same kind.
class OpBuilder
{
public:
    OpBuilder(qsizetype aStart, qsizetype bStart)
        : m_aPos(aStart)
        , m_bPos(bStart)
    { }

    void add(DiffOp::Kind kind, TextSpan a, TextSpan b)
    {
        if (kind == DiffOp::Kind::Insert)
            a = {m_aPos, m_aPos};
        if (kind == DiffOp::Kind::Delete)
            b = {m_bPos, m_bPos};
        if (kind != DiffOp::Kind::Insert)
            m_aPos = a.end;
        if (kind != DiffOp::Kind::Delete)
            m_bPos = b.end;
        if (!m_ops.empty() && m_ops.back().kind == kind) {
            DiffOp &last = m_ops.back();
            if (kind != DiffOp::Kind::Insert)
                last.a.end = a.end;
            else
                last.a = a;
            if (kind != DiffOp::Kind::Delete)
                last.b.end = b.end;
            else
                last.b = b;
            return;
        }
        m_ops.push_back({kind, a, b});
    }

    std::vector<DiffOp> take() { return std::move(m_ops); }

private:
    qsizetype m_aPos;
    qsizetype m_bPos;
    std::vector<DiffOp> m_ops;
};

// Common prefix and suffix, one delete/insert block between: for inputs too
// large for dtl (and for identical ones: all prefix).
void coarseDiff(const std::vector<quint64> &a, const std::vector<quint64> &b, const std::vector<TextSpan> &pa,
                const std::vector<TextSpan> &pb, OpBuilder &ops)
{
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    for (size_t i = 0; i < prefix; ++i)
        ops.add(DiffOp::Kind::Equal, pa[i], pb[i]);
    for (size_t i = prefix; i < a.size() - suffix; ++i)
        ops.add(DiffOp::Kind::Delete, pa[i], {});
    for (size_t i = prefix; i < b.size() - suffix; ++i)
        ops.add(DiffOp::Kind::Insert, {}, pb[i]);
    for (size_t k = suffix; k > 0; --k)
        ops.add(DiffOp::Kind::Equal, pa[a.size() - k], pb[b.size() - k]);
}

void sesDiff(const std::vector<quint64> &a, const std::vector<quint64> &b, const std::vector<TextSpan> &pa,
             const std::vector<TextSpan> &pb, OpBuilder &ops)
{
    dtl::Diff<quint64> diff(a, b, /*deletesFirst=*/true);
    diff.compose();
    // dtl indices are 1-based; getSequence() returns a copy, so keep it.
    const auto sequence = diff.getSes().getSequence();
    for (const auto &[element, info] : sequence) {
        Q_UNUSED(element);
        switch (info.type) {
        case dtl::SES_COMMON:
            ops.add(DiffOp::Kind::Equal, pa[size_t(info.beforeIdx - 1)], pb[size_t(info.afterIdx - 1)]);
            break;
        case dtl::SES_DELETE:
            ops.add(DiffOp::Kind::Delete, pa[size_t(info.beforeIdx - 1)], {});
            break;
        case dtl::SES_ADD:
            ops.add(DiffOp::Kind::Insert, {}, pb[size_t(info.afterIdx - 1)]);
            break;
        }
    }
}

} // namespace

std::vector<DiffOp> WordDiff::diff(const Sentence &a, const Sentence &b)
{
    OpBuilder ops(a.span.start, b.span.start);
    const std::vector<TextSpan> pa = pieces(a);
    const std::vector<TextSpan> pb = pieces(b);
    if (pa.empty() || pb.empty()) {
        // Nothing to compare word by word: the whole sentences differ.
        if (!a.span.isEmpty())
            ops.add(DiffOp::Kind::Delete, a.span, {});
        if (!b.span.isEmpty())
            ops.add(DiffOp::Kind::Insert, {}, b.span);
        return ops.take();
    }
    const std::vector<quint64> fa = forms(a);
    const std::vector<quint64> fb = forms(b);
    // Identical forms (a copy, another quote style): all equal, which is
    // what dtl would say; a fifth of a cluster's links, so worth skipping it.
    if (fa == fb || qsizetype(fa.size()) * qsizetype(fb.size()) > MaxCoordinates)
        coarseDiff(fa, fb, pa, pb, ops);
    else
        sesDiff(fa, fb, pa, pb, ops);
    return ops.take();
}

} // namespace parallax
