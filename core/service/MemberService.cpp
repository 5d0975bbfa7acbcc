#include "MemberService.h"

#include "domain/IdNumber.h"
#include "domain/Validation.h"
#include "repository/AuditLog.h"
#include "repository/MemberRepository.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"
#include "security/ChangeList.h"
#include "security/Session.h"
#include "storage/WriteGate.h"
#include "WriteRefusal.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace partydesk {

namespace {

bool isMinority(const QString& ethnicity)
{
    const QString e = ethnicity.trimmed();
    return !e.isEmpty() && e != QStringLiteral("汉族") && e != QStringLiteral("汉");
}

} // namespace

Member MemberService::normalised(const Member& input)
{
    Member m = input;
    for (QString* text : {&m.name, &m.ethnicity, &m.phone, &m.address, &m.notes})
        *text = text->trimmed();
    if (!m.idNumber.trimmed().isEmpty())
        m.idNumber = IdNumber::check(m.idNumber).normalised;
    else
        m.idNumber.clear();
    // Fields of another category mean nothing for this one and must not linger in exports.
    const bool inService = m.category == MemberCategory::InService;
    const bool out = m.category == MemberCategory::FloatingOut;
    const bool in = m.category == MemberCategory::FloatingIn;
    if (!inService) {
        m.workUnit.clear();
        m.reportedOn = QDate();
        m.servicePost.clear();
    }
    if (!out) {
        m.floatingPlace.clear();
        m.activityCardNo.clear();
        m.participation.clear();
    }
    if (!in)
        m.homeOrganisation.clear();
    if (!out && !in) {
        m.floatingSince = QDate();
        m.floatingContact.clear();
    }
    for (QString* text : {&m.workUnit, &m.servicePost, &m.floatingPlace, &m.floatingContact,
                          &m.activityCardNo, &m.participation, &m.homeOrganisation})
        *text = text->trimmed();
    m.tags.removeAll(MemberTag::Minority);
    if (isMinority(m.ethnicity))
        m.tags.append(MemberTag::Minority);
    return m;
}

FieldErrors MemberService::check(const Member& input) const
{
    bool duplicate = false;
    return checkNormalised(normalised(input), &duplicate);
}

FieldErrors MemberService::checkNormalised(const Member& m, bool* duplicateId) const
{
    FieldErrors errors = validateMember(m, m_clock);
    *duplicateId = messageFor(errors, MemberField::idNumber).isEmpty() && !m.idNumber.isEmpty() &&
                   m_members.idNumberInUse(m.idNumber, m.id);
    if (*duplicateId)
        errors.append({MemberField::idNumber,
                       QCoreApplication::translate(
                           "MemberService", "Another member on the roster already has the ID number %1.")
                           .arg(IdNumber::masked(m.idNumber))});
    return errors;
}

ServiceResult MemberService::changedMeanwhile(const Member& saved) const
{
    return ServiceResult::conflict(
        QCoreApplication::translate("MemberService",
                                    "%1's record was changed by someone else after you opened it. Your "
                                    "changes were not saved, and theirs are kept: close this form, open "
                                    "%1 again and make your changes there.")
            .arg(saved.name));
}

ServiceResult MemberService::saveWithin(const Member& input, QDate effectiveOn)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::EditMembers); !why.isEmpty())
        return ServiceResult::refused(why);
    const Member m = normalised(input);
    bool duplicateId = false;
    if (const FieldErrors errors = checkNormalised(m, &duplicateId); !errors.isEmpty()) {
        ServiceResult result = ServiceResult::invalid(errors);
        if (duplicateId && errors.size() == 1)
            result.kind = ServiceResult::Kind::Conflict;
        return result;
    }
    const Member saved = m.id > 0 ? m_members.get(m.id) : Member();
    if (m.id > 0 && saved.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("MemberService", "The member no longer exists."));
    if (m.id > 0 && m.rowVersion > 0 && saved.rowVersion != m.rowVersion)
        return changedMeanwhile(saved);
    if (effectiveOn.isValid() && effectiveOn > m_clock.today())
        return ServiceResult::invalid(
            QCoreApplication::translate("MemberService", "The date %1 is in the future.")
                .arg(effectiveOn.toString(Qt::ISODate)),
            QStringLiteral("effectiveOn"));
    const WriteResult written = m_members.write(m, effectiveOn);
    if (written.stale()) // saved from another connection between the check above and the write
        return changedMeanwhile(m_members.get(m.id));
    // Service posts are held by in-service members only: one who is no longer gives them up.
    if (written.ok() && m.category != MemberCategory::InService)
        if (const QString error =
                releaseServicePosts(written.id, effectiveOn.isValid() ? effectiveOn : m_clock.today());
            !error.isEmpty())
            return ServiceResult::fromWrite(WriteResult{0, error});
    return ServiceResult::fromWrite(written);
}

// Ends the member's open claims of service posts on `day` (never before the claim began).
QString MemberService::releaseServicePosts(qint64 memberId, QDate day)
{
    QSqlQuery q(m_members.database());
    q.prepare(QStringLiteral("UPDATE service_claim SET released_on = max(claimed_on, ?) "
                             "WHERE member_id = ? AND released_on IS NULL"));
    bindValues(q, {sqlDate(day), memberId});
    return execQuery(q);
}

ServiceResult MemberService::save(const Member& input, QDate effectiveOn)
{
    ServiceResult result;
    QSqlDatabase db = m_members.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        const Member before = input.id > 0 ? m_members.get(input.id) : Member();
        result = saveWithin(input, effectiveOn);
        if (!result.ok())
            return QStringLiteral("refused"); // rolls back; `result` tells why
        *id = result.id;
        const Member after = m_members.get(result.id);
        return m_audit.recordChange(input.id > 0 ? QStringLiteral("member.update")
                                                 : QStringLiteral("member.add"),
                                    QStringLiteral("member %1 %2").arg(result.id).arg(after.name),
                                    ChangeList::ofMember(before, after))
                   ? QString()
                   : QStringLiteral("audit_log: could not record the change");
    });
    if (!result.ok())
        return result;
    return ServiceResult::fromWrite(written);
}

ServiceResult MemberService::recordLeaving(qint64 memberId, QDate date, LeaveKind kind, const QString& reason)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::EditMembers); !why.isEmpty())
        return ServiceResult::refused(why);
    const Member m = m_members.get(memberId);
    if (m.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("MemberService", "The member no longer exists."));
    if (m.hasLeft())
        return ServiceResult::conflict(
            QCoreApplication::translate("MemberService", "%1 already left the roster on %2.")
                .arg(m.name, m.leftOn.toString(Qt::ISODate)));
    if (!date.isValid())
        return ServiceResult::invalid(
            QCoreApplication::translate("MemberService", "Enter the date of leaving."),
            QStringLiteral("leftOn"));
    if (date > m_clock.today())
        return ServiceResult::invalid(
            QCoreApplication::translate("MemberService", "The leaving date %1 is in the future.")
                .arg(date.toString(Qt::ISODate)),
            QStringLiteral("leftOn"));
    if (m.birthDate.isValid() && date < m.birthDate)
        return ServiceResult::invalid(
            QCoreApplication::translate("MemberService",
                                        "The leaving date is before the member's birth date."),
            QStringLiteral("leftOn"));
    QSqlDatabase db = m_members.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = memberId;
        if (const WriteResult left = m_members.writeLeaving(m, date, kind, reason.trimmed()); !left.ok())
            return left.error;
        if (const QString error = releaseServicePosts(memberId, date); !error.isEmpty())
            return error;
        return m_audit.recordChange(QStringLiteral("member.leave"),
                                    QStringLiteral("member %1 %2").arg(memberId).arg(m.name),
                                    {{QStringLiteral("left_on"), QString(), date.toString(Qt::ISODate)},
                                     {QStringLiteral("leave_kind"), QString(), enumCode(kind)},
                                     {QStringLiteral("leave_reason"), QString(), reason.trimmed()}})
                   ? QString()
                   : QStringLiteral("audit_log: could not record the change");
    });
    return ServiceResult::fromWrite(written);
}

namespace {

SnapshotScope memberScope(bool whole)
{
    SnapshotScope scope;
    scope.wholeRecord = whole;
    if (whole) // import entries name their members without a foreign key
        scope.owned = {
            {QStringLiteral("import_batch_member"), QStringLiteral("member_id"), QStringLiteral("member")}};
    else
        scope.onlyTables = {QStringLiteral("member_tag"), QStringLiteral("member_event")};
    return scope;
}

const char* const auditFailed = "audit_log: could not record the change";

} // namespace

ServiceResult MemberService::reverseLeaving(qint64 memberId, QDate date, const QString& reason)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::EditMembers); !why.isEmpty())
        return ServiceResult::refused(why);
    const Member m = m_members.get(memberId);
    if (m.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("MemberService", "The member no longer exists."));
    if (!m.hasLeft())
        return ServiceResult::conflict(
            QCoreApplication::translate("MemberService",
                                        "%1 is on the roster; there is no leaving to reverse.")
                .arg(m.name));
    if (!date.isValid())
        return ServiceResult::invalid(
            QCoreApplication::translate("MemberService", "Enter the date %1 came back onto the roster.")
                .arg(m.name),
            QStringLiteral("date"));
    if (date > m_clock.today())
        return ServiceResult::invalid(
            QCoreApplication::translate("MemberService", "The date %1 is in the future.")
                .arg(date.toString(Qt::ISODate)),
            QStringLiteral("date"));
    if (date < m.leftOn)
        return ServiceResult::invalid(
            QCoreApplication::translate("MemberService", "The date is before the leaving on %1.")
                .arg(m.leftOn.toString(Qt::ISODate)),
            QStringLiteral("date"));
    if (reason.trimmed().isEmpty())
        return ServiceResult::invalid(
            QCoreApplication::translate("MemberService", "Give the reason why the leaving is reversed."),
            QStringLiteral("reason"));
    if (!m.idNumber.isEmpty() && m_members.idNumberInUse(m.idNumber, m.id))
        return ServiceResult::conflict(
            QCoreApplication::translate("MemberService",
                                        "Another member on the roster already has the ID number %1.")
                .arg(IdNumber::masked(m.idNumber)));
    QSqlDatabase db = m_members.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = memberId;
        if (const WriteResult back = m_members.writeLeavingReversed(m, date, reason.trimmed()); !back.ok())
            return back.error;
        return m_audit.record(QStringLiteral("member.leave_reversed"), QString::number(memberId))
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    });
    return ServiceResult::fromWrite(written);
}

RowSnapshot MemberService::record(qint64 memberId, bool whole) const
{
    return RowSnapshots(m_members.database()).capture(QStringLiteral("member"), memberId, memberScope(whole));
}

ServiceResult MemberService::deleteMember(qint64 memberId, RowSnapshot* removed)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::EditMembers); !why.isEmpty())
        return ServiceResult::refused(why);
    const Member m = m_members.get(memberId);
    if (m.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("MemberService", "The member no longer exists."));
    RowSnapshots snapshots(m_members.database());
    ServiceResult refusal;
    RowSnapshot taken;
    QSqlDatabase db = m_members.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = memberId;
        QList<RowBlocker> blockers;
        taken = snapshots.capture(QStringLiteral("member"), memberId, memberScope(true), &blockers);
        if (!blockers.isEmpty()) {
            refusal = ServiceResult::refused(
                QCoreApplication::translate("MemberService",
                                            "%1 cannot be deleted: other records refer to the member (%2).")
                    .arg(m.name, blockers.first().table));
            return QStringLiteral("refused");
        }
        if (const QString e = snapshots.apply(taken, RowSnapshot()); !e.isEmpty())
            return e;
        const QString detail =
            QStringLiteral("%1 %2 %3").arg(memberId).arg(m.name, IdNumber::masked(m.idNumber));
        return m_audit.record(QStringLiteral("member.delete"), detail.trimmed())
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    });
    if (refusal.kind != ServiceResult::Kind::Ok)
        return refusal;
    if (written.ok() && removed)
        *removed = taken;
    return ServiceResult::fromWrite(written);
}

ServiceResult MemberService::restoreRecord(const RowSnapshot& expected, const RowSnapshot& wanted)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::EditMembers); !why.isEmpty())
        return ServiceResult::refused(why);
    const RowSnapshot& known = wanted.isEmpty() ? expected : wanted;
    if (known.isEmpty())
        return ServiceResult::success();
    const qint64 memberId = known.rootId;
    const QString name = known.rootValue(QStringLiteral("name")).toString();
    RowSnapshots snapshots(m_members.database());
    ServiceResult refusal;
    const auto refuse = [&](const QString& message) {
        refusal = ServiceResult::conflict(message);
        return QStringLiteral("refused");
    };
    QSqlDatabase db = m_members.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = memberId;
        const RowSnapshot current = snapshots.capture(QStringLiteral("member"), memberId, known.scope);
        if (expected.isEmpty() ? !current.isEmpty() || !snapshots.takenKeys(wanted).isEmpty()
                               : !current.sameRowsAs(expected))
            return refuse(
                expected.isEmpty()
                    ? QCoreApplication::translate(
                          "MemberService", "%1 cannot be put back: records saved since have taken its place.")
                          .arg(name)
                    : QCoreApplication::translate(
                          "MemberService", "%1 was changed since (for example by an import or in another "
                                           "window); this step can no longer be undone or redone.")
                          .arg(name));
        if (!wanted.isEmpty()) {
            const QString idNumber = wanted.rootValue(QStringLiteral("id_number")).toString();
            const bool onRoster = wanted.rootValue(QStringLiteral("left_on")).isNull();
            if (onRoster && !idNumber.isEmpty() && m_members.idNumberInUse(idNumber, memberId))
                return refuse(QCoreApplication::translate(
                                  "MemberService", "%1 cannot be put back: another member on the roster now "
                                                   "has the ID number %2.")
                                  .arg(name, IdNumber::masked(idNumber)));
            if (!snapshots.exists(QStringLiteral("organisation"),
                                  wanted.rootValue(QStringLiteral("org_id")).toLongLong()))
                return refuse(QCoreApplication::translate(
                                  "MemberService", "%1 cannot be put back: the branch no longer exists.")
                                  .arg(name));
            const QVariant grid = wanted.rootValue(QStringLiteral("grid_id"));
            if (!grid.isNull() && !snapshots.exists(QStringLiteral("grid"), grid.toLongLong()))
                return refuse(QCoreApplication::translate("MemberService",
                                                          "%1 cannot be put back: the grid no longer exists.")
                                  .arg(name));
        }
        if (const QString e = snapshots.apply(current, wanted); !e.isEmpty())
            return e;
        const QString action = wanted.isEmpty()     ? QStringLiteral("member.delete")
                               : expected.isEmpty() ? QStringLiteral("member.restore")
                                                    : QStringLiteral("member.revert");
        const QString detail =
            wanted.isEmpty()
                ? QStringLiteral("%1 %2 %3")
                      .arg(memberId)
                      .arg(name, IdNumber::masked(known.rootValue(QStringLiteral("id_number")).toString()))
                      .trimmed()
                : QString::number(memberId); // import undo finds later changes by the member's id
        return m_audit.record(action, detail) ? QString() : QString::fromLatin1(auditFailed);
    });
    if (refusal.kind != ServiceResult::Kind::Ok)
        return refusal;
    return ServiceResult::fromWrite(written);
}

} // namespace partydesk
