#include "worddiff.h"

#include "similarity/onpcommon.h"
#include "similarity/scratchbuffer.h"

#include <algorithm>

namespace parallax {

namespace {

// The text owned by token i (see the contract in the header).
TextSpan piece(const Sentence &sentence, size_t i)
{
    const auto &tokens = sentence.tokens;
    const qsizetype start = i == 0 ? sentence.span.start : tokens[i].span.start;
    const qsizetype end = i + 1 == tokens.size() ? sentence.span.end : tokens[i + 1].span.start;
    return {start, std::max(start, end)};
}

// Appends ops, merging a step into the previous op of the same kind. The
// ops are written into space kept per thread (one builder at a time per
// thread) and handed over in one vector of their exact size: a growing
// vector reallocated a few times per link and kept its slack for the whole
// comparison, and scratch space on the stack cost the zeroing of its ops.
class OpBuilder
{
public:
    OpBuilder(qsizetype aStart, qsizetype bStart)
        : m_aPos(aStart)
        , m_bPos(bStart)
        , m_ops(kept())
    {
        m_ops.clear();
    }
    OpBuilder(const OpBuilder &) = delete;
    OpBuilder &operator=(const OpBuilder &) = delete;
    ~OpBuilder()
    {
        if (m_ops.capacity() > KeptOps)
            m_ops = {}; // a monster sentence's ops are not kept for the thread's life
    }

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

    std::vector<DiffOp> take() const { return m_ops; } // a copy of exactly its size

private:
    static constexpr size_t KeptOps = 4096; // 160 KB

    static std::vector<DiffOp> &kept()
    {
        thread_local std::vector<DiffOp> ops;
        return ops;
    }

    qsizetype m_aPos;
    qsizetype m_bPos;
    std::vector<DiffOp> &m_ops;
};

// Writes a script given by its common tokens in order. Between two common
// tokens every token of a is deleted, then every token of b inserted: the
// order of dtl's script with deletesFirst, which the ops used to be read from.
class ScriptWriter
{
public:
    ScriptWriter(const Sentence &a, const Sentence &b)
        : m_a(a)
        , m_b(b)
        , m_ops(a.span.start, b.span.start)
    { }

    void common(size_t i, size_t j)
    {
        differ(i, j);
        m_ops.add(DiffOp::Kind::Equal, piece(m_a, i), piece(m_b, j));
        m_nextA = i + 1;
        m_nextB = j + 1;
    }

    std::vector<DiffOp> finish()
    {
        differ(m_a.tokens.size(), m_b.tokens.size());
        return m_ops.take();
    }

private:
    // The tokens before a's i and b's j not written yet differ.
    void differ(size_t i, size_t j)
    {
        for (; m_nextA < i; ++m_nextA)
            m_ops.add(DiffOp::Kind::Delete, piece(m_a, m_nextA), {});
        for (; m_nextB < j; ++m_nextB)
            m_ops.add(DiffOp::Kind::Insert, {}, piece(m_b, m_nextB));
    }

    const Sentence &m_a;
    const Sentence &m_b;
    OpBuilder m_ops;
    size_t m_nextA = 0;
    size_t m_nextB = 0;
};

using Forms = ScratchBuffer<quint64, 128>;

// The sentence's token forms, side by side for the search to compare.
void readForms(const Sentence &sentence, Forms &forms)
{
    for (size_t i = 0; i < sentence.tokens.size(); ++i)
        forms[i] = sentence.tokens[i].form;
}

// Common prefix and suffix, one delete/insert block between: for inputs too
// large for the full search (and for identical ones: all prefix).
void coarseDiff(const Forms &a, const Forms &b, ScriptWriter &script)
{
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    for (size_t i = 0; i < prefix; ++i)
        script.common(i, i);
    for (size_t k = suffix; k > 0; --k)
        script.common(a.size() - k, b.size() - k);
}

} // namespace

std::vector<DiffOp> WordDiff::diff(const Sentence &a, const Sentence &b)
{
    if (a.tokens.empty() || b.tokens.empty()) {
        // Nothing to compare word by word: the whole sentences differ.
        OpBuilder ops(a.span.start, b.span.start);
        if (!a.span.isEmpty())
            ops.add(DiffOp::Kind::Delete, a.span, {});
        if (!b.span.isEmpty())
            ops.add(DiffOp::Kind::Insert, {}, b.span);
        return ops.take();
    }
    Forms fa(a.tokens.size());
    Forms fb(b.tokens.size());
    readForms(a, fa);
    readForms(b, fb);
    ScriptWriter script(a, b);
    // Identical forms (a copy, another quote style): all equal, which is
    // what the search would say; a fifth of a cluster's links, so worth
    // skipping it.
    if (std::ranges::equal(fa.span(), fb.span())
        || qsizetype(fa.size()) * qsizetype(fb.size()) > MaxCoordinates)
        coarseDiff(fa, fb, script);
    else
        onpCommon(fa, fb, [&](size_t i, size_t j) { script.common(i, j); });
    return script.finish();
}

} // namespace parallax
