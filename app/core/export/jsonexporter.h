#pragma once

#include "model/comparison.h"

#include <QIODevice>

namespace parallax {

// Writes a Comparison as "parallax-comparison" JSON, format version 1.0,
// streamed to the device (nothing like a QJsonDocument tree is built).
// Deterministic: the same comparison gives the same bytes. The long arrays
// (sentences, links) are serialized in blocks on comparison.options.threads
// worker threads (0 = one per core), a bounded number ahead of the device,
// and joined in order: the thread count never changes the bytes.
class JsonExporter
{
public:
    // Returns false when the device fails; the device's errorString() says why.
    bool write(const Comparison &comparison, QIODevice &device) const;
};

} // namespace parallax
