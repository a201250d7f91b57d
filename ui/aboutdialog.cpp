#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

#include <unicode/uversion.h>

using namespace Qt::StringLiterals;

// Header-only or version-less libraries: CMake passes what it found at build time.
#ifndef PARALLAX_DTL_VERSION
#define PARALLAX_DTL_VERSION ""
#endif
#ifndef PARALLAX_GUMBO_VERSION
#define PARALLAX_GUMBO_VERSION ""
#endif
#ifndef PARALLAX_MD4C_VERSION
#define PARALLAX_MD4C_VERSION ""
#endif

namespace parallax {

namespace {

QString icuVersion()
{
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(info, text);
    return QString::fromLatin1(text);
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Parallax"));

    auto *about = new QLabel(aboutHtml());
    about->setWordWrap(true);
    about->setOpenExternalLinks(true);
    about->setTextInteractionFlags(Qt::TextBrowserInteraction);
    about->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    about->setObjectName(u"aboutText"_s);

    // Licence texts stay in English: a translation would have no legal standing.
    auto *notice = new QPlainTextEdit(wordNetNotice());
    notice->setReadOnly(true);
    notice->setObjectName(u"wordNetNotice"_s);

    auto *tabs = new QTabWidget;
    tabs->addTab(about, tr("About"));
    tabs->addTab(notice, tr("WordNet Licence"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull()) {
        auto *iconLabel = new QLabel;
        iconLabel->setPixmap(icon.pixmap(64, 64));
        layout->addWidget(iconLabel, 0, Qt::AlignHCenter);
    }
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(520, 460);
}

QList<AboutDialog::Library> AboutDialog::libraries()
{
    return {
        {u"Qt"_s, QString::fromLatin1(qVersion()), u"https://www.qt.io"_s},
        {u"ICU"_s, icuVersion(), u"https://icu.unicode.org"_s},
        {u"dtl"_s, QStringLiteral(PARALLAX_DTL_VERSION), u"https://github.com/cubicdaiya/dtl"_s},
        {u"Snowball (libstemmer)"_s, QString(), u"https://snowballstem.org"_s},
        {u"Gumbo"_s, QStringLiteral(PARALLAX_GUMBO_VERSION), u"https://github.com/google/gumbo-parser"_s},
        {u"MD4C"_s, QStringLiteral(PARALLAX_MD4C_VERSION), u"https://github.com/mity/md4c"_s},
    };
}

QString AboutDialog::aboutHtml() const
{
    QString rows;
    for (const Library &library : libraries()) {
        rows += u"<li><a href=\"%1\">%2</a> %3</li>"_s.arg(
            library.url.toHtmlEscaped(), library.name.toHtmlEscaped(), library.version.toHtmlEscaped());
    }
    return u"<h2>Parallax %1</h2>"_s.arg(QCoreApplication::applicationVersion().toHtmlEscaped()) + u"<p>"_s
        + tr("Compares articles that tell one story: which sentences every source shares, which ones a "
             "source reworded, and what only one source says.")
        + u"</p><p>"_s + tr("Released under the MIT License.") + u"</p><p>"_s + tr("Built with:")
        + u"</p><ul>"_s + rows + u"</ul><p>"_s
        + tr("Synonyms come from WordNet 3.0, Copyright 2006 by Princeton University. All rights reserved.")
        + u"</p>"_s;
}

QString AboutDialog::wordNetNotice()
{
    return uR"(WordNet Release 3.0

This software and database is being provided to you, the LICENSEE, by
Princeton University under the following license.  By obtaining, using
and/or copying this software and database, you agree that you have
read, understood, and will comply with these terms and conditions.:

Permission to use, copy, modify and distribute this software and
database and its documentation for any purpose and without fee or
royalty is hereby granted, provided that you agree to comply with
the following copyright notice and statements, including the disclaimer,
and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal
use or for distribution.

WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.

THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
OTHER RIGHTS.

The name of Princeton University or Princeton may not be used in
advertising or publicity pertaining to distribution of the software
and/or database.  Title to copyright in this software, database and
any associated documentation shall at all times remain with
Princeton University and LICENSEE agrees to preserve same.
)"_s;
}

} // namespace parallax
