#pragma once

#include "model/comparisonoptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace parallax {

// The command-line options that set ComparisonOptions, shared by the compare
// and pairs commands, with strict value checks (a bad number is a usage error,
// never silently a default).
class SettingsOptions
{
    Q_DECLARE_TR_FUNCTIONS(SettingsOptions)

public:
    enum class Scope { Matching, Everything }; // Everything adds --threads and --max-file-size

    explicit SettingsOptions(Scope scope);

    void addTo(QCommandLineParser &parser) const;

    // Copies the given options' values into `options`. Returns an error
    // message naming the option and the bad value; empty when all are fine.
    QString apply(const QCommandLineParser &parser, ComparisonOptions &options) const;

private:
    Scope m_scope;
    QCommandLineOption m_language;
    QCommandLineOption m_sharedThreshold;
    QCommandLineOption m_paraphraseThreshold;
    QCommandLineOption m_threads;
    QCommandLineOption m_maxFileSize;
};

} // namespace parallax
