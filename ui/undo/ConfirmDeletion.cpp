#include "ConfirmDeletion.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace partydesk {

bool confirmDeletion(QWidget* parent, const QString& objectName, const QString& title, const QString& question,
                     const QString& explanation)
{
    QMessageBox ask(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    ask.setObjectName(objectName);
    ask.setInformativeText(explanation);
    QPushButton* remove = ask.addButton(QCoreApplication::translate("ConfirmDeletion", "Delete"),
                                        QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    ask.setDefaultButton(ask.addButton(QCoreApplication::translate("ConfirmDeletion", "Cancel"),
                                       QMessageBox::RejectRole));
    ask.exec();
    return ask.clickedButton() == remove;
}

} // namespace partydesk
