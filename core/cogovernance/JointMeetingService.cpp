#include "JointMeetingService.h"

#include "ChairRota.h"
#include "repository/AuditLog.h"
#include "repository/OrganisationRepository.h"
#include "repository/SqlTransaction.h"
#include "service/WriteRefusal.h"
#include "Workspace.h"

#include <algorithm>
#include <QCoreApplication>

namespace partydesk {

namespace {

const char* const auditFailed = "audit_log: could not record the joint meeting change";

const CoBuildingUnit* findUnit(const QList<CoBuildingUnit>& units, qint64 id)
{
    for (const CoBuildingUnit& unit : units)
        if (unit.id == id)
            return &unit;
    return nullptr;
}

// The committee's units in the order they were added: the rota's order.
QList<RotaUnit> rotaUnits(QList<CoBuildingUnit> units)
{
    std::sort(units.begin(), units.end(),
              [](const CoBuildingUnit& a, const CoBuildingUnit& b) { return a.id < b.id; });
    QList<RotaUnit> list;
    for (const CoBuildingUnit& unit : units)
        list << RotaUnit{unit.id, unit.joinedOn, unit.leftOn};
    return list;
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

JointMeetings::JointMeetings(Workspace& workspace)
    : m_repository(workspace.database()),
      m_service(m_repository, workspace.organisations(), workspace.audit(), workspace.clock(),
                workspace.writeGate())
{
}

bool JointMeetingService::seatedOn(const CoBuildingUnit& unit, QDate date)
{
    return (!unit.joinedOn.isValid() || unit.joinedOn <= date) &&
           (!unit.leftOn.isValid() || unit.leftOn > date);
}

QString JointMeetingService::refusal(bool structure) const
{
    return writeRefusal(m_gate, m_audit.session(),
                        structure ? Permission::EditOrganisations : Permission::EditMeetings);
}

ServiceResult JointMeetingService::write(const QString& action, const QString& detail,
                                         const std::function<QString(qint64*)>& work)
{
    QSqlDatabase db = m_repository.database();
    return ServiceResult::fromWrite(inTransaction(db, [&](qint64* id) -> QString {
        if (QString error = work(id); !error.isEmpty())
            return error;
        return m_audit.record(action, detail) ? QString() : QString::fromLatin1(auditFailed);
    }));
}

FieldError JointMeetingService::decisionProblem(const JointDecision& d, QDate meetingOn,
                                                const QList<CoBuildingUnit>& units) const
{
    const QDate today = m_clock.today();
    if (d.text.trimmed().isEmpty())
        return {QStringLiteral("decision"),
                QCoreApplication::translate("JointMeetingService", "Write what was decided.")};
    if (d.responsibleUnitId > 0 && !findUnit(units, d.responsibleUnitId))
        return {QStringLiteral("responsible_unit"),
                QCoreApplication::translate(
                    "JointMeetingService",
                    "The responsible unit is not one of the committee's co-building units.")};
    if (d.dueOn.isValid() && d.dueOn < meetingOn)
        return {
            QStringLiteral("due_on"),
            QCoreApplication::translate("JointMeetingService", "The due date %1 is before the meeting (%2).")
                .arg(day(d.dueOn), day(meetingOn))};
    if (d.status == DecisionStatus::Open)
        return {};
    if (d.status == DecisionStatus::Done && !d.doneOn.isValid())
        return {QStringLiteral("done_on"),
                QCoreApplication::translate("JointMeetingService", "Give the day it was done.")};
    if (d.doneOn.isValid() && d.doneOn < meetingOn)
        return {QStringLiteral("done_on"),
                QCoreApplication::translate("JointMeetingService", "The day %1 is before the meeting (%2).")
                    .arg(day(d.doneOn), day(meetingOn))};
    if (d.doneOn.isValid() && d.doneOn > today)
        return {QStringLiteral("done_on"),
                QCoreApplication::translate("JointMeetingService", "The day %1 is after today.")
                    .arg(day(d.doneOn))};
    if (d.followUp.trimmed().isEmpty())
        return {QStringLiteral("follow_up"),
                d.status == DecisionStatus::Done
                    ? QCoreApplication::translate("JointMeetingService", "Write how it was carried out.")
                    : QCoreApplication::translate("JointMeetingService", "Write why it was dropped.")};
    return {};
}

void JointMeetingService::normalise(JointMeeting& m) const
{
    if (m.chairUnitId > 0 && !m.unitIds.contains(m.chairUnitId) &&
        findUnit(m_organisations.coBuildingUnits(m.committeeId), m.chairUnitId))
        m.unitIds.prepend(m.chairUnitId);
    for (JointDecision& d : m.decisions) {
        d.text = d.text.trimmed();
        d.followUp = d.followUp.trimmed();
        if (d.status == DecisionStatus::Open)
            d.doneOn = QDate();
    }
}

FieldErrors JointMeetingService::checkMeeting(const JointMeeting& meeting) const
{
    JointMeeting m = meeting;
    FieldErrors errors;
    const QList<CoBuildingUnit> units = m_organisations.coBuildingUnits(m.committeeId);
    if (!m.heldOn.isValid())
        errors.append(
            {QStringLiteral("held_on"),
             QCoreApplication::translate("JointMeetingService", "Give the day the meeting was held.")});
    else if (m.heldOn > m_clock.today())
        errors.append({QStringLiteral("held_on"),
                       QCoreApplication::translate("JointMeetingService",
                                                   "%1 is after today: record a meeting once it is held.")
                           .arg(day(m.heldOn))});
    const CoBuildingUnit* chair = findUnit(units, m.chairUnitId);
    if (!chair)
        errors.append({QStringLiteral("chair_unit"),
                       QCoreApplication::translate("JointMeetingService",
                                                   "Choose the chair unit among the committee's units.")});
    else if (m.heldOn.isValid() && !seatedOn(*chair, m.heldOn))
        errors.append(
            {QStringLiteral("chair_unit"),
             QCoreApplication::translate("JointMeetingService", "%1 did not sit on the committee on %2.")
                 .arg(chair->name, day(m.heldOn))});
    for (qint64 unitId : m.unitIds)
        if (!findUnit(units, unitId)) {
            errors.append({QStringLiteral("units"),
                           QCoreApplication::translate("JointMeetingService",
                                                       "An attending unit is not one of the committee's.")});
            break;
        }
    normalise(m);
    for (int i = 0; i < m.decisions.size() && m.heldOn.isValid(); ++i)
        if (const FieldError why = decisionProblem(m.decisions[i], m.heldOn, units); !why.message.isEmpty()) {
            errors.append({QStringLiteral("decisions"),
                           QCoreApplication::translate("JointMeetingService", "Decision %1: %2")
                               .arg(i + 1)
                               .arg(why.message)});
            break;
        }
    return errors;
}

ServiceResult JointMeetingService::saveMeeting(JointMeeting m)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (!isCommunityCommittee(m_organisations.get(m.committeeId).type))
        return ServiceResult::invalid(
            QCoreApplication::translate(
                "JointMeetingService", "Joint meetings belong to a community committee: choose a community."),
            QStringLiteral("committee"));
    if (m.id > 0) {
        const std::optional<JointMeeting> before = m_repository.meeting(m.id);
        if (!before || before->committeeId != m.committeeId)
            return ServiceResult::refused(
                QCoreApplication::translate("JointMeetingService", "This joint meeting no longer exists."));
    }
    if (const FieldErrors errors = checkMeeting(m); !errors.isEmpty())
        return ServiceResult::invalid(errors);
    normalise(m);
    const bool added = m.id <= 0;
    const QString detail = QStringLiteral("committee %1, held %2, chair unit %3, %4 units, %5 decisions")
                               .arg(m.committeeId)
                               .arg(day(m.heldOn))
                               .arg(m.chairUnitId)
                               .arg(m.unitIds.size())
                               .arg(m.decisions.size());
    return write(added ? QStringLiteral("jointmeeting.add") : QStringLiteral("jointmeeting.update"), detail,
                 [&](qint64* id) {
                     const QString error = m_repository.saveMeeting(m);
                     *id = m.id;
                     return error;
                 });
}

ServiceResult JointMeetingService::deleteMeeting(qint64 meetingId)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const std::optional<JointMeeting> m = m_repository.meeting(meetingId);
    if (!m)
        return ServiceResult::refused(
            QCoreApplication::translate("JointMeetingService", "This joint meeting no longer exists."));
    const QString detail = QStringLiteral("meeting %1, committee %2, held %3, %4 decisions")
                               .arg(meetingId)
                               .arg(m->committeeId)
                               .arg(day(m->heldOn))
                               .arg(m->decisions.size());
    return write(QStringLiteral("jointmeeting.delete"), detail, [&](qint64* id) {
        *id = meetingId;
        return m_repository.deleteMeeting(meetingId);
    });
}

FieldErrors JointMeetingService::checkFollowUp(qint64 decisionId, DecisionStatus status, QDate on,
                                               const QString& note) const
{
    const std::optional<JointDecisionRow> row = m_repository.decision(decisionId);
    if (!row)
        return {};
    JointDecision d = row->decision;
    d.status = status;
    d.doneOn = status == DecisionStatus::Open ? QDate() : on;
    d.followUp = note.trimmed();
    const QList<CoBuildingUnit> units = m_organisations.coBuildingUnits(row->committeeId);
    if (const FieldError why = decisionProblem(d, row->meetingOn, units); !why.message.isEmpty())
        return {why};
    return {};
}

ServiceResult JointMeetingService::followUp(qint64 decisionId, DecisionStatus status, QDate on,
                                            const QString& note)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const std::optional<JointDecisionRow> row = m_repository.decision(decisionId);
    if (!row)
        return ServiceResult::refused(
            QCoreApplication::translate("JointMeetingService", "This decision no longer exists."));
    if (const FieldErrors errors = checkFollowUp(decisionId, status, on, note); !errors.isEmpty())
        return ServiceResult::invalid(errors.first().message, errors.first().field);
    JointDecision d = row->decision;
    const QString before = decisionStatusCode(d.status);
    d.status = status;
    d.doneOn = status == DecisionStatus::Open ? QDate() : on;
    d.followUp = note.trimmed();
    const QString detail = QStringLiteral("decision %1 of meeting %2: %3 → %4 on %5")
                               .arg(decisionId)
                               .arg(d.meetingId)
                               .arg(before, decisionStatusCode(status), day(d.doneOn));
    return write(QStringLiteral("jointdecision.follow_up"), detail, [&](qint64* id) {
        *id = decisionId;
        return m_repository.saveFollowUp(d);
    });
}

QList<qint64> JointMeetingService::proposedRota(qint64 committeeId, int year) const
{
    const QList<qint64> lastYear = m_repository.rota(committeeId, year - 1);
    return chairRota(rotaUnits(m_organisations.coBuildingUnits(committeeId)), year, lastYear.value(11));
}

ServiceResult JointMeetingService::generateRota(qint64 committeeId, int year, int fromMonth)
{
    if (const QString why = refusal(true); !why.isEmpty())
        return ServiceResult::refused(why);
    if (!isCommunityCommittee(m_organisations.get(committeeId).type))
        return ServiceResult::invalid(
            QCoreApplication::translate("JointMeetingService",
                                        "The rota belongs to a community committee: choose a community."),
            QStringLiteral("committee"));
    if (year < 2000 || year > 2100 || fromMonth < 1 || fromMonth > 12)
        return ServiceResult::invalid(
            QCoreApplication::translate("JointMeetingService",
                                        "Choose a year from 2000 to 2100 and a month from 1 to 12."),
            QStringLiteral("year"));
    const QList<qint64> proposal = proposedRota(committeeId, year);
    if (!std::any_of(proposal.cbegin(), proposal.cend(), [](qint64 id) { return id > 0; }))
        return ServiceResult::invalid(
            QCoreApplication::translate("JointMeetingService",
                                        "No co-building unit sits on the committee in %1.")
                .arg(year),
            QStringLiteral("year"));
    const QString detail =
        QStringLiteral("committee %1, %2 from month %3").arg(committeeId).arg(year).arg(fromMonth);
    return write(QStringLiteral("chairrota.generate"), detail, [&](qint64* id) -> QString {
        *id = committeeId;
        for (int month = fromMonth; month <= 12; ++month)
            if (QString error = m_repository.setRotaMonth(committeeId, year, month, proposal[month - 1]);
                !error.isEmpty())
                return error;
        return {};
    });
}

ServiceResult JointMeetingService::setRotaMonth(qint64 committeeId, int year, int month, qint64 unitId)
{
    if (const QString why = refusal(true); !why.isEmpty())
        return ServiceResult::refused(why);
    if (month < 1 || month > 12)
        return ServiceResult::invalid(
            QCoreApplication::translate("JointMeetingService", "Choose a month from 1 to 12."),
            QStringLiteral("month"));
    if (unitId > 0) {
        const QList<CoBuildingUnit> units = m_organisations.coBuildingUnits(committeeId);
        const CoBuildingUnit* unit = findUnit(units, unitId);
        if (!unit)
            return ServiceResult::invalid(
                QCoreApplication::translate("JointMeetingService",
                                            "The chair is one of the committee's co-building units."),
                QStringLiteral("unit"));
        // The rota's own rule of who is seated in a month: a rota of that unit alone.
        if (chairRota({RotaUnit{unit->id, unit->joinedOn, unit->leftOn}}, year).value(month - 1) == 0)
            return ServiceResult::invalid(
                QCoreApplication::translate("JointMeetingService",
                                            "%1 does not sit on the committee for the whole of %2-%3.")
                    .arg(unit->name)
                    .arg(year)
                    .arg(month, 2, 10, QLatin1Char('0')),
                QStringLiteral("unit"));
    }
    const QString detail = QStringLiteral("committee %1, %2-%3: unit %4")
                               .arg(committeeId)
                               .arg(year)
                               .arg(month, 2, 10, QLatin1Char('0'))
                               .arg(unitId);
    return write(QStringLiteral("chairrota.month"), detail, [&](qint64* id) {
        *id = committeeId;
        return m_repository.setRotaMonth(committeeId, year, month, unitId);
    });
}

qint64 JointMeetingService::chairOf(qint64 committeeId, QDate date) const
{
    return date.isValid() ? m_repository.rota(committeeId, date.year()).value(date.month() - 1) : 0;
}

FieldErrors JointMeetingService::checkActivity(const UnitActivity& activity) const
{
    UnitActivity a = activity;
    FieldErrors errors;
    const qint64 committee = m_repository.committeeOfUnit(a.unitId);
    a.title = a.title.trimmed();
    if (committee == 0)
        errors.append({QStringLiteral("unit"),
                       QCoreApplication::translate("JointMeetingService", "Choose the co-building unit.")});
    if (!a.heldOn.isValid())
        errors.append({QStringLiteral("held_on"),
                       QCoreApplication::translate("JointMeetingService", "Give the day of the activity.")});
    else if (a.heldOn > m_clock.today())
        errors.append({QStringLiteral("held_on"),
                       QCoreApplication::translate("JointMeetingService",
                                                   "%1 is after today: record an activity once it is held.")
                           .arg(day(a.heldOn))});
    if (a.title.isEmpty())
        errors.append({QStringLiteral("title"),
                       QCoreApplication::translate("JointMeetingService", "Give the activity a title.")});
    if (a.participants < -1)
        errors.append({QStringLiteral("participants"),
                       QCoreApplication::translate("JointMeetingService",
                                                   "The number of participants is not negative.")});
    if (a.asChair && committee != 0 && a.heldOn.isValid() && chairOf(committee, a.heldOn) != a.unitId)
        errors.append({QStringLiteral("as_chair"),
                       QCoreApplication::translate(
                           "JointMeetingService",
                           "The unit is not the rota's chair in %1: record it as an ordinary activity or "
                           "change the rota first.")
                           .arg(a.heldOn.toString(QStringLiteral("yyyy-MM")))});
    return errors;
}

ServiceResult JointMeetingService::saveActivity(UnitActivity a)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    a.title = a.title.trimmed();
    const FieldErrors errors = checkActivity(a);
    if (a.id > 0 && !m_repository.activity(a.id))
        return ServiceResult::refused(
            QCoreApplication::translate("JointMeetingService", "This activity no longer exists."));
    if (!errors.isEmpty())
        return ServiceResult::invalid(errors);
    const bool added = a.id <= 0;
    const QString detail =
        QStringLiteral("unit %1, %2%3: %4")
            .arg(a.unitId)
            .arg(day(a.heldOn), a.asChair ? QStringLiteral(" as chair") : QString(), a.title);
    return write(added ? QStringLiteral("unitactivity.add") : QStringLiteral("unitactivity.update"), detail,
                 [&](qint64* id) {
                     const QString error = m_repository.saveActivity(a);
                     *id = a.id;
                     return error;
                 });
}

ServiceResult JointMeetingService::deleteActivity(qint64 activityId)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const std::optional<UnitActivity> a = m_repository.activity(activityId);
    if (!a)
        return ServiceResult::refused(
            QCoreApplication::translate("JointMeetingService", "This activity no longer exists."));
    const QString detail = QStringLiteral("activity %1 of unit %2, %3: %4")
                               .arg(activityId)
                               .arg(a->unitId)
                               .arg(day(a->heldOn), a->title);
    return write(QStringLiteral("unitactivity.delete"), detail, [&](qint64* id) {
        *id = activityId;
        return m_repository.deleteActivity(activityId);
    });
}

} // namespace partydesk
