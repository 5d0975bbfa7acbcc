#include "FundService.h"
#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

// FundService's reads; its writes and rules are in FundService.cpp.

namespace partydesk {

namespace {

int intOr(const QVariant& value)
{
    return value.isNull() ? -1 : value.toInt();
}

// Every project of the committee for fundYear (a cancelled one commits what was spent on it) and
// the spending against them.
void readInputs(QSqlDatabase db, qint64 committeeId, QList<FundProject>* projects,
                QList<FundSpending>* spending)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.category, p.approved_on, "
        "CASE WHEN p.status = 'cancelled' THEN coalesce((SELECT sum(s.amount) FROM fund_spending s "
        "WHERE s.project_id = p.id), 0) ELSE p.approved END "
        "FROM fund_project p WHERE p.committee_id = ? ORDER BY p.approved_on, p.id"));
    q.addBindValue(committeeId);
    if (execRead(q))
        while (q.next())
            projects->append({q.value(0).toLongLong(), q.value(1).toString(), dateFromSql(q.value(2)),
                              q.value(3).toLongLong()});
    q.prepare(QStringLiteral("SELECT s.project_id, s.spent_on, s.amount FROM fund_spending s "
                             "JOIN fund_project p ON p.id = s.project_id WHERE p.committee_id = ?"));
    q.addBindValue(committeeId);
    if (execRead(q))
        while (q.next())
            spending->append({q.value(0).toLongLong(), dateFromSql(q.value(1)), q.value(2).toLongLong()});
}

Fen readBudget(QSqlDatabase db, qint64 committeeId, int year, bool* set)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT budget FROM fund_year WHERE committee_id = ? AND year = ?"));
    bindValues(q, {committeeId, year});
    const bool found = execRead(q) && q.next();
    if (set)
        *set = found;
    return found ? q.value(0).toLongLong() : 0;
}

FundYear figuresOf(QSqlDatabase db, qint64 committeeId, int year)
{
    QList<FundProject> projects;
    QList<FundSpending> spending;
    readInputs(db, committeeId, &projects, &spending);
    return fundYear(readBudget(db, committeeId, year, nullptr), projects, spending, year);
}

FundProjectRecord projectFrom(const QSqlQuery& q)
{
    FundProjectRecord p;
    p.id = q.value(0).toLongLong();
    p.committeeId = q.value(1).toLongLong();
    p.title = q.value(2).toString();
    p.category = q.value(3).toString();
    p.approvedOn = dateFromSql(q.value(4));
    p.approvedBy = q.value(5).toString();
    p.jointMeetingId = q.value(6).toLongLong();
    p.decision = q.value(7).toString();
    p.approved = q.value(8).toLongLong();
    p.cogovProjectId = q.value(9).toLongLong();
    p.status = q.value(10).toString();
    p.finishedOn = dateFromSql(q.value(11));
    p.beneficiaries = intOr(q.value(12));
    p.results = q.value(13).toString();
    p.notes = q.value(14).toString();
    p.spent = q.value(15).toLongLong();
    return p;
}

const QString projectColumns = QStringLiteral(
    "p.id, p.committee_id, p.title, p.category, p.approved_on, p.approved_by, p.joint_meeting_id, "
    "p.decision, p.approved, p.cogov_project_id, p.status, p.finished_on, p.beneficiaries, p.results, "
    "p.notes, coalesce((SELECT sum(s.amount) FROM fund_spending s WHERE s.project_id = p.id), 0)");

} // namespace

QStringList fundCategorySuggestions()
{
    return {QCoreApplication::translate("FundCategory", "Hardship relief"),
            QCoreApplication::translate("FundCategory", "Environment improvement"),
            QCoreApplication::translate("FundCategory", "Culture and sports"),
            QCoreApplication::translate("FundCategory", "Practical services for residents"),
            QCoreApplication::translate("FundCategory", "Service venues"),
            QCoreApplication::translate("FundCategory", "Volunteer service"),
            QCoreApplication::translate("FundCategory", "Other")};
}

QString executionRateText(Fen spent, Fen budget)
{
    if (budget <= 0)
        return QStringLiteral("—");
    // Tenths of a percent, rounded half up: spent × 1000 / budget.
    const bool negative = spent < 0;
    const qint64 tenths = ((negative ? -spent : spent) * 2000 / budget + 1) / 2;
    return QStringLiteral("%1%2.%3%")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(tenths / 10)
        .arg(tenths % 10);
}

void FundService::readInputs(qint64 committeeId, QList<FundProject>* projects,
                             QList<FundSpending>* spending) const
{
    partydesk::readInputs(m_db, committeeId, projects, spending);
}

FundYear FundService::figures(qint64 committeeId, int year) const
{
    return figuresOf(m_db, committeeId, year);
}

Fen FundService::budget(qint64 committeeId, int year, bool* set) const
{
    return readBudget(m_db, committeeId, year, set);
}

FundYearView FundService::year(qint64 committeeId, int year) const
{
    FundYearView v;
    v.committeeId = committeeId;
    v.year = year;
    readBudget(m_db, committeeId, year, &v.budgetSet);
    v.figures = figures(committeeId, year);
    QSqlQuery q(m_db);
    // Projects approved in the year, and earlier ones spent on in it.
    q.prepare(QStringLiteral("SELECT %1 FROM fund_project p WHERE p.committee_id = ? AND "
                             "(substr(p.approved_on, 1, 4) = ? OR EXISTS (SELECT 1 FROM fund_spending s "
                             "WHERE s.project_id = p.id AND substr(s.spent_on, 1, 4) = ?)) "
                             "ORDER BY p.approved_on, p.id")
                  .arg(projectColumns));
    const QString y = QString::number(year);
    bindValues(q, {committeeId, y, y});
    if (execRead(q))
        while (q.next())
            v.projects.append(projectFrom(q));
    q.prepare(QStringLiteral(
        "SELECT evaluated_on, evaluated_by, self_score_tenths, review_score_tenths, grade, surveyed, "
        "satisfied, summary, problems FROM fund_year WHERE committee_id = ? AND year = ?"));
    bindValues(q, {committeeId, year});
    if (execRead(q) && q.next()) {
        FundEvaluation& e = v.evaluation;
        e.evaluatedOn = dateFromSql(q.value(0));
        e.evaluatedBy = q.value(1).toString();
        e.selfScoreTenths = intOr(q.value(2));
        e.reviewScoreTenths = intOr(q.value(3));
        e.grade = q.value(4).toString();
        e.surveyed = intOr(q.value(5));
        e.satisfied = intOr(q.value(6));
        e.summary = q.value(7).toString();
        e.problems = q.value(8).toString();
    }
    return v;
}

FundProjectRecord FundService::project(qint64 projectId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM fund_project p WHERE p.id = ?").arg(projectColumns));
    q.addBindValue(projectId);
    return execRead(q) && q.next() ? projectFrom(q) : FundProjectRecord{};
}

QList<FundSpendingRecord> FundService::spending(qint64 projectId, bool withReceipts) const
{
    QList<FundSpendingRecord> list;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, project_id, spent_on, amount, payee, purpose, receipt_no, handled_by, "
                       "notes, %1 FROM fund_spending WHERE project_id = ? ORDER BY spent_on, id")
            .arg(withReceipts ? QStringLiteral("receipt") : QStringLiteral("receipt IS NOT NULL")));
    q.addBindValue(projectId);
    if (execRead(q))
        while (q.next()) {
            FundSpendingRecord s;
            s.id = q.value(0).toLongLong();
            s.projectId = q.value(1).toLongLong();
            s.spentOn = dateFromSql(q.value(2));
            s.amount = q.value(3).toLongLong();
            s.payee = q.value(4).toString();
            s.purpose = q.value(5).toString();
            s.receiptNo = q.value(6).toString();
            s.handledBy = q.value(7).toString();
            s.notes = q.value(8).toString();
            if (withReceipts)
                s.receipt = q.value(9).toByteArray();
            else if (q.value(9).toBool())
                s.receipt = QByteArray(1, 'x'); // marks that a scan exists; receipt() reads it
            list.append(s);
        }
    return list;
}

QByteArray FundService::receipt(qint64 spendingId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT receipt FROM fund_spending WHERE id = ?"));
    q.addBindValue(spendingId);
    return execRead(q) && q.next() ? q.value(0).toByteArray() : QByteArray();
}

FundYearFacts fundFacts(QSqlDatabase db, const QList<qint64>& committeeIds, int year)
{
    FundYearFacts facts;
    for (qint64 committee : committeeIds) {
        const FundYear y = figuresOf(db, committee, year);
        facts.budget += y.budget;
        facts.approved += y.approved;
        facts.spent += y.spent;
        facts.balance += y.balance;
        for (size_t m = 0; m < 12; ++m)
            facts.unspentAtMonthEnd[m] += y.unspentAtMonthEnd[m];
    }
    return facts;
}

FundYearFacts FundService::facts(const QList<qint64>& committeeIds, int year) const
{
    return fundFacts(m_db, committeeIds, year);
}

} // namespace partydesk
