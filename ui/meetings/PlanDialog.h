#pragma once

#include "meetings/Meeting.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace partydesk {

class FieldErrorLabel;
class Workspace;

// The month's plan: one theme, day and set of actions, from which every branch's theme day is
// created at once.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(Workspace& workspace, QDate month, const QList<qint64>& branches, QWidget* parent = nullptr);
    int created() const { return m_created; }
    void accept() override;

private:
    Workspace& m_workspace;
    MonthlyPlan m_plan;
    QList<qint64> m_branches;
    int m_created = 0;
    QLineEdit* m_theme = nullptr;
    QSpinBox* m_day = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_materials = nullptr;
    QList<QPair<qint64, QCheckBox*>> m_actions;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace partydesk
