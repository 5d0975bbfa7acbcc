#include "MemberService.h"

#include "domain/IdNumber.h"
#include "domain/Validation.h"
#include "repository/AuditLog.h"
#include "repository/MemberRepository.h"
#include "repository/SqlTransaction.h"
#include "security/ChangeList.h"
#include "security/Session.h"
#include "storage/WriteGate.h"

#include <QCoreApplication>

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

ServiceResult MemberService::saveWithin(const Member& input)
{
    if (const QString why = m_gate.refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const QString why = m_audit.session().refusal(Permission::EditMembers); !why.isEmpty())
        return ServiceResult::refused(why);
    const Member m = normalised(input);
    bool duplicateId = false;
    if (const FieldErrors errors = checkNormalised(m, &duplicateId); !errors.isEmpty()) {
        ServiceResult result = ServiceResult::invalid(errors);
        if (duplicateId && errors.size() == 1)
            result.kind = ServiceResult::Kind::Conflict;
        return result;
    }
    if (m.id > 0 && m_members.get(m.id).id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("MemberService", "The member no longer exists."));
    return ServiceResult::fromWrite(m_members.write(m));
}

ServiceResult MemberService::save(const Member& input)
{
    ServiceResult result;
    QSqlDatabase db = m_members.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        const Member before = input.id > 0 ? m_members.get(input.id) : Member();
        result = saveWithin(input);
        if (!result.ok())
            return QStringLiteral("refused"); // rolls back; `result` tells why
        *id = result.id;
        const Member after = m_members.get(result.id);
        return m_audit.recordChange(input.id > 0 ? QStringLiteral("member.update") : QStringLiteral("member.add"),
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
    if (const QString why = m_gate.refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const QString why = m_audit.session().refusal(Permission::EditMembers); !why.isEmpty())
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
        return m_audit.recordChange(QStringLiteral("member.leave"), QStringLiteral("member %1 %2").arg(memberId).arg(m.name),
                                    {{QStringLiteral("left_on"), QString(), date.toString(Qt::ISODate)},
                                     {QStringLiteral("leave_kind"), QString(), enumCode(kind)},
                                     {QStringLiteral("leave_reason"), QString(), reason.trimmed()}})
                   ? QString()
                   : QStringLiteral("audit_log: could not record the change");
    });
    return ServiceResult::fromWrite(written);
}

} // namespace partydesk
