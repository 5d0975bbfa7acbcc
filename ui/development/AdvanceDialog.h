#pragma once

#include "development/DevelopmentRecord.h"

#include <QDialog>

class QLabel;

namespace partydesk {

class DateField;
class DevelopmentService;

// 推进到下一阶段: asks the date of the branch's decision and moves the person to the next stage
// through the service; a refusal is shown in the dialog with every missing item, and the dialog
// stays open.
class AdvanceDialog : public QDialog
{
    Q_OBJECT

public:
    AdvanceDialog(DevelopmentService& service, const DevelopmentPerson& person,
                  const DevelopmentRecord& record, QDate today, QWidget* parent = nullptr);

    void accept() override;
    // The refusal shown, or an empty string.
    QString refusal() const;

private:
    DevelopmentService& m_service;
    DevelopmentPerson m_person;
    DevelopmentRecord m_record;
    DateField* m_date = nullptr;
    QLabel* m_refusal = nullptr;
};

} // namespace partydesk
