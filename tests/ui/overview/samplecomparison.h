#pragma once

#include "matching/comparisonjob.h"
#include "model/comparison.h"

#include <QString>

#include <memory>

// The bundled sample compared once per test (the wire copy first), and a way
// to find its sentences by their beginning rather than by brittle indexes.
namespace parallax::testing {

enum SampleDocument { Northwire = 0, Courier = 1, Ledger = 2, Radio = 3 };

inline std::shared_ptr<const Comparison> sampleComparison()
{
    const ComparisonJob job(
        {{QStringLiteral(":/samples/northwire.txt"), QStringLiteral(":/samples/kesterton-courier.txt"),
          QStringLiteral(":/samples/valley-ledger.html"), QStringLiteral(":/samples/radio-kesterton.md")},
         {}},
        {});
    return std::make_shared<const Comparison>(job.run());
}

inline QString sentenceText(const Comparison &comparison, SentenceRef ref)
{
    const AnalyzedDocument &document = comparison.documents[size_t(ref.document)];
    const TextSpan span = document.sentences[size_t(ref.sentence)].span;
    return document.article.text.mid(span.start, span.length()).simplified();
}

// The sentence of a document that starts with the given text; {-1, -1} when none does.
inline SentenceRef findSentence(const Comparison &comparison, int document, const QString &start)
{
    const int count = int(comparison.documents[size_t(document)].sentences.size());
    for (int s = 0; s < count; ++s) {
        if (sentenceText(comparison, {document, s}).startsWith(start))
            return {document, s};
    }
    return {};
}

// A comparison of many documents with titles and no sentences, for layout checks.
inline std::shared_ptr<const Comparison> emptyDocuments(int count)
{
    auto comparison = std::make_shared<Comparison>();
    for (int d = 0; d < count; ++d) {
        AnalyzedDocument document;
        document.article.title = QStringLiteral("Report number %1 on the same press conference").arg(d + 1);
        comparison->documents.push_back(document);
        comparison->sentences.emplace_back();
    }
    return comparison;
}

} // namespace parallax::testing
