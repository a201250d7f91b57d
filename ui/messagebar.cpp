#include "messagebar.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace parallax {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_detailsButton(new QPushButton(tr("Details…"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    colours.setColor(QPalette::Window, dark ? QColor(0x5a, 0x3a, 0x10) : QColor(0xff, 0xf1, 0xc7));
    colours.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xec, 0xc0) : QColor(0x4a, 0x32, 0x00));
    setPalette(colours);

    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_detailsButton);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_detailsButton, &QPushButton::clicked, this, &MessageBar::showDetails);
    hide();
}

void MessageBar::showErrors(const QString &summary, const std::vector<Error> &errors)
{
    QStringList shortLines;
    QStringList lines;
    for (const Error &error : errors) {
        shortLines << tr("%1 (%2)").arg(QFileInfo(error.path).fileName(), error.message);
        lines << error.path + QStringLiteral(": ") + error.message;
    }
    // The bar stays one or two lines; the details hold every file.
    constexpr int shown = 3;
    QString text = summary + QStringLiteral(" ") + shortLines.mid(0, shown).join(QStringLiteral("; "));
    if (shortLines.size() > shown)
        text += tr(" and %n more", nullptr, int(shortLines.size()) - shown);
    m_label->setText(text);
    m_details = lines.join(QLatin1Char('\n'));
    m_detailsButton->setVisible(!errors.empty());
    show();
}

void MessageBar::showMessage(const QString &text)
{
    m_label->setText(text);
    m_details.clear();
    m_detailsButton->hide();
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::showDetails()
{
    // Non-modal: the user can keep working with the articles that did open.
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Problems"), m_label->text(), QMessageBox::Close, this);
    box->setDetailedText(m_details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

} // namespace parallax
