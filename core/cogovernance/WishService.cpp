#include "WishService.h"

#include "CommitteeScope.h"
#include "domain/IdNumber.h"
#include "domain/PartyMembership.h"
#include "dues/DuesRecords.h"
#include "repository/AuditLog.h"
#include "repository/MemberRepository.h"
#include "repository/OrganisationRepository.h"
#include "repository/SqlTransaction.h"
#include "service/WriteRefusal.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace partydesk {

namespace {

QString iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The audit entry's changes: every column that differs (the contact masked like a phone number).
QList<FieldChange> changesOf(const MicroWish& a, const MicroWish& b)
{
    QList<FieldChange> changes;
    const auto add = [&](const char* field, const QString& before, const QString& after) {
        if (before != after)
            changes.append({QString::fromLatin1(field), before, after});
    };
    add("org_id", a.orgId ? QString::number(a.orgId) : QString(), QString::number(b.orgId));
    add("grid_id", a.gridId ? QString::number(a.gridId) : QString(),
        b.gridId ? QString::number(b.gridId) : QString());
    add("resident_name", a.residentName, b.residentName);
    add("resident_contact", IdNumber::maskedPhone(a.residentContact),
        IdNumber::maskedPhone(b.residentContact));
    add("resident_address", a.residentAddress, b.residentAddress);
    add("wish", a.wish, b.wish);
    add("category", a.category, b.category);
    add("estimated_cost", a.id ? yuanText(a.estimatedCost) : QString(), yuanText(b.estimatedCost));
    add("wished_on", iso(a.wishedOn), iso(b.wishedOn));
    add("published_on", iso(a.publishedOn), iso(b.publishedOn));
    add("claimed_on", iso(a.claimedOn), iso(b.claimedOn));
    add("claimer_member_id", a.claimerMemberId ? QString::number(a.claimerMemberId) : QString(),
        b.claimerMemberId ? QString::number(b.claimerMemberId) : QString());
    add("claimer_unit_id", a.claimerUnitId ? QString::number(a.claimerUnitId) : QString(),
        b.claimerUnitId ? QString::number(b.claimerUnitId) : QString());
    add("fulfilled_on", iso(a.fulfilledOn), iso(b.fulfilledOn));
    add("feedback", a.feedback, b.feedback);
    add("satisfaction", a.satisfaction, b.satisfaction);
    add("withdrawn_on", iso(a.withdrawnOn), iso(b.withdrawnOn));
    add("withdrawn_reason", a.withdrawnReason, b.withdrawnReason);
    add("notes", a.notes, b.notes);
    return changes;
}

} // namespace

WishService::WishService(QSqlDatabase db, MemberRepository& members, OrganisationRepository& organisations,
                         AuditLog& audit, const Clock& clock, const WriteGate& gate)
    : m_wishes(std::move(db)), m_members(members), m_organisations(organisations), m_audit(audit),
      m_clock(clock), m_gate(gate)
{
}

QString WishService::refusal() const
{
    return writeRefusal(m_gate, m_audit.session(), Permission::EditMeetings);
}

qint64 WishService::committeeOfOrg(qint64 orgId) const
{
    return committeeOf(m_organisations.all(), orgId);
}

std::optional<ServiceResult> WishService::load(qint64 wishId, MicroWish* wish) const
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const auto found = m_wishes.wish(wishId);
    if (!found)
        return ServiceResult::conflict(
            QCoreApplication::translate("WishService", "The wish no longer exists."));
    *wish = *found;
    return std::nullopt;
}

std::optional<ServiceResult> WishService::checkStepDate(QDate date, QDate notBefore,
                                                        const QString& notBeforeText) const
{
    if (!date.isValid())
        return ServiceResult::invalid(QCoreApplication::translate("WishService", "Enter the date."),
                                      WishField::date);
    if (date > m_clock.today())
        return ServiceResult::invalid(
            QCoreApplication::translate("WishService", "The date %1 is in the future.").arg(iso(date)),
            WishField::date);
    if (notBefore.isValid() && date < notBefore)
        return ServiceResult::invalid(notBeforeText.arg(iso(notBefore)), WishField::date);
    return std::nullopt;
}

ServiceResult WishService::write(const MicroWish& before, const MicroWish& after, const QString& action)
{
    QSqlDatabase db = m_wishes.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        const WriteResult row = m_wishes.save(after);
        if (!row.ok())
            return row.error;
        *id = row.id;
        const QString subject = QStringLiteral("wish %1 %2").arg(row.id).arg(after.wish.left(20));
        return m_audit.recordChange(action, subject, changesOf(before, after))
                   ? QString()
                   : QStringLiteral("audit_log: could not record the change");
    });
    return ServiceResult::fromWrite(written);
}

FieldErrors WishService::check(const MicroWish& w) const
{
    FieldErrors errors;
    if (w.residentName.trimmed().isEmpty())
        errors.append(
            {WishField::resident, QCoreApplication::translate("WishService", "Enter the resident's name.")});
    if (w.wish.trimmed().isEmpty())
        errors.append({WishField::wish,
                       QCoreApplication::translate("WishService", "Enter what the resident wishes for.")});
    const Organisation branch = w.orgId > 0 ? m_organisations.get(w.orgId) : Organisation();
    if (branch.id == 0 || !isBranchLevel(branch.type))
        errors.append({WishField::branch, QCoreApplication::translate(
                                              "WishService", "Choose the branch that takes the wish on.")});
    else if (w.gridId > 0) {
        const qint64 community = committeeOfOrg(branch.id);
        bool found = false;
        for (const Grid& grid : m_organisations.grids(community))
            found = found || grid.id == w.gridId;
        if (!found)
            errors.append(
                {WishField::grid,
                 QCoreApplication::translate("WishService", "The grid is not in the branch's community.")});
    }
    if (w.estimatedCost < 0)
        errors.append({WishField::cost,
                       QCoreApplication::translate("WishService", "The estimated cost cannot be negative.")});
    if (!w.wishedOn.isValid())
        errors.append({WishField::wishedOn, QCoreApplication::translate(
                                                "WishService", "Enter the day the resident made the wish.")});
    else if (w.wishedOn > m_clock.today())
        errors.append(
            {WishField::wishedOn, QCoreApplication::translate("WishService", "The date %1 is in the future.")
                                      .arg(iso(w.wishedOn))});
    else if (w.publishedOn.isValid() && w.wishedOn > w.publishedOn)
        errors.append({WishField::wishedOn,
                       QCoreApplication::translate("WishService",
                                                   "The wish was published on %1; it cannot be made later.")
                           .arg(iso(w.publishedOn))});
    return errors;
}

ServiceResult WishService::save(const MicroWish& input)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    MicroWish before;
    MicroWish after;
    if (input.id != 0) {
        if (const auto problem = load(input.id, &before))
            return *problem;
        after = before;
    }
    after.orgId = input.orgId;
    after.gridId = input.gridId;
    after.residentName = input.residentName.trimmed();
    after.residentContact = input.residentContact.trimmed();
    after.residentAddress = input.residentAddress.trimmed();
    after.wish = input.wish.trimmed();
    after.category = input.category.trimmed();
    after.estimatedCost = input.estimatedCost;
    after.wishedOn = input.wishedOn;
    after.notes = input.notes.trimmed();
    if (const FieldErrors errors = check(after); !errors.isEmpty())
        return ServiceResult::invalid(errors);
    return write(before, after, input.id == 0 ? QStringLiteral("wish.add") : QStringLiteral("wish.update"));
}

ServiceResult WishService::publish(qint64 wishId, QDate date)
{
    MicroWish w;
    if (const auto problem = load(wishId, &w))
        return *problem;
    if (w.stage() != WishStage::Recorded)
        return ServiceResult::refused(QCoreApplication::translate(
            "WishService", "Only a wish waiting to be published can be published."));
    if (const auto problem =
            checkStepDate(date, w.wishedOn,
                          QCoreApplication::translate(
                              "WishService", "The wish was made on %1; it cannot be published earlier.")))
        return *problem;
    MicroWish after = w;
    after.publishedOn = date;
    return write(w, after, QStringLiteral("wish.publish"));
}

ServiceResult WishService::claimByMember(qint64 wishId, qint64 memberId, QDate date)
{
    MicroWish w;
    if (const auto problem = load(wishId, &w))
        return *problem;
    if (w.stage() != WishStage::Published)
        return ServiceResult::refused(QCoreApplication::translate(
            "WishService", "A wish is claimed once its branch has published it."));
    const Member m = memberId > 0 ? m_members.get(memberId) : Member();
    if (m.id == 0)
        return ServiceResult::invalid(
            QCoreApplication::translate("WishService", "Choose the member who claims the wish."),
            WishField::claimer);
    if (m.hasLeft() || !isPartyMember(m.status))
        return ServiceResult::invalid(
            QCoreApplication::translate("WishService", "%1 is not a Party member on the roster.").arg(m.name),
            WishField::claimer);
    if (committeeOfOrg(m.orgId) != committeeOfOrg(w.orgId))
        return ServiceResult::invalid(
            QCoreApplication::translate("WishService", "%1 is not on the roster of the wish's community.")
                .arg(m.name),
            WishField::claimer);
    if (const auto problem =
            checkStepDate(date, w.publishedOn,
                          QCoreApplication::translate(
                              "WishService", "The wish was published on %1; it cannot be claimed earlier.")))
        return *problem;
    MicroWish after = w;
    after.claimedOn = date;
    after.claimerMemberId = memberId;
    after.claimerUnitId = 0;
    return write(w, after, QStringLiteral("wish.claim"));
}

ServiceResult WishService::claimByUnit(qint64 wishId, qint64 unitId, QDate date)
{
    MicroWish w;
    if (const auto problem = load(wishId, &w))
        return *problem;
    if (w.stage() != WishStage::Published)
        return ServiceResult::refused(QCoreApplication::translate(
            "WishService", "A wish is claimed once its branch has published it."));
    CoBuildingUnit unit;
    for (const CoBuildingUnit& u : m_organisations.coBuildingUnits(committeeOfOrg(w.orgId)))
        if (u.id == unitId)
            unit = u;
    if (unit.id == 0)
        return ServiceResult::invalid(
            QCoreApplication::translate("WishService", "Choose a co-building unit of the wish's community."),
            WishField::claimer);
    if (const auto problem =
            checkStepDate(date, w.publishedOn,
                          QCoreApplication::translate(
                              "WishService", "The wish was published on %1; it cannot be claimed earlier.")))
        return *problem;
    if (unit.leftOn.isValid() && unit.leftOn < date)
        return ServiceResult::invalid(
            QCoreApplication::translate("WishService", "%1 left the committee on %2.")
                .arg(unit.name, iso(unit.leftOn)),
            WishField::claimer);
    MicroWish after = w;
    after.claimedOn = date;
    after.claimerUnitId = unitId;
    after.claimerMemberId = 0;
    return write(w, after, QStringLiteral("wish.claim"));
}

ServiceResult WishService::fulfil(qint64 wishId, QDate date, const QString& feedback,
                                  const QString& satisfaction)
{
    MicroWish w;
    if (const auto problem = load(wishId, &w))
        return *problem;
    if (w.stage() != WishStage::Claimed)
        return ServiceResult::refused(
            QCoreApplication::translate("WishService", "A wish is fulfilled once someone has claimed it."));
    if (const auto problem =
            checkStepDate(date, w.claimedOn,
                          QCoreApplication::translate(
                              "WishService", "The wish was claimed on %1; it cannot be fulfilled earlier.")))
        return *problem;
    if (!satisfactionCodes().contains(satisfaction))
        return ServiceResult::invalid(
            QCoreApplication::translate("WishService", "Choose how satisfied the resident is."),
            WishField::satisfaction);
    MicroWish after = w;
    after.fulfilledOn = date;
    after.feedback = feedback.trimmed();
    after.satisfaction = satisfaction;
    return write(w, after, QStringLiteral("wish.fulfil"));
}

ServiceResult WishService::withdraw(qint64 wishId, QDate date, const QString& reason)
{
    MicroWish w;
    if (const auto problem = load(wishId, &w))
        return *problem;
    if (!w.isOpen())
        return ServiceResult::refused(
            QCoreApplication::translate("WishService", "A fulfilled or withdrawn wish cannot be withdrawn."));
    const QDate lastStep = w.claimedOn.isValid()     ? w.claimedOn
                           : w.publishedOn.isValid() ? w.publishedOn
                                                     : w.wishedOn;
    if (const auto problem = checkStepDate(
            date, lastStep,
            QCoreApplication::translate("WishService",
                                        "The wish's last step was on %1; it cannot be withdrawn earlier.")))
        return *problem;
    if (reason.trimmed().isEmpty())
        return ServiceResult::invalid(
            QCoreApplication::translate("WishService", "Enter why the wish is withdrawn."),
            WishField::reason);
    MicroWish after = w;
    after.withdrawnOn = date;
    after.withdrawnReason = reason.trimmed();
    return write(w, after, QStringLiteral("wish.withdraw"));
}

ServiceResult WishService::stepBack(qint64 wishId)
{
    MicroWish w;
    if (const auto problem = load(wishId, &w))
        return *problem;
    MicroWish after = w;
    switch (w.stage()) {
    case WishStage::Recorded:
        return ServiceResult::refused(
            QCoreApplication::translate("WishService", "The wish is at its first stage."));
    case WishStage::Withdrawn:
        after.withdrawnOn = QDate();
        after.withdrawnReason.clear();
        break;
    case WishStage::Fulfilled:
        after.fulfilledOn = QDate();
        after.feedback.clear();
        after.satisfaction.clear();
        break;
    case WishStage::Claimed:
        after.claimedOn = QDate();
        after.claimerMemberId = 0;
        after.claimerUnitId = 0;
        break;
    case WishStage::Published:
        after.publishedOn = QDate();
        break;
    }
    return write(w, after, QStringLiteral("wish.step_back"));
}

ServiceResult WishService::addPhoto(const WishPhoto& photo)
{
    MicroWish w;
    if (const auto problem = load(photo.wishId, &w))
        return *problem;
    if (photo.image.isEmpty() || photo.thumbnail.isEmpty())
        return ServiceResult::invalid(QCoreApplication::translate("WishService", "The photo is empty."));
    QSqlDatabase db = m_wishes.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        const WriteResult row = m_wishes.addPhoto(photo);
        if (!row.ok())
            return row.error;
        *id = row.id;
        return m_audit.recordChange(QStringLiteral("wish.photo_add"),
                                    QStringLiteral("wish %1 %2").arg(w.id).arg(w.wish.left(20)),
                                    {{QStringLiteral("photo"), QString(), photo.caption}})
                   ? QString()
                   : QStringLiteral("audit_log: could not record the change");
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult WishService::deletePhoto(qint64 photoId)
{
    const auto photo = m_wishes.photo(photoId);
    if (!photo)
        return ServiceResult::conflict(
            QCoreApplication::translate("WishService", "The photo no longer exists."));
    MicroWish w;
    if (const auto problem = load(photo->wishId, &w))
        return *problem;
    QSqlDatabase db = m_wishes.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        if (const WriteResult row = m_wishes.deletePhoto(photoId); !row.ok())
            return row.error;
        *id = photoId;
        return m_audit.recordChange(QStringLiteral("wish.photo_delete"),
                                    QStringLiteral("wish %1 %2").arg(w.id).arg(w.wish.left(20)),
                                    {{QStringLiteral("photo"), photo->caption, QString()}})
                   ? QString()
                   : QStringLiteral("audit_log: could not record the change");
    });
    return ServiceResult::fromWrite(written);
}

WishService wishService(Workspace& workspace)
{
    return WishService(workspace.database(), workspace.members(), workspace.organisations(),
                       workspace.audit(), workspace.clock(), workspace.writeGate());
}

} // namespace partydesk
