#pragma once

#include "cogovernance/JointMeeting.h"
#include "forms/FieldErrorsView.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace partydesk {

class DateField;
class JointMeetingService;

// Marks a decision done or dropped (or open again) with the day and the follow-up note.
class DecisionFollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionFollowUpDialog(JointMeetingService& service, const JointDecisionRow& row, QDate today,
                           QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    // A date typed wrongly, then the service's rule (JointMeetingService::checkFollowUp, as the save).
    FieldErrors problems() const;

    JointMeetingService& m_service;
    qint64 m_decisionId = 0;
    FieldErrorsView m_errors;
    QComboBox* m_status = nullptr;
    DateField* m_on = nullptr;
    QPlainTextEdit* m_note = nullptr;
};

} // namespace partydesk
