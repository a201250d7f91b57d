#include "applicationidentity.h"

#include <QCoreApplication>

namespace parallax {

void applyApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Parallax"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Parallax"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("parallax.example.org"));
}

} // namespace parallax
