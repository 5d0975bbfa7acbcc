#pragma once

#include "domain/Organisation.h"
#include "forms/FieldErrorsView.h"
#include "repository/RosterRow.h"
#include "service/ServiceResult.h"

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace partydesk {

class DateField;
class FieldErrorLabel;

// What the transfer dialogs share: their fields, the lists to choose from and the way refusals are
// shown (TransferDialog holds the rest).
namespace TransferFields {

// Fields as every transfer dialog builds them; the object names are what the GUI tests look for.
QLineEdit* lineEdit(const QString& objectName, int maxLength);
DateField* dateField(const QString& objectName, QDate date = {});
// The member who transfers ("transferMemberCombo"), filled as fillMembers does.
QComboBox* memberCombo(const std::vector<RosterRow>& rows, const QHash<qint64, QString>& orgNames,
                       bool partyMembersOnly);
// A word-wrapped line above the form saying what the action does.
QLabel* explanation(const QString& text);

// Members on the roster (not left) from `rows`, by name with their organisation; with
// `partyMembersOnly`, only 正式 and 预备 members registered here (those whose membership transfers).
void fillMembers(QComboBox* combo, const std::vector<RosterRow>& rows, const QHash<qint64, QString>& orgNames,
                 bool partyMembersOnly);
// Organisations that hold members (branches and Party groups), except `exceptOrgId`.
void fillBranches(QComboBox* combo, const QList<Organisation>& organisations, qint64 exceptOrgId = 0);
// A date field's typing mistake, as the service's field error, or none.
FieldErrors dateTyping(const DateField* field, const QString& fieldName);
// Shows the result's errors beside their fields, or its message in `general` when no field has it;
// focuses the first field with a mistake.
void showRefusal(FieldErrorsView& view, FieldErrorLabel* general, const ServiceResult& result);

} // namespace TransferFields

} // namespace partydesk
