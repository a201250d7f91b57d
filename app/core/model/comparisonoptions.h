#pragma once

#include <QString>
#include <QtGlobal>

namespace parallax {

// Every setting a comparison depends on; a plain value passed by value, never
// a global. The JSON export writes all of it under "settings".
struct ComparisonOptions
{
    // Loading
    qint64 maxFileBytes = 50LL * 1024 * 1024; // larger inputs are refused unread

    // Analysis
    QString language; // ISO 639-1 for every document; empty = guess per document

    // Matching. sharedThreshold applies to the surface similarity of the two
    // token sequences (near-verbatim); paraphraseThreshold to the calibrated
    // paraphrase probability.
    double sharedThreshold = 0.80;
    double paraphraseThreshold = 0.50;
    int maxCandidatesPerSentence = 8; // best-scored candidates kept per sentence and document pair

    // Execution: 0 = one worker per core. Results never depend on it.
    int threads = 0;
};

} // namespace parallax
