#pragma once

#include "domain/Clock.h"
#include "service/ServiceResult.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace partydesk {

class AuditLog;
class MemberRepository;
class MemberService;
class OrganisationRepository;
class WriteGate;
class Workspace;

// 认领服务岗位: a post a community committee offers to in-service members.
struct ServicePost
{
    qint64 id = 0;
    qint64 committeeId = 0;
    QString name;
    int capacity = 0; // 0: no limit
    QString description;
    QDate closedOn; // no longer offered from this day
};

// A member holding a post from one day to another (releasedOn invalid: still holds it).
struct ServiceClaim
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 memberId = 0;
    QDate claimedOn;
    QDate releasedOn;
};

// Service done by an in-service member, in tenths of an hour (2.5 h is 25).
struct ServiceRecord
{
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 postId = 0; // 0: not for a post
    QDate servedOn;
    QString activity;
    int hoursTenths = 0;
    QString verifiedBy;
    QString notes;
};

// 在职党员进社区: the one way service posts, claims and service records are written. Each call asks
// the write gate and the session first, checks its rules, and writes with an audit entry in one
// transaction. The member's service_post column is kept equal to the posts held now, joined by "、".
class InServiceService
{
public:
    InServiceService(QSqlDatabase db, MemberService& memberService, MemberRepository& members,
                     OrganisationRepository& organisations, AuditLog& audit, const Clock& clock,
                     const WriteGate& gate);
    explicit InServiceService(Workspace& workspace);

    // Adds (id 0) or edits a post: name required and unique in its committee, capacity ≥ 1 or 0 for
    // no limit, never below the number holding it now. The holders' service_post follows a rename.
    ServiceResult savePost(const ServicePost& post);
    // Stops offering a post from `on` (not in the future): its open claims are released that day.
    ServiceResult closePost(qint64 postId, QDate on);

    // `memberId` claims `postId` from `on`. Only in-service members on the roster who reported here;
    // a valid `reportedOn` records the report-in first (through MemberService) when the member has
    // none. Refused when the post is closed, full on that day (or a later day of the claim), or
    // already held by the member.
    ServiceResult claim(qint64 memberId, qint64 postId, QDate on, QDate reportedOn = {});
    // Ends a claim on `on` (not before it began, not in the future): the place is free from that day.
    ServiceResult release(qint64 claimId, QDate on);

    // Adds (id 0) or edits a service record: date not in the future nor before the report-in,
    // activity required, 0.1 to 24 hours.
    ServiceResult saveRecord(const ServiceRecord& record);
    ServiceResult deleteRecord(qint64 recordId);

    // Checks without writing (forms show the problems beside fields).
    FieldErrors checkRecord(const ServiceRecord& record) const;

private:
    QString refusal() const;
    QString refusalForStructure() const;
    QString syncServicePost(qint64 memberId, QString* before, QString* after);
    ServiceResult finish(const WriteResult& written, const ServiceResult& refusedWithin);

    QSqlDatabase m_db;
    MemberService& m_memberService;
    MemberRepository& m_members;
    OrganisationRepository& m_organisations;
    AuditLog& m_audit;
    const Clock& m_clock;
    const WriteGate& m_gate;
};

// Field names for the errors of the calls above.
namespace InServiceField {
inline const QString name = QStringLiteral("name");
inline const QString capacity = QStringLiteral("capacity");
inline const QString closedOn = QStringLiteral("closedOn");
inline const QString member = QStringLiteral("member");
inline const QString post = QStringLiteral("post");
inline const QString claimedOn = QStringLiteral("claimedOn");
inline const QString reportedOn = QStringLiteral("reportedOn");
inline const QString releasedOn = QStringLiteral("releasedOn");
inline const QString servedOn = QStringLiteral("servedOn");
inline const QString activity = QStringLiteral("activity");
inline const QString hours = QStringLiteral("hours");
} // namespace InServiceField

} // namespace partydesk
