#pragma once

#include <QDialog>
#include <QList>
#include <QString>

namespace parallax {

// Help > About: version, licence, the libraries Parallax is built on and the
// notice WordNet's licence asks every copy to carry.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    struct Library
    {
        QString name;
        QString version; // empty when the library does not tell
        QString url;
    };

    explicit AboutDialog(QWidget *parent = nullptr);

    // Versions of the libraries in use: run-time versions where the library
    // reports one (Qt, ICU), otherwise those found at build time.
    static QList<Library> libraries();
    static QString wordNetNotice();

private:
    QString aboutHtml() const;
};

} // namespace parallax
