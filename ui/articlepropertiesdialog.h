#pragma once

#include "articleset.h"

#include <QDialog>

class QFormLayout;
class QLineEdit;

namespace parallax {

// Edits one article's title, outlet, date and language (the overrides; an
// empty field keeps what was loaded, shown as the placeholder).
class ArticlePropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    ArticlePropertiesDialog(const ArticleEntry &entry, QWidget *parent = nullptr);

    ArticleSet::Properties properties() const;

private:
    QLineEdit *addField(QFormLayout *form, const QString &label, const QString &value, const QString &loaded);

    QLineEdit *m_title = nullptr;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_language = nullptr;
};

} // namespace parallax
