#pragma once

#include <QDialog>

class QListWidget;
class QSpinBox;

namespace partydesk {

class FieldErrorLabel;
class Workspace;

// The district's own list of prescribed actions for theme days, and the day of the month they
// are held. Taking an action out keeps it on past records.
class ActionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ActionsDialog(Workspace& workspace, QWidget* parent = nullptr);
    void accept() override;
    QListWidget* list() const { return m_list; }

private:
    Workspace& m_workspace;
    QListWidget* m_list = nullptr;
    QSpinBox* m_day = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace partydesk
