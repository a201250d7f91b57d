#pragma once

#include <QString>

namespace parallax {

// One labelled (or unlabelled) sentence pair, as in the MSRP format.
struct SentencePair
{
    int label = -1; // 1 paraphrase, 0 not, -1 unknown
    QString id1;
    QString id2;
    QString text1;
    QString text2;
};

} // namespace parallax
