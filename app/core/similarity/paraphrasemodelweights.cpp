// Hand-set initial weights, to be replaced by the output of
// tests/tools/calibration/calibrate.sh (fitted on msr_paraphrase_train.txt).
#include "paraphrasemodel.h"

namespace parallax {

const PairFeatures::Vector paraphraseModelWeights = [] {
    PairFeatures::Vector w {};
    w[PairFeatures::Bias] = -4.0;
    w[PairFeatures::ContentF1] = 5.0;
    w[PairFeatures::SynonymF1] = 2.0;
    w[PairFeatures::NumbersDiffer] = -1.0;
    w[PairFeatures::NamesUnmatchedLog] = -0.5;
    return w;
}();

} // namespace parallax
