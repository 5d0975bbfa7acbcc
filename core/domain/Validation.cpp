#include "Validation.h"

#include "Clock.h"
#include "DerivedFacts.h"
#include "IdNumber.h"
#include "OrganisationTree.h"
#include "PartyMembership.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace partydesk {

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

class MemberChecks
{
public:
    MemberChecks(const Member& member, const Clock& clock) : m(member), today(clock.today()) {}

    FieldErrors run()
    {
        checkIdentity();
        checkRequiredDates();
        checkDateOrder();
        checkCategoryFields();
        return errors;
    }

private:
    void add(const QString& field, const QString& message)
    {
        if (messageFor(errors, field).isEmpty())
            errors.append({field, message});
    }

    void checkIdentity()
    {
        if (m.name.trimmed().isEmpty())
            add(MemberField::name, QCoreApplication::translate("Validation", "Enter the member's name."));
        else if (m.name.trimmed().size() > 30)
            add(MemberField::name,
                QCoreApplication::translate("Validation", "The name is longer than 30 characters."));
        if (m.orgId == 0)
            add(MemberField::org,
                QCoreApplication::translate("Validation", "Choose the branch the member belongs to."));

        const bool idRequired =
            m.category == MemberCategory::Registered || m.category == MemberCategory::FloatingOut;
        if (m.idNumber.trimmed().isEmpty()) {
            if (idRequired)
                add(MemberField::idNumber,
                    QCoreApplication::translate(
                        "Validation", "Enter the ID number: it is required for members registered here."));
        } else {
            const IdNumberCheck id = IdNumber::check(m.idNumber);
            if (!id.ok) {
                add(MemberField::idNumber, id.error);
            } else {
                if (m.birthDate.isValid() && m.birthDate != id.birthDate)
                    add(MemberField::birthDate,
                        QCoreApplication::translate(
                            "Validation", "The birth date does not agree with the ID number, which gives %1.")
                            .arg(isoDate(id.birthDate)));
                if (m.sex != id.sex)
                    add(MemberField::sex,
                        QCoreApplication::translate(
                            "Validation", "The sex does not agree with the ID number, which gives %1.")
                            .arg(enumLabel(id.sex)));
            }
        }
        if (!m.birthDate.isValid())
            add(MemberField::birthDate,
                QCoreApplication::translate(
                    "Validation", "Enter the birth date (it is filled in from a valid ID number)."));
        else if (m.birthDate > today)
            add(MemberField::birthDate,
                QCoreApplication::translate("Validation", "The birth date is in the future."));

        if (!m.phone.trimmed().isEmpty() && !isValidPhone(m.phone))
            add(MemberField::phone,
                QCoreApplication::translate(
                    "Validation", "\"%1\" is not a phone number: use 11 digits for a mobile (13800000000) "
                                  "or an area code and number for a landline (0731-88888888).")
                    .arg(m.phone.trimmed()));
    }

    void requireDate(QDate date, const QString& field, const char* message)
    {
        if (!date.isValid())
            add(field, QCoreApplication::translate("Validation", message));
    }

    void checkRequiredDates()
    {
        switch (m.status) {
        case MemberStatus::Full:
            requireDate(m.fullOn, MemberField::fullOn,
                        QT_TRANSLATE_NOOP("Validation", "Enter the date of full membership."));
            Q_FALLTHROUGH();
        case MemberStatus::Probationary:
            requireDate(m.joinedOn, MemberField::joinedOn,
                        QT_TRANSLATE_NOOP("Validation", "Enter the date of joining the Party."));
            break;
        case MemberStatus::Candidate:
            requireDate(m.candidateOn, MemberField::candidateOn,
                        QT_TRANSLATE_NOOP("Validation", "Enter the date the applicant became a candidate."));
            break;
        case MemberStatus::Activist:
            requireDate(m.activistOn, MemberField::activistOn,
                        QT_TRANSLATE_NOOP("Validation", "Enter the date the applicant became an activist."));
            break;
        case MemberStatus::Applicant:
            requireDate(m.appliedOn, MemberField::appliedOn,
                        QT_TRANSLATE_NOOP("Validation", "Enter the date of application."));
            break;
        }
        if (!isPartyMember(m.status) && m.category != MemberCategory::Registered)
            add(MemberField::status,
                QCoreApplication::translate("Validation",
                                            "In-service and floating members are Party members: choose "
                                            "probationary or full member."));
    }

    // Each step must come after the one before it and not lie in the future.
    void checkDateOrder()
    {
        struct Step
        {
            QDate date;
            QString field;
            const char* label;
        };
        const Step steps[] = {
            {m.birthDate, MemberField::birthDate, QT_TRANSLATE_NOOP("Validation", "the birth date")},
            {m.appliedOn, MemberField::appliedOn, QT_TRANSLATE_NOOP("Validation", "the application date")},
            {m.activistOn, MemberField::activistOn, QT_TRANSLATE_NOOP("Validation", "the activist date")},
            {m.candidateOn, MemberField::candidateOn, QT_TRANSLATE_NOOP("Validation", "the candidate date")},
            {m.joinedOn, MemberField::joinedOn, QT_TRANSLATE_NOOP("Validation", "the joining date")},
            {m.fullOn, MemberField::fullOn, QT_TRANSLATE_NOOP("Validation", "the full-membership date")},
        };
        const Step* previous = nullptr;
        for (const Step& step : steps) {
            if (!step.date.isValid())
                continue;
            if (step.date > today && step.field != MemberField::birthDate)
                add(step.field, QCoreApplication::translate("Validation", "%1 is in the future.")
                                    .arg(isoDate(step.date)));
            if (previous && (step.date < previous->date ||
                             (step.date == previous->date && previous->field == MemberField::birthDate)))
                add(step.field,
                    QCoreApplication::translate("Validation", "%1 must come after %2 (%3).")
                        .arg(isoDate(step.date), QCoreApplication::translate("Validation", previous->label),
                             isoDate(previous->date)));
            previous = &step;
        }
        if (m.joinedOn.isValid() && m.birthDate.isValid() && ageOn(m.birthDate, m.joinedOn) < 18)
            add(MemberField::joinedOn,
                QCoreApplication::translate(
                    "Validation", "A member must be 18 or older on joining; on %1 this member was %2.")
                    .arg(isoDate(m.joinedOn))
                    .arg(ageOn(m.birthDate, m.joinedOn)));
        if (m.joinedOn.isValid() && m.fullOn.isValid() && m.fullOn > m.joinedOn &&
            m.fullOn < yearsCompleted(m.joinedOn, 1))
            add(MemberField::fullOn,
                QCoreApplication::translate("Validation",
                                            "The probation lasts one year: full membership can start on %1 "
                                            "at the earliest.")
                    .arg(isoDate(yearsCompleted(m.joinedOn, 1))));
        if (m.activistOn.isValid() && m.candidateOn.isValid() && m.candidateOn > m.activistOn &&
            m.candidateOn < yearsCompleted(m.activistOn, 1))
            add(MemberField::candidateOn,
                QCoreApplication::translate("Validation",
                                            "An activist is observed for at least a year: candidate from %1 "
                                            "at the earliest.")
                    .arg(isoDate(yearsCompleted(m.activistOn, 1))));
        if (m.hasLeft() && m.leftOn > today)
            add(MemberField::leftOn,
                QCoreApplication::translate("Validation", "The leaving date %1 is in the future.")
                    .arg(isoDate(m.leftOn)));
    }

    void checkCategoryFields()
    {
        switch (m.category) {
        case MemberCategory::Registered:
            break;
        case MemberCategory::InService:
            if (m.workUnit.trimmed().isEmpty())
                add(MemberField::workUnit,
                    QCoreApplication::translate("Validation",
                                                "Enter the work unit where the member is registered."));
            requireDate(
                m.reportedOn, MemberField::reportedOn,
                QT_TRANSLATE_NOOP("Validation", "Enter the date the member reported to the community."));
            break;
        case MemberCategory::FloatingOut:
            if (m.floatingPlace.trimmed().isEmpty())
                add(MemberField::floatingPlace,
                    QCoreApplication::translate("Validation", "Enter where the member lives or works now."));
            requireDate(m.floatingSince, MemberField::floatingSince,
                        QT_TRANSLATE_NOOP("Validation", "Enter since when the member has been away."));
            break;
        case MemberCategory::FloatingIn:
            if (m.homeOrganisation.trimmed().isEmpty())
                add(MemberField::homeOrganisation,
                    QCoreApplication::translate(
                        "Validation", "Enter the Party organisation where the member is registered."));
            requireDate(m.floatingSince, MemberField::floatingSince,
                        QT_TRANSLATE_NOOP("Validation", "Enter since when the member has lived here."));
            break;
        }
        if (m.floatingSince.isValid() && m.floatingSince > today)
            add(MemberField::floatingSince, QCoreApplication::translate("Validation", "%1 is in the future.")
                                                .arg(isoDate(m.floatingSince)));
        if (m.reportedOn.isValid() && m.reportedOn > today)
            add(MemberField::reportedOn,
                QCoreApplication::translate("Validation", "%1 is in the future.").arg(isoDate(m.reportedOn)));
    }

    const Member& m;
    const QDate today;
    FieldErrors errors;
};

// Which types may sit directly under which: the tree runs street → community → general branch →
// branch → Party group.
int level(OrgType type)
{
    switch (type) {
    case OrgType::StreetCommittee:
        return 0;
    case OrgType::CommunityCommittee:
    case OrgType::BigCommittee:
    case OrgType::JointCommittee:
        return 1;
    case OrgType::GeneralBranch:
        return 2;
    case OrgType::PartyGroup:
        return 4;
    default:
        return 3;
    }
}

} // namespace

FieldErrors memberPlacementWarnings(const Member& member, const QList<Organisation>& organisations,
                                    const QList<Grid>& grids)
{
    FieldErrors warnings;
    const Grid* grid = nullptr;
    for (const Grid& g : grids)
        if (g.id == member.gridId)
            grid = &g;
    if (member.gridId == 0 || !grid)
        return warnings;
    QHash<qint64, const Organisation*> byId;
    for (const Organisation& org : organisations)
        byId.insert(org.id, &org);
    const Organisation* org = byId.value(member.orgId);
    if (!org)
        return warnings;
    const auto gridText = [&](qint64 id) {
        for (const Grid& g : grids)
            if (g.id == id)
                return QStringLiteral("%1 %2").arg(g.code, g.name);
        return QString::number(id);
    };

    // The community the member's branch belongs to: the nearest community committee above it.
    const Organisation* community = nullptr;
    QSet<qint64> seen; // a loop in damaged data must not hang us
    for (const Organisation* o = org; o && !seen.contains(o->id); o = byId.value(o->parentId)) {
        seen << o->id;
        if (isCommunityCommittee(o->type)) {
            community = o;
            break;
        }
    }
    if (community && grid->communityId != community->id) {
        const Organisation* gridCommunity = byId.value(grid->communityId);
        warnings.append(
            {MemberField::grid,
             QCoreApplication::translate("Validation",
                                         "Grid %1 belongs to %2, not to %3, the community of the member's "
                                         "branch.")
                 .arg(gridText(grid->id),
                      gridCommunity ? gridCommunity->name
                                    : QCoreApplication::translate("Validation", "another community"),
                      community->name)});
    }

    // A Party group may sit on a grid of its own; otherwise its branch's grid counts.
    const Organisation* branch = org;
    if (branch->gridId == 0 && branch->type == OrgType::PartyGroup && byId.value(branch->parentId))
        branch = byId.value(branch->parentId);
    if (branch->gridId != 0 && branch->gridId != grid->id)
        warnings.append(
            {MemberField::grid,
             QCoreApplication::translate("Validation", "%1 sits on grid %2, not on the member's grid %3.")
                 .arg(organisationDisplayNames(organisations).value(branch->id), gridText(branch->gridId),
                      gridText(grid->id))});
    return warnings;
}

QString messageFor(const FieldErrors& errors, const QString& field)
{
    for (const FieldError& error : errors)
        if (error.field == field)
            return error.message;
    return {};
}

FieldErrors validateMember(const Member& member, const Clock& clock)
{
    return MemberChecks(member, clock).run();
}

FieldErrors validateOrganisation(const Organisation& org, const OrgType* parentType, const Clock& clock)
{
    FieldErrors errors;
    if (org.name.trimmed().isEmpty())
        errors.append(
            {OrgField::name, QCoreApplication::translate("Validation", "Enter the organisation's name.")});
    if (!parentType && org.type != OrgType::StreetCommittee && !isCommunityCommittee(org.type))
        errors.append({OrgField::parent,
                       QCoreApplication::translate("Validation", "Choose the organisation above this one.")});
    if (parentType && level(*parentType) >= level(org.type))
        errors.append(
            {OrgField::parent, QCoreApplication::translate("Validation", "A %1 cannot be placed under a %2.")
                                   .arg(enumLabel(org.type), enumLabel(*parentType))});
    if (org.foundedOn.isValid() && org.foundedOn > clock.today())
        errors.append({OrgField::foundedOn,
                       QCoreApplication::translate("Validation", "The founding date is in the future.")});
    if (org.termStart.isValid() && org.termEnd.isValid() && org.termEnd <= org.termStart)
        errors.append({OrgField::termEnd,
                       QCoreApplication::translate("Validation", "The term must end after it starts (%1).")
                           .arg(isoDate(org.termStart))});
    return errors;
}

} // namespace partydesk

namespace partydesk {

FieldErrors validateGrid(const Grid& grid)
{
    FieldErrors errors;
    if (grid.code.trimmed().isEmpty())
        errors.append({GridField::code, QCoreApplication::translate("Validation", "Enter the grid's code.")});
    if (grid.name.trimmed().isEmpty())
        errors.append({GridField::name, QCoreApplication::translate("Validation", "Enter the grid's name.")});
    return errors;
}

FieldErrors validateCoBuildingUnit(const CoBuildingUnit& unit, const Clock& clock)
{
    FieldErrors errors;
    if (unit.name.trimmed().isEmpty())
        errors.append({UnitField::name, QCoreApplication::translate("Validation", "Enter the unit's name.")});
    if (!unit.phone.trimmed().isEmpty() && !isValidPhone(unit.phone))
        errors.append(
            {UnitField::phone, QCoreApplication::translate("Validation", "\"%1\" is not a phone number.")
                                   .arg(unit.phone.trimmed())});
    if (unit.leftOn.isValid() && unit.joinedOn.isValid() && unit.leftOn < unit.joinedOn)
        errors.append(
            {UnitField::leftOn, QCoreApplication::translate("Validation", "The unit cannot leave before it "
                                                                          "joined (%1).")
                                    .arg(isoDate(unit.joinedOn))});
    if (unit.leftOn.isValid() && unit.leftOn > clock.today())
        errors.append(
            {UnitField::leftOn,
             QCoreApplication::translate("Validation", "%1 is in the future.").arg(isoDate(unit.leftOn))});
    return errors;
}

} // namespace partydesk
