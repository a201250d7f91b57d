#include "articlepropertiesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace parallax {

ArticlePropertiesDialog::ArticlePropertiesDialog(const ArticleEntry &entry, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Article Properties"));
    const Article loaded = entry.article ? *entry.article : Article {};
    auto *form = new QFormLayout(this);
    m_title = addField(form, tr("&Title:"), entry.title, loaded.title);
    m_outlet = addField(form, tr("&Outlet:"), entry.outlet, loaded.outlet);
    m_date = addField(form, tr("&Date:"), entry.date, loaded.date);
    m_language = addField(form, tr("&Language:"), entry.language,
                          loaded.language.isEmpty() ? tr("guessed") : loaded.language);
    m_language->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z]{0,3}")), m_language));
    m_language->setToolTip(tr("ISO 639-1 code such as en, de, ru; empty = guess"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

QLineEdit *ArticlePropertiesDialog::addField(QFormLayout *form, const QString &label, const QString &value,
                                             const QString &loaded)
{
    auto *edit = new QLineEdit(value, this);
    edit->setPlaceholderText(loaded);
    edit->setClearButtonEnabled(true);
    form->addRow(label, edit);
    return edit;
}

ArticleSet::Properties ArticlePropertiesDialog::properties() const
{
    return {m_title->text().trimmed(), m_outlet->text().trimmed(), m_date->text().trimmed(),
            m_language->text().trimmed()};
}

} // namespace parallax
