#pragma once

#include "analyzeddocument.h"
#include "comparisonoptions.h"
#include "error.h"
#include "relation.h"
#include "textspan.h"

#include <QStringList>

#include <compare>
#include <vector>

namespace parallax {

// A sentence of a comparison: document index and sentence index within it.
struct SentenceRef
{
    int document = -1;
    int sentence = -1;

    friend auto operator<=>(const SentenceRef &, const SentenceRef &) = default;
};

// One step of a word diff between the two sentences of a link. Spans are in
// the respective documents' texts; an Insert has an empty a, a Delete an empty b.
struct DiffOp
{
    enum class Kind { Equal, Delete, Insert };
    Kind kind = Kind::Equal;
    TextSpan a;
    TextSpan b;
};

// A matched pair of sentences from two different documents, stored once.
// a.document < b.document.
struct Link
{
    int id = -1;
    SentenceRef a;
    SentenceRef b;
    Relation relation = Relation::Unrelated;
    double score = 0.0;      // similarity in [0, 1] (see PairScorer)
    bool moved = false;      // out of order relative to the sentence alignment of the two documents
    QStringList conflicts;   // what differs in substance although the sentences match: "number", "negation"
    std::vector<DiffOp> diff;
};

// A sentence's best partner in one other document.
struct Match
{
    int document = -1;
    int sentence = -1;
    Relation relation = Relation::Unrelated;
    double score = 0.0;
    int link = -1; // index into Comparison::links
};

struct SentenceResult
{
    SentenceStatus status = SentenceStatus::Unique;
    int cluster = -1;           // -1 for unique sentences
    std::vector<Match> matches; // other documents only, at most one per document, sorted by document
};

// One claim carried by several sources: sentences that match the cluster's core.
struct Cluster
{
    int id = -1;                      // flat position of its smallest member (see Comparison::flatPosition)
    std::vector<SentenceRef> members; // sorted
};

// How much two documents share. Listed only for pairs with at least one link.
struct PairSummary
{
    int a = -1;
    int b = -1;
    int shared = 0;      // links of relation Shared between a and b
    int paraphrased = 0; // links of relation Paraphrased between a and b
    double aInB = 0.0;   // share of a's sentence text (in characters) that b carries
    double bInA = 0.0;
};

// The whole result of comparing a set of documents.
struct Comparison
{
    ComparisonOptions options;
    std::vector<AnalyzedDocument> documents;
    std::vector<std::vector<SentenceResult>> sentences; // [document][sentence]
    std::vector<Link> links;                            // sorted by (a, b); id == index
    std::vector<Cluster> clusters;                      // sorted by id
    std::vector<PairSummary> pairs;                     // sorted by (a, b)
    std::vector<Error> errors;                          // inputs that could not be loaded

    // Position of a sentence when all documents' sentences are laid end to end.
    int flatPosition(SentenceRef ref) const
    {
        int position = 0;
        for (int d = 0; d < ref.document; ++d)
            position += int(documents[size_t(d)].sentences.size());
        return position + ref.sentence;
    }
};

} // namespace parallax
