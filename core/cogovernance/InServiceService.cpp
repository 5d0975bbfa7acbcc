#include "InServiceService.h"

#include "CommitteeScope.h"
#include "InServiceQueries.h"
#include "InServiceRows.h"
#include "repository/AuditLog.h"
#include "repository/MemberRepository.h"
#include "repository/OrganisationRepository.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"
#include "service/MemberService.h"
#include "service/WriteRefusal.h"
#include "Workspace.h"

#include <algorithm>
#include <optional>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

using namespace inservice;

InServiceService::InServiceService(QSqlDatabase db, MemberService& memberService, MemberRepository& members,
                                   OrganisationRepository& organisations, AuditLog& audit, const Clock& clock,
                                   const WriteGate& gate)
    : m_db(std::move(db)), m_memberService(memberService), m_members(members), m_organisations(organisations),
      m_audit(audit), m_clock(clock), m_gate(gate)
{
}

InServiceService::InServiceService(Workspace& w)
    : InServiceService(w.database(), w.memberService(), w.members(), w.organisations(), w.audit(), w.clock(),
                       w.writeGate())
{
}

QString InServiceService::refusal() const
{
    return writeRefusal(m_gate, m_audit.session(), Permission::EditMeetings);
}

QString InServiceService::refusalForStructure() const
{
    return writeRefusal(m_gate, m_audit.session(), Permission::EditOrganisations);
}

ServiceResult InServiceService::finish(const WriteResult& written, const ServiceResult& refusedWithin)
{
    if (!refusedWithin.ok())
        return refusedWithin;
    return ServiceResult::fromWrite(written);
}

// The posts the member holds today, in the order claimed, joined by "、", written to member.service_post.
ServiceResult InServiceService::claim(qint64 memberId, qint64 postId, QDate on, QDate reportedOn)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    Member member = m_members.get(memberId);
    if (member.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("InServiceService", "The member no longer exists."));
    if (member.category != MemberCategory::InService || member.hasLeft())
        return ServiceResult::invalid(
            QCoreApplication::translate("InServiceService", "%1 is not an in-service member on the roster.")
                .arg(member.name),
            InServiceField::member);
    const std::optional<ServicePost> post = readPost(m_db, postId);
    if (!post)
        return ServiceResult::invalid(
            QCoreApplication::translate("InServiceService", "Choose a service post."), InServiceField::post);
    const bool reportNow = !member.reportedOn.isValid();
    if (reportNow && !reportedOn.isValid())
        return ServiceResult::invalid(
            QCoreApplication::translate(
                "InServiceService", "%1 has not reported to the community: enter the day of the report-in.")
                .arg(member.name),
            InServiceField::reportedOn);
    const QDate reported = reportNow ? reportedOn : member.reportedOn;
    if (!on.isValid())
        return ServiceResult::invalid(
            QCoreApplication::translate("InServiceService", "Enter the day the post is claimed."),
            InServiceField::claimedOn);
    if (on > m_clock.today())
        return ServiceResult::invalid(
            QCoreApplication::translate("InServiceService", "The date %1 is in the future.")
                .arg(isoDateText(on)),
            InServiceField::claimedOn);
    if (on < reported)
        return ServiceResult::invalid(
            QCoreApplication::translate("InServiceService", "A post is claimed after the report-in (%1).")
                .arg(isoDateText(reported)),
            InServiceField::claimedOn);
    if (committeeOf(m_organisations.all(), member.orgId) != post->committeeId)
        return ServiceResult::invalid(
            QCoreApplication::translate("InServiceService",
                                        "%1 is not on the roster of the community that offers %2.")
                .arg(member.name, post->name),
            InServiceField::post);
    if (post->closedOn.isValid() && post->closedOn <= on)
        return ServiceResult::refused(
            QCoreApplication::translate("InServiceService", "The post %1 is closed since %2.")
                .arg(post->name, isoDateText(post->closedOn)));
    const QList<ServiceClaim> claims = readClaims(m_db, QStringLiteral("post_id = ?"), postId);
    for (const ServiceClaim& c : claims)
        if (c.memberId == memberId && (!c.releasedOn.isValid() || c.releasedOn > on))
            return ServiceResult::conflict(
                QCoreApplication::translate("InServiceService", "%1 already holds the post %2 (since %3).")
                    .arg(member.name, post->name, isoDateText(c.claimedOn)),
                InServiceField::post);
    if (post->capacity > 0) {
        // The new claim runs from `on` on: full on that day or on any later day another claim begins.
        QList<QDate> days = {on};
        for (const ServiceClaim& c : claims)
            if (c.claimedOn > on)
                days << c.claimedOn;
        for (QDate day : days) {
            int held = 0;
            for (const ServiceClaim& c : claims)
                held += heldOn(c, day) ? 1 : 0;
            if (held >= post->capacity)
                return ServiceResult::refused(
                    QCoreApplication::translate("InServiceService",
                                                "The post %1 is full on %2: its %3 place(s) are taken.")
                        .arg(post->name, isoDateText(day))
                        .arg(post->capacity));
        }
    }
    ServiceResult refusedWithin = ServiceResult::success();
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        QList<FieldChange> changes;
        if (reportNow) { // the member's own rules and history apply to the report-in
            member.reportedOn = reported;
            refusedWithin = m_memberService.saveWithin(member);
            if (!refusedWithin.ok())
                return QStringLiteral("refused");
            changes.append({QStringLiteral("reported_on"), QString(), isoDateText(reported)});
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO service_claim (post_id, member_id, claimed_on) VALUES (?, ?, ?) RETURNING id"));
        bindValues(q, {postId, memberId, sqlDate(on)});
        if (const QString error = execQuery(q); !error.isEmpty())
            return error;
        *id = returnedId(q);
        changes.append({QStringLiteral("claimed_on"), QString(), isoDateText(on)});
        QString before, after;
        if (const QString error = syncServicePost(memberId, &before, &after); !error.isEmpty())
            return error;
        if (before != after)
            changes.append({QStringLiteral("service_post"), before, after});
        return m_audit.recordChange(
                   QStringLiteral("inservice.claim"),
                   QStringLiteral("member %1 %2: %3").arg(memberId).arg(member.name, post->name), changes)
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    });
    return finish(written, refusedWithin);
}

ServiceResult InServiceService::release(qint64 claimId, QDate on)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const QList<ServiceClaim> found = readClaims(m_db, QStringLiteral("id = ?"), claimId);
    if (found.isEmpty())
        return ServiceResult::conflict(
            QCoreApplication::translate("InServiceService", "The claim no longer exists."));
    const ServiceClaim c = found.first();
    if (c.releasedOn.isValid())
        return ServiceResult::conflict(
            QCoreApplication::translate("InServiceService", "The post was released on %1.")
                .arg(isoDateText(c.releasedOn)));
    if (!on.isValid())
        return ServiceResult::invalid(
            QCoreApplication::translate("InServiceService", "Enter the day the post is released."),
            InServiceField::releasedOn);
    if (on > m_clock.today())
        return ServiceResult::invalid(
            QCoreApplication::translate("InServiceService", "The date %1 is in the future.")
                .arg(isoDateText(on)),
            InServiceField::releasedOn);
    if (on < c.claimedOn)
        return ServiceResult::invalid(
            QCoreApplication::translate("InServiceService", "The post was claimed on %1, after that day.")
                .arg(isoDateText(c.claimedOn)),
            InServiceField::releasedOn);
    const std::optional<ServicePost> post = readPost(m_db, c.postId);
    const Member member = m_members.get(c.memberId);
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        *id = claimId;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE service_claim SET released_on = ? WHERE id = ?"));
        bindValues(q, {sqlDate(on), claimId});
        if (const QString error = execQuery(q); !error.isEmpty())
            return error;
        QList<FieldChange> changes = {{QStringLiteral("released_on"), QString(), isoDateText(on)}};
        QString before, after;
        if (const QString error = syncServicePost(c.memberId, &before, &after); !error.isEmpty())
            return error;
        if (before != after)
            changes.append({QStringLiteral("service_post"), before, after});
        return m_audit.recordChange(QStringLiteral("inservice.release"),
                                    QStringLiteral("member %1 %2: %3")
                                        .arg(c.memberId)
                                        .arg(member.name, post ? post->name : QString()),
                                    changes)
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    });
    return ServiceResult::fromWrite(written);
}

FieldErrors InServiceService::checkRecord(const ServiceRecord& r) const
{
    FieldErrors errors;
    const Member member = m_members.get(r.memberId);
    if (member.id == 0 || member.category != MemberCategory::InService)
        errors.append({InServiceField::member,
                       QCoreApplication::translate("InServiceService", "Choose an in-service member.")});
    else if (!member.reportedOn.isValid())
        errors.append(
            {InServiceField::member,
             QCoreApplication::translate("InServiceService",
                                         "%1 has not reported to the community: record the report-in first.")
                 .arg(member.name)});
    if (!r.servedOn.isValid())
        errors.append({InServiceField::servedOn,
                       QCoreApplication::translate("InServiceService", "Enter the day of the service.")});
    else if (r.servedOn > m_clock.today())
        errors.append({InServiceField::servedOn,
                       QCoreApplication::translate("InServiceService", "The date %1 is in the future.")
                           .arg(isoDateText(r.servedOn))});
    else if (member.reportedOn.isValid() && r.servedOn < member.reportedOn)
        errors.append(
            {InServiceField::servedOn,
             QCoreApplication::translate("InServiceService", "The service is before the report-in (%1).")
                 .arg(isoDateText(member.reportedOn))});
    if (r.activity.trimmed().isEmpty())
        errors.append({InServiceField::activity,
                       QCoreApplication::translate("InServiceService", "Enter what was done.")});
    if (r.hoursTenths < 1 || r.hoursTenths > 240)
        errors.append({InServiceField::hours,
                       QCoreApplication::translate("InServiceService", "Hours are from 0.1 to 24.")});
    if (r.postId > 0 && !readPost(m_db, r.postId))
        errors.append({InServiceField::post, QCoreApplication::translate(
                                                 "InServiceService", "The service post no longer exists.")});
    return errors;
}

ServiceResult InServiceService::saveRecord(const ServiceRecord& input)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    ServiceRecord r = input;
    r.activity = r.activity.trimmed();
    r.verifiedBy = r.verifiedBy.trimmed();
    r.notes = r.notes.trimmed();
    if (const FieldErrors errors = checkRecord(r); !errors.isEmpty())
        return ServiceResult::invalid(errors);
    QSqlQuery q(m_db);
    ServiceRecord old;
    if (r.id > 0) {
        q.prepare(QStringLiteral("SELECT served_on, activity, hours_tenths, verified_by, notes, member_id "
                                 "FROM service_record WHERE id = ?"));
        q.addBindValue(r.id);
        if (!execRead(q) || !q.next())
            return ServiceResult::conflict(
                QCoreApplication::translate("InServiceService", "The service record no longer exists."));
        old = {r.id,
               q.value(5).toLongLong(),
               0,
               dateFromSql(q.value(0)),
               q.value(1).toString(),
               q.value(2).toInt(),
               q.value(3).toString(),
               q.value(4).toString()};
        if (old.memberId != r.memberId)
            return ServiceResult::invalid(
                QCoreApplication::translate("InServiceService", "A service record stays with its member."),
                InServiceField::member);
    }
    const Member member = m_members.get(r.memberId);
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        if (r.id > 0) {
            q.prepare(QStringLiteral("UPDATE service_record SET post_id = ?, served_on = ?, activity = ?, "
                                     "hours_tenths = ?, verified_by = ?, notes = ? WHERE id = ?"));
            bindValues(q, {sqlId(r.postId), sqlDate(r.servedOn), r.activity, r.hoursTenths, r.verifiedBy,
                           r.notes, r.id});
        } else {
            q.prepare(QStringLiteral(
                "INSERT INTO service_record (member_id, post_id, served_on, activity, "
                "hours_tenths, verified_by, notes) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
            bindValues(q, {r.memberId, sqlId(r.postId), sqlDate(r.servedOn), r.activity, r.hoursTenths,
                           r.verifiedBy, r.notes});
        }
        if (const QString error = execQuery(q); !error.isEmpty())
            return error;
        *id = r.id > 0 ? r.id : returnedId(q);
        QList<FieldChange> changes = {
            {QStringLiteral("served_on"), isoDateText(old.servedOn), isoDateText(r.servedOn)},
            {QStringLiteral("activity"), old.activity, r.activity},
            {QStringLiteral("hours"), old.id ? hoursText(old.hoursTenths) : QString(),
             hoursText(r.hoursTenths)},
            {QStringLiteral("verified_by"), old.verifiedBy, r.verifiedBy},
            {QStringLiteral("notes"), old.notes, r.notes}};
        if (!old.id)
            changes[0].before.clear();
        changes.erase(std::remove_if(changes.begin(), changes.end(),
                                     [](const FieldChange& c) { return c.before == c.after; }),
                      changes.end());
        return m_audit.recordChange(
                   r.id > 0 ? QStringLiteral("inservice.record_update")
                            : QStringLiteral("inservice.record_add"),
                   QStringLiteral("member %1 %2: service %3").arg(r.memberId).arg(member.name).arg(*id),
                   changes)
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult InServiceService::deleteRecord(qint64 recordId)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.member_id, m.name, r.served_on, r.activity, r.hours_tenths "
                             "FROM service_record r JOIN member m ON m.id = r.member_id WHERE r.id = ?"));
    q.addBindValue(recordId);
    if (!execRead(q) || !q.next())
        return ServiceResult::conflict(
            QCoreApplication::translate("InServiceService", "The service record no longer exists."));
    const qint64 memberId = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    const QList<FieldChange> changes = {{QStringLiteral("served_on"), q.value(2).toString(), QString()},
                                        {QStringLiteral("activity"), q.value(3).toString(), QString()},
                                        {QStringLiteral("hours"), hoursText(q.value(4).toInt()), QString()}};
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        *id = recordId;
        q.prepare(QStringLiteral("DELETE FROM service_record WHERE id = ?"));
        q.addBindValue(recordId);
        if (const QString error = execQuery(q); !error.isEmpty())
            return error;
        return m_audit.recordChange(
                   QStringLiteral("inservice.record_delete"),
                   QStringLiteral("member %1 %2: service %3").arg(memberId).arg(name).arg(recordId), changes)
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    });
    return ServiceResult::fromWrite(written);
}

} // namespace partydesk
