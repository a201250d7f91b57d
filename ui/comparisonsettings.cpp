#include "comparisonsettings.h"

#include <QSettings>

#include <algorithm>

namespace parallax {

ComparisonOptions ComparisonSettings::load(const QSettings &settings)
{
    ComparisonOptions options;
    options.sharedThreshold = std::clamp(
        settings.value(QStringLiteral("comparison/sharedThreshold"), options.sharedThreshold).toDouble(), 0.0,
        1.0);
    options.paraphraseThreshold = std::clamp(
        settings.value(QStringLiteral("comparison/paraphraseThreshold"), options.paraphraseThreshold)
            .toDouble(),
        0.0, 1.0);
    options.language = settings.value(QStringLiteral("comparison/language"), options.language).toString();
    return options;
}

void ComparisonSettings::save(QSettings &settings, const ComparisonOptions &options)
{
    settings.setValue(QStringLiteral("comparison/sharedThreshold"), options.sharedThreshold);
    settings.setValue(QStringLiteral("comparison/paraphraseThreshold"), options.paraphraseThreshold);
    settings.setValue(QStringLiteral("comparison/language"), options.language);
}

} // namespace parallax
