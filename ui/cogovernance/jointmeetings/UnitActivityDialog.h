#pragma once

#include "cogovernance/JointMeeting.h"
#include "domain/Organisation.h"
#include "forms/FieldErrorsView.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace partydesk {

class DateField;
class JointMeetingService;

// Records or changes what a co-building unit did with the community (as the month's chair or not).
class UnitActivityDialog : public QDialog
{
    Q_OBJECT

public:
    UnitActivityDialog(JointMeetingService& service, const UnitActivity& activity,
                       const QList<CoBuildingUnit>& units, QDate today, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    // A date typed wrongly, then the service's rules (JointMeetingService::checkActivity, as the save).
    FieldErrors problems(UnitActivity* activity) const;

    JointMeetingService& m_service;
    UnitActivity m_activity;
    FieldErrorsView m_errors;
    QComboBox* m_unit = nullptr;
    DateField* m_held = nullptr;
    QLineEdit* m_title = nullptr;
    QCheckBox* m_asChair = nullptr;
    QSpinBox* m_participants = nullptr;
    QPlainTextEdit* m_detail = nullptr;
};

} // namespace partydesk
