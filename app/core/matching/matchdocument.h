#pragma once

#include <vector>

namespace parallax {

class CandidateIndex;
class JoinedProfiles;
class SentenceWeights;
struct SentenceProfile;

// One document as the matcher reads it, prepared once per job (a document
// takes part in many document pairs). The pointers must outlive the match.
struct MatchDocument
{
    int id = -1; // the document's number in the comparison
    const CandidateIndex *index = nullptr;
    const std::vector<SentenceProfile> *profiles = nullptr; // SentenceMatcher::profiles()
    const SentenceWeights *weights = nullptr; // under the job's StemWeights
    const JoinedProfiles *joined = nullptr; // made with the matcher's scorer
};

} // namespace parallax
