#pragma once

#include "cogovernance/JointMeeting.h"
#include "domain/Organisation.h"
#include "forms/FieldErrorsView.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace partydesk {

class DateField;
class JointMeetingService;

// Records or changes a joint meeting: day, chair unit (the month's rota chair by default), the units
// attending as check boxes, place, topics, minutes, and its decisions (a table, edited in place,
// with a line below to add one). The service checks every rule; errors show beside the fields.
class JointMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    JointMeetingDialog(JointMeetingService& service, const JointMeeting& meeting,
                       const QList<CoBuildingUnit>& units, QDate today, QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;
    void addDecision();

private:
    void addDecisionRow(const JointDecision& decision);
    QComboBox* unitCombo(qint64 selected) const;
    void chooseRotaChair();
    JointMeeting meetingFromFields() const;
    // Dates typed wrongly, then the service's rules (JointMeetingService::checkMeeting, as the save).
    FieldErrors problems(JointMeeting* meeting) const;

    JointMeetingService& m_service;
    JointMeeting m_meeting;
    QList<CoBuildingUnit> m_units;
    FieldErrorsView m_errors;
    DateField* m_held = nullptr;
    QComboBox* m_chair = nullptr;
    QLineEdit* m_chairPerson = nullptr;
    QListWidget* m_attending = nullptr;
    QLineEdit* m_place = nullptr;
    QPlainTextEdit* m_topics = nullptr;
    QPlainTextEdit* m_minutes = nullptr;
    QTableWidget* m_decisions = nullptr;
    QLineEdit* m_newText = nullptr;
    QComboBox* m_newUnit = nullptr;
    QLineEdit* m_newPerson = nullptr;
    DateField* m_newDue = nullptr;
    qint64 m_savedId = 0;
};

} // namespace partydesk
