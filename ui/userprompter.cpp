#include "userprompter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace parallax {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("parallax::UserPrompter", text, disambiguation, n);
}

} // namespace

UserPrompter::SaveChoice UserPrompter::askToSaveChanges(QWidget *parent)
{
    const auto answer = QMessageBox::warning(
        parent, tr("Unsaved Changes"), tr("The session has unsaved changes. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return SaveChoice::Save;
    if (answer == QMessageBox::Discard)
        return SaveChoice::Discard;
    return SaveChoice::Cancel;
}

bool UserPrompter::confirmLargeFolder(QWidget *parent, const QString &folder, int fileCount)
{
    return QMessageBox::question(
               parent, tr("Open Folder"),
               tr("The folder %1 holds %n article file(s). Open them all?", nullptr, fileCount)
                   .arg(QDir::toNativeSeparators(folder)))
        == QMessageBox::Yes;
}

UserPrompter::FileDecision UserPrompter::resolveSessionFile(QWidget *parent, const SessionArticle &article,
                                                            const SessionFileState &state)
{
    QMessageBox box(QMessageBox::Warning, tr("Session File"),
                    tr("%1: %2.").arg(QDir::toNativeSeparators(article.path), state.reason),
                    QMessageBox::NoButton, parent);
    const bool missing = state.kind == SessionFileState::Kind::Missing;
    QPushButton *act
        = box.addButton(missing ? tr("&Locate…") : tr("&Open Current Version"), QMessageBox::AcceptRole);
    box.addButton(tr("&Skip"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != act)
        return {};
    if (!missing)
        return {FileDecision::Action::OpenCurrent, article.path};
    const QString located = QFileDialog::getOpenFileName(parent, tr("Locate %1").arg(article.path));
    if (located.isEmpty())
        return {};
    return {FileDecision::Action::Locate, located};
}

} // namespace parallax
