#include "InServiceService.h"

#include "CommitteeScope.h"
#include "InServiceQueries.h"
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

namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("InServiceService", source);
}

const char* const auditFailed = "audit_log: could not record the change";

std::optional<ServicePost> readPost(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, committee_id, name, capacity, description, closed_on FROM service_post "
                       "WHERE id = ?"));
    q.addBindValue(id);
    if (!execRead(q) || !q.next())
        return std::nullopt;
    return ServicePost{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toInt(),      q.value(4).toString(),   dateFromSql(q.value(5))};
}

QList<ServiceClaim> readClaims(const QSqlDatabase& db, const QString& where, qint64 id)
{
    QList<ServiceClaim> claims;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, post_id, member_id, claimed_on, released_on FROM service_claim WHERE ") +
        where + QStringLiteral(" ORDER BY claimed_on, id"));
    q.addBindValue(id);
    if (!execRead(q))
        return claims;
    while (q.next())
        claims.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       dateFromSql(q.value(3)), dateFromSql(q.value(4))});
    return claims;
}

bool heldOn(const ServiceClaim& claim, QDate day)
{
    return claim.claimedOn <= day && (!claim.releasedOn.isValid() || claim.releasedOn > day);
}

QString capacityText(int capacity)
{
    return capacity > 0 ? QString::number(capacity) : QString();
}

} // namespace

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
QString InServiceService::syncServicePost(qint64 memberId, QString* before, QString* after)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT service_post FROM member WHERE id = ?"));
    q.addBindValue(memberId);
    if (!q.exec() || !q.next())
        return q.lastError().text().isEmpty() ? QStringLiteral("member %1 not found").arg(memberId)
                                              : q.lastError().text();
    *before = q.value(0).toString();
    const QString today = isoDateText(m_clock.today());
    q.prepare(QStringLiteral("SELECT p.name FROM service_claim c JOIN service_post p ON p.id = c.post_id "
                             "WHERE c.member_id = ? AND c.claimed_on <= ? AND (c.released_on IS NULL OR "
                             "c.released_on > ?) ORDER BY c.claimed_on, c.id"));
    bindValues(q, {memberId, today, today});
    if (!q.exec())
        return q.lastError().text();
    QStringList names;
    while (q.next())
        if (!names.contains(q.value(0).toString()))
            names << q.value(0).toString();
    *after = names.join(QStringLiteral("、"));
    if (*after == *before)
        return {};
    q.prepare(QStringLiteral("UPDATE member SET service_post = ? WHERE id = ?"));
    bindValues(q, {*after, memberId});
    return execQuery(q);
}

ServiceResult InServiceService::savePost(const ServicePost& input)
{
    if (const QString why = refusalForStructure(); !why.isEmpty())
        return ServiceResult::refused(why);
    ServicePost post = input;
    post.name = post.name.trimmed();
    post.description = post.description.trimmed();
    std::optional<ServicePost> old;
    if (post.id > 0) {
        old = readPost(m_db, post.id);
        if (!old)
            return ServiceResult::conflict(text("The service post no longer exists."));
        post.committeeId = old->committeeId;
        post.closedOn = old->closedOn;
    }
    FieldErrors errors;
    if (post.committeeId <= 0)
        errors.append(
            {InServiceField::post, text("Choose a community: service posts belong to its committee.")});
    if (post.name.isEmpty())
        errors.append({InServiceField::name, text("Enter the name of the post.")});
    if (post.capacity < 0)
        errors.append({InServiceField::capacity, text("The number of places is at least 1 (or no limit).")});
    if (!errors.isEmpty())
        return ServiceResult::invalid(errors);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT count(*) FROM service_post WHERE committee_id = ? AND name = ? AND id <> ?"));
    bindValues(q, {post.committeeId, post.name, post.id});
    if (!execRead(q) || !q.next())
        return ServiceResult::storage(q.lastError().text());
    if (q.value(0).toInt() > 0)
        return ServiceResult::conflict(text("The community already has a post named %1.").arg(post.name),
                                       InServiceField::name);
    QList<ServiceClaim> claims;
    if (post.id > 0 && post.capacity > 0) {
        claims = readClaims(m_db, QStringLiteral("post_id = ?"), post.id);
        int heldNow = 0;
        for (const ServiceClaim& c : claims)
            heldNow += !c.releasedOn.isValid() || c.releasedOn > m_clock.today() ? 1 : 0;
        if (heldNow > post.capacity)
            return ServiceResult::invalid(
                text("%1 members hold the post now: release claims before lowering its places.").arg(heldNow),
                InServiceField::capacity);
    }
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        if (post.id > 0) {
            q.prepare(QStringLiteral(
                "UPDATE service_post SET name = ?, capacity = ?, description = ? WHERE id = ?"));
            bindValues(q, {post.name, post.capacity > 0 ? QVariant(post.capacity) : QVariant(),
                           post.description, post.id});
        } else {
            q.prepare(QStringLiteral("INSERT INTO service_post (committee_id, name, capacity, description) "
                                     "VALUES (?, ?, ?, ?)"));
            bindValues(q, {post.committeeId, post.name,
                           post.capacity > 0 ? QVariant(post.capacity) : QVariant(), post.description});
        }
        if (const QString error = execQuery(q); !error.isEmpty())
            return error;
        *id = post.id > 0 ? post.id : q.lastInsertId().toLongLong();
        QList<FieldChange> changes = {
            {QStringLiteral("name"), old ? old->name : QString(), post.name},
            {QStringLiteral("capacity"), old ? capacityText(old->capacity) : QString(),
             capacityText(post.capacity)},
            {QStringLiteral("description"), old ? old->description : QString(), post.description}};
        changes.erase(std::remove_if(changes.begin(), changes.end(),
                                     [](const FieldChange& c) { return c.before == c.after; }),
                      changes.end());
        if (old && old->name != post.name) { // the holders' service_post shows the new name
            QSqlQuery holders(m_db);
            holders.prepare(QStringLiteral("SELECT DISTINCT member_id FROM service_claim WHERE post_id = ?"));
            holders.addBindValue(post.id);
            if (const QString error = execQuery(holders); !error.isEmpty())
                return error;
            while (holders.next()) {
                QString before, after;
                if (const QString error = syncServicePost(holders.value(0).toLongLong(), &before, &after);
                    !error.isEmpty())
                    return error;
            }
        }
        return m_audit.recordChange(old ? QStringLiteral("inservice.post_update")
                                        : QStringLiteral("inservice.post_add"),
                                    QStringLiteral("service post %1 %2").arg(*id).arg(post.name), changes)
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult InServiceService::closePost(qint64 postId, QDate on)
{
    if (const QString why = refusalForStructure(); !why.isEmpty())
        return ServiceResult::refused(why);
    const std::optional<ServicePost> post = readPost(m_db, postId);
    if (!post)
        return ServiceResult::conflict(text("The service post no longer exists."));
    if (post->closedOn.isValid())
        return ServiceResult::conflict(
            text("The post %1 was closed on %2.").arg(post->name, isoDateText(post->closedOn)));
    if (!on.isValid())
        return ServiceResult::invalid(text("Enter the day the post closes."), InServiceField::closedOn);
    if (on > m_clock.today())
        return ServiceResult::invalid(text("The date %1 is in the future.").arg(isoDateText(on)),
                                      InServiceField::closedOn);
    const QList<ServiceClaim> claims = readClaims(m_db, QStringLiteral("post_id = ?"), postId);
    for (const ServiceClaim& c : claims)
        if (c.claimedOn > on)
            return ServiceResult::invalid(
                text("A member claimed the post on %1, after that day.").arg(isoDateText(c.claimedOn)),
                InServiceField::closedOn);
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        *id = postId;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE service_post SET closed_on = ? WHERE id = ?"));
        bindValues(q, {sqlDate(on), postId});
        if (const QString error = execQuery(q); !error.isEmpty())
            return error;
        q.prepare(QStringLiteral("UPDATE service_claim SET released_on = ? WHERE post_id = ? AND "
                                 "(released_on IS NULL OR released_on > ?)"));
        bindValues(q, {sqlDate(on), postId, sqlDate(on)});
        if (const QString error = execQuery(q); !error.isEmpty())
            return error;
        for (const ServiceClaim& c : claims) {
            QString before, after;
            if (const QString error = syncServicePost(c.memberId, &before, &after); !error.isEmpty())
                return error;
        }
        return m_audit.recordChange(QStringLiteral("inservice.post_close"),
                                    QStringLiteral("service post %1 %2").arg(postId).arg(post->name),
                                    {{QStringLiteral("closed_on"), QString(), isoDateText(on)}})
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult InServiceService::claim(qint64 memberId, qint64 postId, QDate on, QDate reportedOn)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    Member member = m_members.get(memberId);
    if (member.id == 0)
        return ServiceResult::conflict(text("The member no longer exists."));
    if (member.category != MemberCategory::InService || member.hasLeft())
        return ServiceResult::invalid(text("%1 is not an in-service member on the roster.").arg(member.name),
                                      InServiceField::member);
    const std::optional<ServicePost> post = readPost(m_db, postId);
    if (!post)
        return ServiceResult::invalid(text("Choose a service post."), InServiceField::post);
    const bool reportNow = !member.reportedOn.isValid();
    if (reportNow && !reportedOn.isValid())
        return ServiceResult::invalid(
            text("%1 has not reported to the community: enter the day of the report-in.").arg(member.name),
            InServiceField::reportedOn);
    const QDate reported = reportNow ? reportedOn : member.reportedOn;
    if (!on.isValid())
        return ServiceResult::invalid(text("Enter the day the post is claimed."), InServiceField::claimedOn);
    if (on > m_clock.today())
        return ServiceResult::invalid(text("The date %1 is in the future.").arg(isoDateText(on)),
                                      InServiceField::claimedOn);
    if (on < reported)
        return ServiceResult::invalid(
            text("A post is claimed after the report-in (%1).").arg(isoDateText(reported)),
            InServiceField::claimedOn);
    if (committeeOf(m_organisations.all(), member.orgId) != post->committeeId)
        return ServiceResult::invalid(
            text("%1 is not on the roster of the community that offers %2.").arg(member.name, post->name),
            InServiceField::post);
    if (post->closedOn.isValid() && post->closedOn <= on)
        return ServiceResult::refused(
            text("The post %1 is closed since %2.").arg(post->name, isoDateText(post->closedOn)));
    const QList<ServiceClaim> claims = readClaims(m_db, QStringLiteral("post_id = ?"), postId);
    for (const ServiceClaim& c : claims)
        if (c.memberId == memberId && (!c.releasedOn.isValid() || c.releasedOn > on))
            return ServiceResult::conflict(text("%1 already holds the post %2 (since %3).")
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
                return ServiceResult::refused(text("The post %1 is full on %2: its %3 place(s) are taken.")
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
        q.prepare(
            QStringLiteral("INSERT INTO service_claim (post_id, member_id, claimed_on) VALUES (?, ?, ?)"));
        bindValues(q, {postId, memberId, sqlDate(on)});
        if (const QString error = execQuery(q); !error.isEmpty())
            return error;
        *id = q.lastInsertId().toLongLong();
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
        return ServiceResult::conflict(text("The claim no longer exists."));
    const ServiceClaim c = found.first();
    if (c.releasedOn.isValid())
        return ServiceResult::conflict(text("The post was released on %1.").arg(isoDateText(c.releasedOn)));
    if (!on.isValid())
        return ServiceResult::invalid(text("Enter the day the post is released."),
                                      InServiceField::releasedOn);
    if (on > m_clock.today())
        return ServiceResult::invalid(text("The date %1 is in the future.").arg(isoDateText(on)),
                                      InServiceField::releasedOn);
    if (on < c.claimedOn)
        return ServiceResult::invalid(
            text("The post was claimed on %1, after that day.").arg(isoDateText(c.claimedOn)),
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
        errors.append({InServiceField::member, text("Choose an in-service member.")});
    else if (!member.reportedOn.isValid())
        errors.append(
            {InServiceField::member,
             text("%1 has not reported to the community: record the report-in first.").arg(member.name)});
    if (!r.servedOn.isValid())
        errors.append({InServiceField::servedOn, text("Enter the day of the service.")});
    else if (r.servedOn > m_clock.today())
        errors.append(
            {InServiceField::servedOn, text("The date %1 is in the future.").arg(isoDateText(r.servedOn))});
    else if (member.reportedOn.isValid() && r.servedOn < member.reportedOn)
        errors.append(
            {InServiceField::servedOn,
             text("The service is before the report-in (%1).").arg(isoDateText(member.reportedOn))});
    if (r.activity.trimmed().isEmpty())
        errors.append({InServiceField::activity, text("Enter what was done.")});
    if (r.hoursTenths < 1 || r.hoursTenths > 240)
        errors.append({InServiceField::hours, text("Hours are from 0.1 to 24.")});
    if (r.postId > 0 && !readPost(m_db, r.postId))
        errors.append({InServiceField::post, text("The service post no longer exists.")});
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
            return ServiceResult::conflict(text("The service record no longer exists."));
        old = {r.id,
               q.value(5).toLongLong(),
               0,
               dateFromSql(q.value(0)),
               q.value(1).toString(),
               q.value(2).toInt(),
               q.value(3).toString(),
               q.value(4).toString()};
        if (old.memberId != r.memberId)
            return ServiceResult::invalid(text("A service record stays with its member."),
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
            q.prepare(QStringLiteral("INSERT INTO service_record (member_id, post_id, served_on, activity, "
                                     "hours_tenths, verified_by, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            bindValues(q, {r.memberId, sqlId(r.postId), sqlDate(r.servedOn), r.activity, r.hoursTenths,
                           r.verifiedBy, r.notes});
        }
        if (const QString error = execQuery(q); !error.isEmpty())
            return error;
        *id = r.id > 0 ? r.id : q.lastInsertId().toLongLong();
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
        return ServiceResult::conflict(text("The service record no longer exists."));
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
