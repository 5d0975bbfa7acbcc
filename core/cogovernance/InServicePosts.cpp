#include "CommitteeScope.h"
#include "InServiceQueries.h"
#include "InServiceRows.h"
#include "InServiceService.h"
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
            return ServiceResult::conflict(
                QCoreApplication::translate("InServiceService", "The service post no longer exists."));
        post.committeeId = old->committeeId;
        post.closedOn = old->closedOn;
    }
    FieldErrors errors;
    if (post.committeeId <= 0)
        errors.append(
            {InServiceField::post,
             QCoreApplication::translate("InServiceService",
                                         "Choose a community: service posts belong to its committee.")});
    if (post.name.isEmpty())
        errors.append({InServiceField::name,
                       QCoreApplication::translate("InServiceService", "Enter the name of the post.")});
    if (post.capacity < 0)
        errors.append({InServiceField::capacity,
                       QCoreApplication::translate("InServiceService",
                                                   "The number of places is at least 1 (or no limit).")});
    if (!errors.isEmpty())
        return ServiceResult::invalid(errors);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT count(*) FROM service_post WHERE committee_id = ? AND name = ? AND id <> ?"));
    bindValues(q, {post.committeeId, post.name, post.id});
    if (!execRead(q) || !q.next())
        return ServiceResult::storage(q.lastError().text());
    if (q.value(0).toInt() > 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("InServiceService", "The community already has a post named %1.")
                .arg(post.name),
            InServiceField::name);
    QList<ServiceClaim> claims;
    if (post.id > 0 && post.capacity > 0) {
        claims = readClaims(m_db, QStringLiteral("post_id = ?"), post.id);
        int heldNow = 0;
        for (const ServiceClaim& c : claims)
            heldNow += !c.releasedOn.isValid() || c.releasedOn > m_clock.today() ? 1 : 0;
        if (heldNow > post.capacity)
            return ServiceResult::invalid(
                QCoreApplication::translate(
                    "InServiceService",
                    "%1 members hold the post now: release claims before lowering its places.")
                    .arg(heldNow),
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
                                     "VALUES (?, ?, ?, ?) RETURNING id"));
            bindValues(q, {post.committeeId, post.name,
                           post.capacity > 0 ? QVariant(post.capacity) : QVariant(), post.description});
        }
        if (const QString error = execQuery(q); !error.isEmpty())
            return error;
        *id = post.id > 0 ? post.id : returnedId(q);
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
        return ServiceResult::conflict(
            QCoreApplication::translate("InServiceService", "The service post no longer exists."));
    if (post->closedOn.isValid())
        return ServiceResult::conflict(
            QCoreApplication::translate("InServiceService", "The post %1 was closed on %2.")
                .arg(post->name, isoDateText(post->closedOn)));
    if (!on.isValid())
        return ServiceResult::invalid(
            QCoreApplication::translate("InServiceService", "Enter the day the post closes."),
            InServiceField::closedOn);
    if (on > m_clock.today())
        return ServiceResult::invalid(
            QCoreApplication::translate("InServiceService", "The date %1 is in the future.")
                .arg(isoDateText(on)),
            InServiceField::closedOn);
    const QList<ServiceClaim> claims = readClaims(m_db, QStringLiteral("post_id = ?"), postId);
    for (const ServiceClaim& c : claims)
        if (c.claimedOn > on)
            return ServiceResult::invalid(
                QCoreApplication::translate("InServiceService",
                                            "A member claimed the post on %1, after that day.")
                    .arg(isoDateText(c.claimedOn)),
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

} // namespace partydesk
