#include "samplearticles.h"

namespace parallax {

QStringList sampleArticlePaths()
{
    // The wire copy first: it is what the others were written from.
    return {QStringLiteral(":/samples/northwire.txt"), QStringLiteral(":/samples/kesterton-courier.txt"),
            QStringLiteral(":/samples/valley-ledger.html"), QStringLiteral(":/samples/radio-kesterton.md")};
}

} // namespace parallax
