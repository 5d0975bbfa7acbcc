#pragma once

#include "domain/Member.h"
#include "domain/Organisation.h"
#include "FieldErrorsView.h"
#include "UnsavedChanges.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace partydesk {

class DateField;
class Workspace;

// Adds or edits one member. The fields follow the paper registration form (党员信息采集表);
// fields of other categories are hidden; each mistake is explained beside its field.
class MemberForm : public QDialog
{
    Q_OBJECT

public:
    MemberForm(Workspace& workspace, const QList<Organisation>& organisations, const Member& member,
               QWidget* parent = nullptr);

    // exec() returns this when the member's leaving was reversed from the history (and the form closed).
    static constexpr int LeavingReversed = 2;

    qint64 savedMemberId() const { return m_savedId; }
    // Validates and saves; returns false (with the messages shown) when something is wrong.
    bool save();

private:
    void buildBasics(QFormLayout* form);
    void buildMembership(QFormLayout* form);
    void buildCategoryFields(QFormLayout* inService, QFormLayout* floating);
    void load(const Member& member);
    Member collect(FieldErrors* typingErrors) const;
    // Every field's problem in the member as typed (text that is not a date, then the core's
    // rules through MemberService::check); `member` receives the member as collected.
    FieldErrors problems(Member* member) const;
    void fillFromIdNumber();
    void updateVisibleFields();
    void updateGridWarning();
    void accept() override;
    // Esc, Cancel or the close button: asks first when something was changed.
    void reject() override;
    void reverseLeaving();
    QString describe(const MemberEvent& event) const;

    Workspace& m_workspace;
    QList<Organisation> m_organisations;
    Member m_original;
    qint64 m_savedId = 0;
    FieldErrorsView m_errors;
    UnsavedChanges m_unsaved;

    QLineEdit* m_name = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QComboBox* m_ethnicity = nullptr;
    DateField* m_birthDate = nullptr;
    QComboBox* m_education = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_org = nullptr;
    QComboBox* m_grid = nullptr;
    QList<Grid> m_grids;
    QLabel* m_gridWarning = nullptr;
    QComboBox* m_status = nullptr;
    DateField* m_appliedOn = nullptr;
    DateField* m_activistOn = nullptr;
    DateField* m_candidateOn = nullptr;
    DateField* m_joinedOn = nullptr;
    DateField* m_fullOn = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_workUnit = nullptr;
    DateField* m_reportedOn = nullptr;
    QLineEdit* m_servicePost = nullptr;
    QLineEdit* m_floatingPlace = nullptr;
    QLineEdit* m_homeOrganisation = nullptr;
    DateField* m_floatingSince = nullptr;
    QLineEdit* m_floatingContact = nullptr;
    QLineEdit* m_activityCardNo = nullptr;
    QLineEdit* m_participation = nullptr;
    QList<QPair<MemberTag, QCheckBox*>> m_tags;
    QLineEdit* m_notes = nullptr;
    QLabel* m_derived = nullptr;

    QFormLayout* m_membershipForm = nullptr;
    QFormLayout* m_floatingForm = nullptr;
    QGroupBox* m_inServiceBox = nullptr;
    QGroupBox* m_floatingBox = nullptr;
};

} // namespace partydesk
