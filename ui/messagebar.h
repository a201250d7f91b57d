#pragma once

#include "model/error.h"

#include <QFrame>

#include <vector>

class QLabel;
class QPushButton;

namespace parallax {

// A dismissible bar above the columns for problems that must not block the
// user: files that could not be opened, each named with the reason. The full
// list is one click away in a non-modal details window.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showErrors(const QString &summary, const std::vector<Error> &errors);
    void showMessage(const QString &text);
    QString text() const;
    QString details() const { return m_details; }

private:
    void showDetails();

    QLabel *m_label = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QString m_details;
};

} // namespace parallax
