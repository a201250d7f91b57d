#pragma once

#include "model/comparisonoptions.h"

class QSettings;

namespace parallax {

// ComparisonOptions kept in QSettings between runs.
class ComparisonSettings
{
public:
    static ComparisonOptions load(const QSettings &settings);
    static void save(QSettings &settings, const ComparisonOptions &options);
};

} // namespace parallax
