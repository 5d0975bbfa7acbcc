#pragma once

#include "domain/Clock.h"
#include "service/ServiceResult.h"
#include "WishRepository.h"

namespace partydesk {

class AuditLog;
class MemberRepository;
class OrganisationRepository;
class WriteGate;
class Workspace;

// Field names of the wish forms' errors (FieldError::field).
namespace WishField {
inline const QString resident = QStringLiteral("resident");
inline const QString wish = QStringLiteral("wish");
inline const QString branch = QStringLiteral("branch");
inline const QString grid = QStringLiteral("grid");
inline const QString cost = QStringLiteral("cost");
inline const QString wishedOn = QStringLiteral("wishedOn");
inline const QString date = QStringLiteral("date");
inline const QString claimer = QStringLiteral("claimer");
inline const QString satisfaction = QStringLiteral("satisfaction");
inline const QString reason = QStringLiteral("reason");
} // namespace WishField

// 微心愿: the one way a wish is written. Each call asks the file and the role
// (Permission::EditMeetings: wishes are day-to-day records), checks the rules and the order of the
// dates (none in the future), then writes the row and an audit entry ("wish.*") in one transaction.
class WishService
{
public:
    WishService(QSqlDatabase db, MemberRepository& members, OrganisationRepository& organisations,
                AuditLog& audit, const Clock& clock, const WriteGate& gate);

    WishRepository& wishes() { return m_wishes; }
    OrganisationRepository& organisations() { return m_organisations; }

    // Records a new wish (id 0) or edits a wish's own fields (resident, wish, branch, grid, category,
    // cost, date, notes); the stage's dates stay. `result.id` is the wish's id.
    ServiceResult save(const MicroWish& wish);
    FieldErrors check(const MicroWish& wish) const;
    // 支部下单: on or after the day it was wished.
    ServiceResult publish(qint64 wishId, QDate date);
    // 党员接单 by a Party member on the roster of the wish's community, on or after publishing.
    ServiceResult claimByMember(qint64 wishId, qint64 memberId, QDate date);
    // … or by a co-building unit of the wish's community committee, seated on that day.
    ServiceResult claimByUnit(qint64 wishId, qint64 unitId, QDate date);
    // Fulfilled on or after the claim, with the resident's feedback and satisfaction (a code).
    ServiceResult fulfil(qint64 wishId, QDate date, const QString& feedback, const QString& satisfaction);
    // Withdrawn with a reason at any stage before it is fulfilled.
    ServiceResult withdraw(qint64 wishId, QDate date, const QString& reason);
    // Back one stage (a claim entered by mistake): fulfilled → claimed, claimed → published,
    // published → recorded, withdrawn → the stage it was withdrawn from.
    ServiceResult stepBack(qint64 wishId);
    // A photo of the fulfilment (already scaled: image ≤ 1600 pixels, thumbnail 200).
    ServiceResult addPhoto(const WishPhoto& photo);
    ServiceResult deletePhoto(qint64 photoId);

private:
    QString refusal() const;
    // The wish, or why not.
    std::optional<ServiceResult> load(qint64 wishId, MicroWish* wish) const;
    std::optional<ServiceResult> checkStepDate(QDate date, QDate notBefore,
                                               const QString& notBeforeText) const;
    ServiceResult write(const MicroWish& before, const MicroWish& after, const QString& action);
    qint64 committeeOfOrg(qint64 orgId) const;

    WishRepository m_wishes;
    MemberRepository& m_members;
    OrganisationRepository& m_organisations;
    AuditLog& m_audit;
    const Clock& m_clock;
    const WriteGate& m_gate;
};

// A wish service over the workspace's repositories (until the workspace holds one itself).
WishService wishService(Workspace& workspace);

} // namespace partydesk
