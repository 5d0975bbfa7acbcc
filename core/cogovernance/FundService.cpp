#include "FundService.h"

#include "dues/DuesRecords.h"
#include "repository/AuditLog.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"
#include "service/WriteRefusal.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace partydesk {

namespace {

const QString audited = QStringLiteral("audit_log: could not record the change");

QVariant optionalInt(int value)
{
    return value >= 0 ? QVariant(value) : QVariant();
}

QString subject(const FundProjectRecord& p)
{
    return QStringLiteral("fund_project %1 %2").arg(p.id).arg(p.title);
}

bool belongsTo(QSqlDatabase db, const char* table, qint64 id, qint64 committeeId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT committee_id FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    return execRead(q) && q.next() && q.value(0).toLongLong() == committeeId;
}

} // namespace

FundService::FundService(Workspace& workspace)
    : FundService(workspace.database(), workspace.audit(), workspace.clock(), workspace.writeGate())
{
}

QString FundService::refusal() const
{
    return writeRefusal(m_gate, m_audit.session(), Permission::EditOrganisations);
}

ServiceResult FundService::setBudget(qint64 committeeId, int year, Fen budget)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (budget < 0)
        return ServiceResult::invalid(
            QCoreApplication::translate("FundService", "The budget cannot be negative."),
            QStringLiteral("budget"));
    const FundYear now = figures(committeeId, year);
    if (budget < now.approved)
        return ServiceResult::invalid(
            QCoreApplication::translate("FundService",
                                        "Projects of %1 already commit %2 yuan; the budget cannot be less.")
                .arg(year)
                .arg(yuanText(now.approved)),
            QStringLiteral("budget"));
    bool existed = false;
    const Fen before = FundService::budget(committeeId, year, &existed);
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        *id = committeeId;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO fund_year (committee_id, year, budget) VALUES (?, ?, ?) "
                                 "ON CONFLICT (committee_id, year) DO UPDATE SET budget = excluded.budget"));
        bindValues(q, {committeeId, year, budget});
        if (QString e = execQuery(q); !e.isEmpty())
            return e;
        return m_audit.recordChange(
                   QStringLiteral("fund.budget"),
                   QStringLiteral("fund_year %1 %2").arg(committeeId).arg(year),
                   {{QStringLiteral("budget"), existed ? yuanText(before) : QString(), yuanText(budget)}})
                   ? QString()
                   : audited;
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult FundService::saveProject(const FundProjectRecord& input)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    FundProjectRecord p = input;
    p.title = p.title.trimmed();
    p.category = p.category.trimmed();
    const FundProjectRecord old = p.id ? project(p.id) : FundProjectRecord{};
    if (p.id && old.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("FundService", "The project no longer exists."));
    if (p.id)
        p.committeeId = old.committeeId;
    const QDate today = m_clock.today();
    FieldErrors errors;
    if (p.title.isEmpty())
        errors.append({QStringLiteral("title"),
                       QCoreApplication::translate("FundService", "Enter the project's title.")});
    if (!p.approvedOn.isValid())
        errors.append(
            {QStringLiteral("approvedOn"),
             QCoreApplication::translate("FundService", "Enter the day the project was approved.")});
    else if (p.approvedOn > today)
        errors.append(
            {QStringLiteral("approvedOn"),
             QCoreApplication::translate("FundService", "The approval day cannot be in the future.")});
    if (p.approved <= 0)
        errors.append(
            {QStringLiteral("approved"),
             QCoreApplication::translate("FundService", "The approved amount must be more than 0.00 yuan.")});
    const QStringList statuses = {QStringLiteral("approved"), QStringLiteral("done"),
                                  QStringLiteral("cancelled")};
    if (!statuses.contains(p.status))
        errors.append({QStringLiteral("status"),
                       QCoreApplication::translate("FundService", "Choose the project's status.")});
    if (p.status == QLatin1String("done") && !p.finishedOn.isValid())
        errors.append(
            {QStringLiteral("finishedOn"),
             QCoreApplication::translate("FundService", "Enter the day a finished project was finished.")});
    if (p.finishedOn.isValid() &&
        (p.finishedOn > today || (p.approvedOn.isValid() && p.finishedOn < p.approvedOn)))
        errors.append({QStringLiteral("finishedOn"),
                       QCoreApplication::translate(
                           "FundService", "The project is finished between its approval and today.")});
    if (p.beneficiaries < -1)
        errors.append(
            {QStringLiteral("beneficiaries"),
             QCoreApplication::translate("FundService", "The number of beneficiaries cannot be negative.")});
    if (p.jointMeetingId && !belongsTo(m_db, "joint_meeting", p.jointMeetingId, p.committeeId))
        errors.append(
            {QStringLiteral("jointMeeting"),
             QCoreApplication::translate("FundService", "Choose a joint meeting of the same community.")});
    if (p.cogovProjectId && !belongsTo(m_db, "cogov_project", p.cogovProjectId, p.committeeId))
        errors.append(
            {QStringLiteral("cogovProject"),
             QCoreApplication::translate("FundService", "Choose a joint project of the same community.")});
    if (!errors.isEmpty())
        return ServiceResult::invalid(errors);
    if (p.id) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT min(spent_on) FROM fund_spending WHERE project_id = ?"));
        q.addBindValue(p.id);
        const QDate firstSpent = execRead(q) && q.next() ? dateFromSql(q.value(0)) : QDate();
        if (firstSpent.isValid() && p.approvedOn > firstSpent)
            return ServiceResult::invalid(
                QCoreApplication::translate(
                    "FundService", "Money was spent on the project on %1; it cannot be approved later.")
                    .arg(isoDateText(firstSpent)),
                QStringLiteral("approvedOn"));
        if (p.approved < old.spent)
            return ServiceResult::invalid(
                QCoreApplication::translate(
                    "FundService", "%1 yuan has been spent on the project; the approved amount cannot be "
                                   "less.")
                    .arg(yuanText(old.spent)),
                QStringLiteral("approved"));
    }
    if (p.status != QLatin1String("cancelled")) {
        bool budgetSet = false;
        const Fen budget = FundService::budget(p.committeeId, p.approvedOn.year(), &budgetSet);
        FundYear y = figures(p.committeeId, p.approvedOn.year());
        if (p.id && old.approvedOn.year() == p.approvedOn.year())
            y.uncommitted += old.status == QLatin1String("cancelled") ? old.spent : old.approved;
        if (p.approved > y.uncommitted)
            return ServiceResult::invalid(
                QCoreApplication::translate(
                    "FundService",
                    "%1 yuan cannot be approved: of the %2 budget of %3 yuan, %4 yuan is already approved, "
                    "so %5 yuan is left.")
                    .arg(yuanText(p.approved))
                    .arg(p.approvedOn.year())
                    .arg(budgetSet ? yuanText(budget) : yuanText(0))
                    .arg(yuanText(budget - y.uncommitted))
                    .arg(yuanText(y.uncommitted)),
                QStringLiteral("approved"));
    }
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        QSqlQuery q(m_db);
        if (p.id)
            q.prepare(QStringLiteral(
                "UPDATE fund_project SET title = ?, category = ?, approved_on = ?, approved_by = ?, "
                "joint_meeting_id = ?, decision = ?, approved = ?, cogov_project_id = ?, "
                "status = ?, finished_on = ?, beneficiaries = ?, results = ?, notes = ? "
                "WHERE id = ?"));
        else
            q.prepare(
                QStringLiteral("INSERT INTO fund_project (title, category, approved_on, approved_by, "
                               "joint_meeting_id, decision, approved, cogov_project_id, status, finished_on, "
                               "beneficiaries, results, notes, committee_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindValues(q, {p.title, p.category, sqlDate(p.approvedOn), p.approvedBy.trimmed(),
                       sqlId(p.jointMeetingId), p.decision.trimmed(), p.approved, sqlId(p.cogovProjectId),
                       p.status, sqlDate(p.finishedOn), optionalInt(p.beneficiaries), p.results.trimmed(),
                       p.notes.trimmed(), p.id ? p.id : p.committeeId});
        if (QString e = execQuery(q); !e.isEmpty())
            return e;
        *id = p.id ? p.id : returnedId(q);
        FundProjectRecord named = p;
        named.id = *id;
        return m_audit.recordChange(
                   p.id ? QStringLiteral("fund.project_update") : QStringLiteral("fund.project_add"),
                   subject(named),
                   {{QStringLiteral("category"), old.category, p.category},
                    {QStringLiteral("approved_on"), isoDateText(old.approvedOn), isoDateText(p.approvedOn)},
                    {QStringLiteral("approved"), old.id ? yuanText(old.approved) : QString(),
                     yuanText(p.approved)},
                    {QStringLiteral("status"), old.id ? old.status : QString(), p.status}})
                   ? QString()
                   : audited;
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult FundService::deleteProject(qint64 projectId)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const FundProjectRecord p = project(projectId);
    if (p.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("FundService", "The project no longer exists."));
    if (!spending(projectId).isEmpty())
        return ServiceResult::refused(QCoreApplication::translate(
            "FundService", "Money has been spent on the project: cancel it instead of deleting it."));
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        *id = projectId;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM fund_project WHERE id = ?"));
        q.addBindValue(projectId);
        if (QString e = execQuery(q); !e.isEmpty())
            return e;
        return m_audit.recordChange(QStringLiteral("fund.project_delete"), subject(p),
                                    {{QStringLiteral("approved"), yuanText(p.approved), QString()}})
                   ? QString()
                   : audited;
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult FundService::saveSpending(const FundSpendingRecord& input)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    FundSpendingRecord s = input;
    s.purpose = s.purpose.trimmed();
    Fen oldAmount = 0;
    if (s.id) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT project_id, amount FROM fund_spending WHERE id = ?"));
        q.addBindValue(s.id);
        if (!execRead(q) || !q.next())
            return ServiceResult::conflict(
                QCoreApplication::translate("FundService", "The spending record no longer exists."));
        s.projectId = q.value(0).toLongLong();
        oldAmount = q.value(1).toLongLong();
    }
    const FundProjectRecord p = project(s.projectId);
    if (p.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("FundService", "The project no longer exists."));
    if (p.status == QLatin1String("cancelled"))
        return ServiceResult::refused(
            QCoreApplication::translate("FundService",
                                        "The project \"%1\" was cancelled: it takes no spending.")
                .arg(p.title));
    FieldErrors errors;
    if (!s.spentOn.isValid())
        errors.append({QStringLiteral("spentOn"),
                       QCoreApplication::translate("FundService", "Enter the day the money was spent.")});
    else if (s.spentOn < p.approvedOn)
        errors.append({QStringLiteral("spentOn"),
                       QCoreApplication::translate(
                           "FundService", "The project was approved on %1; money cannot be spent on it "
                                          "before.")
                           .arg(isoDateText(p.approvedOn))});
    else if (s.spentOn > m_clock.today())
        errors.append({QStringLiteral("spentOn"),
                       QCoreApplication::translate("FundService", "The day spent cannot be in the future.")});
    if (s.amount <= 0)
        errors.append(
            {QStringLiteral("amount"),
             QCoreApplication::translate("FundService", "The amount must be more than 0.00 yuan.")});
    if (s.purpose.isEmpty())
        errors.append({QStringLiteral("purpose"),
                       QCoreApplication::translate("FundService", "Enter what the money was spent on.")});
    if (!errors.isEmpty())
        return ServiceResult::invalid(errors);
    const Fen others = p.spent - oldAmount;
    if (others + s.amount > p.approved)
        return ServiceResult::invalid(
            QCoreApplication::translate(
                "FundService", "%1 yuan would overspend the project: %2 yuan approved, %3 yuan spent, "
                               "%4 yuan left.")
                .arg(yuanText(s.amount), yuanText(p.approved), yuanText(others),
                     yuanText(p.approved - others)),
            QStringLiteral("amount"));
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        QSqlQuery q(m_db);
        if (s.id)
            q.prepare(
                QStringLiteral("UPDATE fund_spending SET spent_on = ?, amount = ?, payee = ?, purpose = ?, "
                               "receipt_no = ?, receipt = ?, handled_by = ?, notes = ? WHERE id = ?"));
        else
            q.prepare(QStringLiteral(
                "INSERT INTO fund_spending (spent_on, amount, payee, purpose, receipt_no, receipt, "
                "handled_by, notes, project_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindValues(q, {sqlDate(s.spentOn), s.amount, s.payee.trimmed(), s.purpose, s.receiptNo.trimmed(),
                       s.receipt.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(s.receipt),
                       s.handledBy.trimmed(), s.notes.trimmed(), s.id ? s.id : s.projectId});
        if (QString e = execQuery(q); !e.isEmpty())
            return e;
        *id = s.id ? s.id : returnedId(q);
        return m_audit.recordChange(
                   s.id ? QStringLiteral("fund.spending_update") : QStringLiteral("fund.spending_add"),
                   QStringLiteral("fund_spending %1 of %2").arg(*id).arg(subject(p)),
                   {{QStringLiteral("spent_on"), QString(), isoDateText(s.spentOn)},
                    {QStringLiteral("amount"), s.id ? yuanText(oldAmount) : QString(), yuanText(s.amount)},
                    {QStringLiteral("receipt_no"), QString(), s.receiptNo.trimmed()}})
                   ? QString()
                   : audited;
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult FundService::deleteSpending(qint64 spendingId)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT project_id, amount, spent_on FROM fund_spending WHERE id = ?"));
    q.addBindValue(spendingId);
    if (!execRead(q) || !q.next())
        return ServiceResult::conflict(
            QCoreApplication::translate("FundService", "The spending record no longer exists."));
    const FundProjectRecord p = project(q.value(0).toLongLong());
    const Fen amount = q.value(1).toLongLong();
    const QString spentOn = q.value(2).toString();
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        *id = spendingId;
        QSqlQuery d(m_db);
        d.prepare(QStringLiteral("DELETE FROM fund_spending WHERE id = ?"));
        d.addBindValue(spendingId);
        if (QString e = execQuery(d); !e.isEmpty())
            return e;
        return m_audit.recordChange(QStringLiteral("fund.spending_delete"),
                                    QStringLiteral("fund_spending %1 of %2").arg(spendingId).arg(subject(p)),
                                    {{QStringLiteral("spent_on"), spentOn, QString()},
                                     {QStringLiteral("amount"), yuanText(amount), QString()}})
                   ? QString()
                   : audited;
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult FundService::saveEvaluation(qint64 committeeId, int year, const FundEvaluation& e)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    bool set = false;
    FundService::budget(committeeId, year, &set);
    if (!set)
        return ServiceResult::refused(
            QCoreApplication::translate("FundService", "Set the budget of %1 before its evaluation.")
                .arg(year));
    FieldErrors errors;
    if (e.evaluatedOn.isValid() && e.evaluatedOn > m_clock.today())
        errors.append(
            {QStringLiteral("evaluatedOn"),
             QCoreApplication::translate("FundService", "The evaluation day cannot be in the future.")});
    if (e.selfScoreTenths < -1 || e.selfScoreTenths > 1000)
        errors.append({QStringLiteral("selfScore"),
                       QCoreApplication::translate("FundService", "A score lies between 0 and 100.")});
    if (e.reviewScoreTenths < -1 || e.reviewScoreTenths > 1000)
        errors.append({QStringLiteral("reviewScore"),
                       QCoreApplication::translate("FundService", "A score lies between 0 and 100.")});
    const QStringList grades = {QString(), QStringLiteral("excellent"), QStringLiteral("good"),
                                QStringLiteral("pass"), QStringLiteral("fail")};
    if (!grades.contains(e.grade))
        errors.append(
            {QStringLiteral("grade"), QCoreApplication::translate("FundService", "Choose a grade.")});
    if (e.surveyed < -1)
        errors.append({QStringLiteral("surveyed"),
                       QCoreApplication::translate("FundService",
                                                   "The number of residents asked cannot be negative.")});
    if (e.satisfied < -1)
        errors.append({QStringLiteral("satisfied"),
                       QCoreApplication::translate("FundService",
                                                   "The number of satisfied residents cannot be negative.")});
    else if (e.satisfied >= 0 && e.surveyed >= 0 && e.satisfied > e.surveyed)
        errors.append({QStringLiteral("satisfied"),
                       QCoreApplication::translate(
                           "FundService", "%1 residents were asked; no more of them can be satisfied.")
                           .arg(e.surveyed)});
    if (!errors.isEmpty())
        return ServiceResult::invalid(errors);
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        *id = committeeId;
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("UPDATE fund_year SET evaluated_on = ?, evaluated_by = ?, self_score_tenths = ?, "
                           "review_score_tenths = ?, grade = ?, surveyed = ?, satisfied = ?, summary = ?, "
                           "problems = ? WHERE committee_id = ? AND year = ?"));
        bindValues(q,
                   {sqlDate(e.evaluatedOn), e.evaluatedBy.trimmed(), optionalInt(e.selfScoreTenths),
                    optionalInt(e.reviewScoreTenths), e.grade, optionalInt(e.surveyed),
                    optionalInt(e.satisfied), e.summary.trimmed(), e.problems.trimmed(), committeeId, year});
        if (QString err = execQuery(q); !err.isEmpty())
            return err;
        return m_audit.recordChange(
                   QStringLiteral("fund.evaluation"),
                   QStringLiteral("fund_year %1 %2").arg(committeeId).arg(year),
                   {{QStringLiteral("grade"), QString(), e.grade},
                    {QStringLiteral("review_score"), QString(),
                     e.reviewScoreTenths >= 0 ? QString::number(e.reviewScoreTenths / 10.0, 'f', 1)
                                              : QString()}})
                   ? QString()
                   : audited;
    });
    return ServiceResult::fromWrite(written);
}

} // namespace partydesk
