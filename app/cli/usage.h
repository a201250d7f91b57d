#pragma once

#include <QCoreApplication>
#include <QString>

namespace parallax {

// The help text of `parallax --help` (window and headless usage alike).
class Usage
{
    Q_DECLARE_TR_FUNCTIONS(Usage)

public:
    static QString text();
    static QString version(); // "parallax 0.1.0"
    static QString hint(); // "Try 'parallax --help'."
};

} // namespace parallax
