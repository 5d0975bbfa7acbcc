#include "UnsavedChanges.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTextEdit>

namespace partydesk {

QStringList UnsavedChanges::stateOf(const QWidget* form)
{
    QStringList state;
    for (const QWidget* w : form->findChildren<QWidget*>()) {
        if (const auto* line = qobject_cast<const QLineEdit*>(w))
            state << line->text();
        else if (const auto* combo = qobject_cast<const QComboBox*>(w))
            state << QString::number(combo->currentIndex()) + QLatin1Char(':') + combo->currentText();
        else if (const auto* button = qobject_cast<const QAbstractButton*>(w);
                 button && button->isCheckable())
            state << QString::number(int(button->isChecked()));
        else if (const auto* text = qobject_cast<const QTextEdit*>(w))
            state << text->toPlainText();
        else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(w))
            state << plain->toPlainText();
        else if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(w))
            state << spin->text();
    }
    return state;
}

bool UnsavedChanges::confirmClose(QDialog* form) const
{
    if (m_asking) // a second Esc while the question is open
        return false;
    if (!changed(form))
        return true;
    const QScopedValueRollback<bool> asking(m_asking, true);
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("UnsavedChanges", "Unsaved changes"),
                    QCoreApplication::translate("UnsavedChanges", "You changed this form. Save the changes?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, form);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.button(QMessageBox::Save)->setText(QCoreApplication::translate("UnsavedChanges", "Save"));
    box.button(QMessageBox::Discard)->setText(QCoreApplication::translate("UnsavedChanges", "Discard"));
    box.button(QMessageBox::Cancel)->setText(QCoreApplication::translate("UnsavedChanges", "Cancel"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Discard:
        return true;
    case QMessageBox::Save:
        form->accept(); // validates and saves; stays open, with the mistakes shown, if it cannot
        return false;
    default:
        return false;
    }
}

} // namespace partydesk
