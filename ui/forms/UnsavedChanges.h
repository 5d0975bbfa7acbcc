#pragma once

#include <QStringList>

class QDialog;
class QWidget;

namespace partydesk {

// What a form's fields held when it opened, so that closing it with changes asks first (保存 /
// 放弃 / 取消) instead of Esc silently discarding them. Every line edit, combo box, check box, text
// edit and spin box of the form counts.
class UnsavedChanges
{
public:
    // Call once the form shows its record.
    void remember(const QWidget* form) { m_state = stateOf(form); }
    bool changed(const QWidget* form) const { return stateOf(form) != m_state; }
    // For the form's reject(): true when it may close now (nothing changed, or the user discards
    // the changes). "Save" calls the form's accept(), which closes it once the record is saved.
    bool confirmClose(QDialog* form) const;

private:
    static QStringList stateOf(const QWidget* form);
    QStringList m_state;
    mutable bool m_asking = false;
};

} // namespace partydesk
