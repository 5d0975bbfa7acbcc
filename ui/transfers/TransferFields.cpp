#include "TransferFields.h"

#include "domain/OrganisationTree.h"
#include "domain/PartyMembership.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"

#include <QCollator>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>

namespace partydesk::TransferFields {

QLineEdit* lineEdit(const QString& objectName, int maxLength)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

DateField* dateField(const QString& objectName, QDate date)
{
    auto* field = new DateField;
    field->setObjectName(objectName);
    if (date.isValid())
        field->setDate(date);
    return field;
}

QComboBox* memberCombo(const std::vector<RosterRow>& rows, const QHash<qint64, QString>& orgNames,
                       bool partyMembersOnly)
{
    auto* combo = new QComboBox;
    combo->setObjectName(QStringLiteral("transferMemberCombo"));
    fillMembers(combo, rows, orgNames, partyMembersOnly);
    return combo;
}

QLabel* explanation(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

void fillMembers(QComboBox* combo, const std::vector<RosterRow>& rows, const QHash<qint64, QString>& orgNames,
                 bool partyMembersOnly)
{
    QList<const RosterRow*> chosen;
    for (const RosterRow& row : rows) {
        if (row.leftOn.isValid())
            continue;
        if (partyMembersOnly && (!isPartyMember(row.status) || row.category == MemberCategory::InService ||
                                 row.category == MemberCategory::FloatingIn))
            continue;
        chosen << &row;
    }
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(chosen.begin(), chosen.end(), [&](const RosterRow* a, const RosterRow* b) {
        return collator.compare(a->name, b->name) < 0;
    });
    combo->clear();
    combo->addItem(QCoreApplication::translate("TransferFields", "(choose a member)"), 0);
    for (const RosterRow* row : std::as_const(chosen))
        combo->addItem(QStringLiteral("%1（%2）").arg(row->name, orgNames.value(row->orgId)), row->id);
}

void fillBranches(QComboBox* combo, const QList<Organisation>& organisations, qint64 exceptOrgId)
{
    const QHash<qint64, QString> names = organisationDisplayNames(organisations);
    combo->clear();
    combo->addItem(QCoreApplication::translate("TransferFields", "(choose a branch)"), 0);
    for (const Organisation& org : organisations)
        if (isBranchLevel(org.type) && org.id != exceptOrgId)
            combo->addItem(names.value(org.id), org.id);
}

FieldErrors dateTyping(const DateField* field, const QString& fieldName)
{
    if (field->isAcceptable())
        return {};
    return {{fieldName,
             QCoreApplication::translate("TransferFields", "\"%1\" is not a date: type it as 2020-05-01.")
                 .arg(field->text().trimmed())}};
}

void showRefusal(FieldErrorsView& view, FieldErrorLabel* general, const ServiceResult& result)
{
    QWidget* first = view.show(result.errors);
    bool shownByField = false;
    for (const FieldError& e : result.errors)
        shownByField = shownByField || !view.message(e.field).isEmpty();
    general->showMessage(shownByField ? QString() : result.message);
    if (first)
        first->setFocus();
}

} // namespace partydesk::TransferFields
