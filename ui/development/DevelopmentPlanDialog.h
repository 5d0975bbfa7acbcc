#pragma once

#include "development/DevelopmentRecord.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace partydesk {

class DevelopmentService;

// The yearly development plan of an organisation: people planned, of them young and women.
class DevelopmentPlanDialog : public QDialog
{
    Q_OBJECT

public:
    DevelopmentPlanDialog(DevelopmentService& service, const DevelopmentPlan& plan, const QString& orgName,
                          QWidget* parent = nullptr);
    void accept() override;

private:
    DevelopmentService& m_service;
    DevelopmentPlan m_plan;
    QSpinBox* m_planned = nullptr;
    QSpinBox* m_young = nullptr;
    QSpinBox* m_women = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace partydesk
