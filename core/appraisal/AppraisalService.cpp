#include "AppraisalService.h"

#include "repository/AuditLog.h"
#include "repository/SqlTransaction.h"
#include "service/WriteRefusal.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace partydesk {

namespace {

const char* const auditFailed = "audit_log: could not record the appraisal change";

QString gradeCode(const std::optional<AppraisalGrade>& grade)
{
    return grade ? enumCode(*grade) : QString();
}

QString votesText(const AppraisalVotes& votes)
{
    if (!votes.kept)
        return {};
    QStringList parts;
    for (int n : votes.counts)
        parts << QString::number(n);
    return parts.join(QLatin1Char('/'));
}

} // namespace

Appraisal::Appraisal(Workspace& workspace)
    : m_repository(workspace.database()),
      m_service(m_repository, workspace.audit(), workspace.clock(), workspace.writeGate())
{
}

QString AppraisalService::refusal() const
{
    return writeRefusal(m_gate, m_audit.session(), Permission::EditMembers);
}

AppraisalCap AppraisalService::defaultCap() const
{
    const QString stored = m_repository.setting(QString::fromLatin1(capSettingKey()));
    return AppraisalCap::parse(stored).value_or(AppraisalCap());
}

ServiceResult AppraisalService::setDefaultCap(const AppraisalCap& cap)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (!cap.valid())
        return ServiceResult::invalid(
            QCoreApplication::translate(
                "AppraisalService",
                "The share graded Excellent is a fraction from 0 to 1, such as 1/3 or 20/100."),
            QStringLiteral("cap"));
    QSqlDatabase db = m_repository.database();
    const AppraisalCap before = defaultCap();
    return ServiceResult::fromWrite(inTransaction(db, [&](qint64*) -> QString {
        if (QString error = m_repository.setSetting(QString::fromLatin1(capSettingKey()), cap.text());
            !error.isEmpty())
            return error;
        return m_audit.recordChange(QStringLiteral("appraisal.cap"), QStringLiteral("setting"),
                                    {{QStringLiteral("excellent_cap"), before.text(), cap.text()}})
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    }));
}

QString AppraisalService::dayProblem(int year, QDate heldOn) const
{
    if (year < 2000 || year > 2100)
        return QCoreApplication::translate("AppraisalService", "%1 is not a year to appraise (2000–2100).")
            .arg(year);
    if (!heldOn.isValid())
        return QCoreApplication::translate("AppraisalService", "Give the day the appraisal is held.");
    if (heldOn.year() != year && heldOn.year() != year + 1)
        return QCoreApplication::translate("AppraisalService",
                                           "The appraisal of %1 is held in %1 or early in %2, not on %3.")
            .arg(year)
            .arg(year + 1)
            .arg(heldOn.toString(Qt::ISODate));
    return {};
}

ServiceResult AppraisalService::editable(qint64 sessionId, AppraisalSession* session) const
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const std::optional<AppraisalSession> found = m_repository.sessionById(sessionId);
    if (!found)
        return ServiceResult::refused(
            QCoreApplication::translate("AppraisalService", "This appraisal no longer exists."));
    if (found->finished())
        return ServiceResult::refused(
            QCoreApplication::translate("AppraisalService",
                                        "The appraisal of %1 was finished on %2 and its results are final. "
                                        "To change them, reopen it and give the reason.")
                .arg(found->year)
                .arg(found->finishedOn.toString(Qt::ISODate)));
    *session = *found;
    return ServiceResult::success(found->id);
}

ServiceResult AppraisalService::syncMembers(const AppraisalSession& session)
{
    const QList<qint64> expected =
        m_repository.membersToRate(session.orgId, session.year, session.heldOn, session.id);
    const QSet<qint64> wanted(expected.cbegin(), expected.cend());
    QList<qint64> drop;
    QStringList graded;
    for (const AppraisalRow& row : m_repository.rows(session.id)) {
        if (wanted.contains(row.entry.memberId))
            continue;
        if (row.entry.grade)
            graded << row.name;
        else
            drop << row.entry.memberId;
    }
    if (!graded.isEmpty())
        return ServiceResult::invalid(
            QCoreApplication::translate(
                "AppraisalService",
                "On %1 these graded members were not on the branch's roster: %2. Clear their grades first.")
                .arg(session.heldOn.toString(Qt::ISODate), graded.join(QStringLiteral("、"))),
            QStringLiteral("held_on"));
    if (QString error = m_repository.removeMembers(session.id, drop); !error.isEmpty())
        return ServiceResult::storage(error);
    if (QString error = m_repository.addMembers(session.id, expected); !error.isEmpty())
        return ServiceResult::storage(error);
    return ServiceResult::success(session.id);
}

ServiceResult AppraisalService::openSession(qint64 orgId, int year, QDate heldOn,
                                            std::optional<AppraisalCap> cap)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    OrgType type = OrgType::Branch;
    if (!enumFromCode(m_repository.organisationType(orgId), &type) || !isBranchLevel(type) ||
        type == OrgType::PartyGroup)
        return ServiceResult::invalid(
            QCoreApplication::translate("AppraisalService",
                                        "Members are appraised by their branch: choose a Party branch."),
            QStringLiteral("org"));
    if (const QString why = dayProblem(year, heldOn); !why.isEmpty())
        return ServiceResult::invalid(why, QStringLiteral("held_on"));
    const AppraisalCap useCap = cap.value_or(defaultCap());
    if (!useCap.valid())
        return ServiceResult::invalid(
            QCoreApplication::translate(
                "AppraisalService",
                "The share graded Excellent is a fraction from 0 to 1, such as 1/3 or 20/100."),
            QStringLiteral("cap"));
    if (m_repository.session(orgId, year))
        return ServiceResult::conflict(
            QCoreApplication::translate("AppraisalService", "The branch's appraisal of %1 is already open.")
                .arg(year),
            QStringLiteral("year"));
    AppraisalSession session;
    session.orgId = orgId;
    session.year = year;
    session.heldOn = heldOn;
    session.cap = useCap;
    ServiceResult synced;
    QSqlDatabase db = m_repository.database();
    const WriteResult done = inTransaction(db, [&](qint64* id) -> QString {
        if (QString error = m_repository.insertSession(session); !error.isEmpty())
            return error;
        *id = session.id;
        synced = syncMembers(session);
        if (!synced.ok())
            return synced.message.isEmpty() ? synced.detail : synced.message;
        const QString detail = QStringLiteral("organisation %1, %2, held %3, cap %4")
                                   .arg(orgId)
                                   .arg(year)
                                   .arg(heldOn.toString(Qt::ISODate), useCap.text());
        return m_audit.record(QStringLiteral("appraisal.open"), detail) ? QString()
                                                                        : QString::fromLatin1(auditFailed);
    });
    if (!synced.ok())
        return synced;
    return ServiceResult::fromWrite(done);
}

ServiceResult AppraisalService::updateSession(qint64 sessionId, QDate heldOn, const AppraisalCap& cap,
                                              const QString& notes)
{
    AppraisalSession session;
    if (const ServiceResult ok = editable(sessionId, &session); !ok.ok())
        return ok;
    if (const QString why = dayProblem(session.year, heldOn); !why.isEmpty())
        return ServiceResult::invalid(why, QStringLiteral("held_on"));
    if (!cap.valid())
        return ServiceResult::invalid(
            QCoreApplication::translate(
                "AppraisalService",
                "The share graded Excellent is a fraction from 0 to 1, such as 1/3 or 20/100."),
            QStringLiteral("cap"));
    const AppraisalSession before = session;
    session.heldOn = heldOn;
    session.cap = cap;
    session.notes = notes.trimmed();
    ServiceResult synced;
    QSqlDatabase db = m_repository.database();
    const WriteResult done = inTransaction(db, [&](qint64* id) -> QString {
        *id = session.id;
        if (QString error = m_repository.updateSession(session); !error.isEmpty())
            return error;
        if (before.heldOn != heldOn) {
            synced = syncMembers(session);
            if (!synced.ok())
                return synced.message.isEmpty() ? synced.detail : synced.message;
        }
        const QList<AppraisalRow> rows = m_repository.rows(session.id);
        const int excellent = gradeCounts(rows)[gradeIndex(AppraisalGrade::Excellent)];
        if (!cap.allows(excellent, int(rows.size()))) {
            synced = ServiceResult::invalid(
                QCoreApplication::translate(
                    "AppraisalService", "%1 members are already Excellent; a share of %2 of %3 allows %4.")
                    .arg(excellent)
                    .arg(cap.text())
                    .arg(rows.size())
                    .arg(cap.maxExcellent(int(rows.size()))),
                QStringLiteral("cap"));
            return synced.message;
        }
        QList<FieldChange> changes;
        if (before.heldOn != heldOn)
            changes.append({QStringLiteral("held_on"), before.heldOn.toString(Qt::ISODate),
                            heldOn.toString(Qt::ISODate)});
        if (!(before.cap == cap))
            changes.append({QStringLiteral("excellent_cap"), before.cap.text(), cap.text()});
        if (before.notes != session.notes)
            changes.append({QStringLiteral("notes"), before.notes, session.notes});
        if (changes.isEmpty())
            return {};
        return m_audit.recordChange(
                   QStringLiteral("appraisal.session"),
                   QStringLiteral("organisation %1 appraisal %2").arg(session.orgId).arg(session.year),
                   changes)
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    });
    if (!synced.ok())
        return synced;
    return ServiceResult::fromWrite(done);
}

ServiceResult AppraisalService::setEntry(qint64 sessionId, const AppraisalEntry& entry)
{
    AppraisalSession session;
    if (const ServiceResult ok = editable(sessionId, &session); !ok.ok())
        return ok;
    const QList<AppraisalRow> rows = m_repository.rows(sessionId);
    const AppraisalRow* current = nullptr;
    int otherExcellent = 0;
    for (const AppraisalRow& row : rows) {
        if (row.entry.memberId == entry.memberId)
            current = &row;
        else if (row.entry.grade == AppraisalGrade::Excellent)
            ++otherExcellent;
    }
    if (!current)
        return ServiceResult::refused(
            QCoreApplication::translate("AppraisalService", "This member is not rated in this appraisal."));
    const int rated = int(rows.size());
    if (entry.grade == AppraisalGrade::Unqualified && entry.handling.trimmed().isEmpty())
        return ServiceResult::invalid(
            QCoreApplication::translate("AppraisalService", "Unqualified needs a handling note: education, a "
                                                            "deadline to improve, or persuading to leave."),
            QStringLiteral("handling"));
    for (const AppraisalVotes* votes : {&entry.mutual, &entry.masses})
        for (int n : votes->counts)
            if (votes->kept && n < 0)
                return ServiceResult::invalid(
                    QCoreApplication::translate("AppraisalService", "Votes cannot be negative."),
                    votes == &entry.mutual ? QStringLiteral("mutual") : QStringLiteral("masses"));
    if (entry.mutual.kept && entry.mutual.total() > rated)
        return ServiceResult::invalid(
            QCoreApplication::translate(
                "AppraisalService",
                "The mutual appraisal has %1 votes for one member, but only the %2 members rated vote in it.")
                .arg(entry.mutual.total())
                .arg(rated),
            QStringLiteral("mutual"));
    const int excellent = otherExcellent + (entry.grade == AppraisalGrade::Excellent ? 1 : 0);
    if (entry.grade == AppraisalGrade::Excellent && !session.cap.allows(excellent, rated))
        return ServiceResult::refused(
            QCoreApplication::translate(
                "AppraisalService", "At most %1 of the %2 members rated may be Excellent (a share of %3); "
                                    "%4 already are.")
                .arg(session.cap.maxExcellent(rated))
                .arg(rated)
                .arg(session.cap.text())
                .arg(otherExcellent));
    const AppraisalEntry& before = current->entry;
    QList<FieldChange> changes;
    if (before.grade != entry.grade)
        changes.append({QStringLiteral("grade"), gradeCode(before.grade), gradeCode(entry.grade)});
    if (before.selfGrade != entry.selfGrade)
        changes.append(
            {QStringLiteral("self_grade"), gradeCode(before.selfGrade), gradeCode(entry.selfGrade)});
    if (!(before.mutual == entry.mutual))
        changes.append({QStringLiteral("mutual_votes"), votesText(before.mutual), votesText(entry.mutual)});
    if (!(before.masses == entry.masses))
        changes.append({QStringLiteral("masses_votes"), votesText(before.masses), votesText(entry.masses)});
    if (before.handling != entry.handling.trimmed())
        changes.append({QStringLiteral("handling"), before.handling, entry.handling.trimmed()});
    if (before.note != entry.note.trimmed())
        changes.append({QStringLiteral("note"), before.note, entry.note.trimmed()});
    if (changes.isEmpty())
        return ServiceResult::success(sessionId);
    const QString subject = QStringLiteral("member %1 %2").arg(entry.memberId).arg(current->name);
    QSqlDatabase db = m_repository.database();
    return ServiceResult::fromWrite(inTransaction(db, [&](qint64* id) -> QString {
        *id = sessionId;
        if (QString error = m_repository.writeEntry(sessionId, entry); !error.isEmpty())
            return error;
        return m_audit.recordChange(QStringLiteral("appraisal.grade"), subject, changes)
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    }));
}

ServiceResult AppraisalService::finish(qint64 sessionId)
{
    AppraisalSession session;
    if (const ServiceResult ok = editable(sessionId, &session); !ok.ok())
        return ok;
    const QList<AppraisalRow> rows = m_repository.rows(sessionId);
    if (rows.isEmpty())
        return ServiceResult::refused(
            QCoreApplication::translate("AppraisalService", "Nobody is rated in this appraisal."));
    QStringList unrated;
    for (const AppraisalRow& row : rows)
        if (!row.entry.grade)
            unrated << row.name;
    if (!unrated.isEmpty())
        return ServiceResult::refused(
            QCoreApplication::translate("AppraisalService",
                                        "Every member needs a grade before the appraisal is finished; "
                                        "not yet rated: %1.")
                .arg(unrated.join(QStringLiteral("、"))));
    const QDate today = m_clock.today();
    if (session.heldOn > today)
        return ServiceResult::refused(
            QCoreApplication::translate("AppraisalService",
                                        "The appraisal is held on %1; it can be finished from that day on.")
                .arg(session.heldOn.toString(Qt::ISODate)));
    const int excellent = gradeCounts(rows)[gradeIndex(AppraisalGrade::Excellent)];
    if (!session.cap.allows(excellent, int(rows.size())))
        return ServiceResult::refused(
            QCoreApplication::translate("AppraisalService",
                                        "%1 of %2 are Excellent, more than the share of %3 allows.")
                .arg(excellent)
                .arg(rows.size())
                .arg(session.cap.text()));
    QSqlDatabase db = m_repository.database();
    return ServiceResult::fromWrite(inTransaction(db, [&](qint64* id) -> QString {
        *id = sessionId;
        if (QString error = m_repository.setFinished(sessionId, today); !error.isEmpty())
            return error;
        if (QString error = m_repository.writeHistory(session); !error.isEmpty())
            return error;
        return m_audit.record(QStringLiteral("appraisal.finish"),
                              QStringLiteral("organisation %1, %2").arg(session.orgId).arg(session.year))
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    }));
}

ServiceResult AppraisalService::reopen(qint64 sessionId, const QString& reason)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (reason.trimmed().isEmpty())
        return ServiceResult::invalid(
            QCoreApplication::translate(
                "AppraisalService", "Give the reason for reopening a finished appraisal; it is recorded."),
            QStringLiteral("reason"));
    const std::optional<AppraisalSession> session = m_repository.sessionById(sessionId);
    if (!session)
        return ServiceResult::refused(
            QCoreApplication::translate("AppraisalService", "This appraisal no longer exists."));
    if (!session->finished())
        return ServiceResult::success(sessionId);
    QSqlDatabase db = m_repository.database();
    return ServiceResult::fromWrite(inTransaction(db, [&](qint64* id) -> QString {
        *id = sessionId;
        if (QString error = m_repository.removeHistory(*session); !error.isEmpty())
            return error;
        if (QString error = m_repository.setFinished(sessionId, QDate()); !error.isEmpty())
            return error;
        const QString detail = QStringLiteral("organisation %1, %2 (%3): %4")
                                   .arg(session->orgId)
                                   .arg(session->year)
                                   .arg(session->finishedOn.toString(Qt::ISODate), reason.trimmed());
        return m_audit.record(QStringLiteral("appraisal.reopen"), detail) ? QString()
                                                                          : QString::fromLatin1(auditFailed);
    }));
}

} // namespace partydesk
