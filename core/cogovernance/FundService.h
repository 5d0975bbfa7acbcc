#pragma once

#include "service/ServiceResult.h"
#include "ServiceFund.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace partydesk {

class AuditLog;
class Clock;
class WriteGate;
class Workspace;

// The suggested categories of fund projects (free text is allowed too), in English source text
// (context "FundCategory"); stored as the words shown.
QStringList fundCategorySuggestions();

// A project the fund pays for, as stored (fund_project) with what was spent on it (every year).
struct FundProjectRecord
{
    qint64 id = 0;
    qint64 committeeId = 0;
    QString title;
    QString category;
    QDate approvedOn;
    QString approvedBy; // the meeting: 社区党委会, 居民议事会, 联席会议 …
    qint64 jointMeetingId = 0;
    QString decision;
    Fen approved = 0;
    qint64 cogovProjectId = 0;
    QString status = QStringLiteral("approved"); // approved, done, cancelled
    QDate finishedOn;
    int beneficiaries = -1; // -1: not known
    QString results;
    QString notes;
    Fen spent = 0; // read only

    Fen remaining() const { return approved - spent; }
};

struct FundSpendingRecord
{
    qint64 id = 0;
    qint64 projectId = 0;
    QDate spentOn;
    Fen amount = 0;
    QString payee;
    QString purpose;
    QString receiptNo;
    QByteArray receipt; // JPEG scan (already scaled by the caller), or empty
    QString handledBy;
    QString notes;
};

// The yearly evaluation (绩效考评); -1: not given.
struct FundEvaluation
{
    QDate evaluatedOn;
    QString evaluatedBy;
    int selfScoreTenths = -1;
    int reviewScoreTenths = -1;
    QString grade; // '', excellent, good, pass, fail
    int surveyed = -1;
    int satisfied = -1;
    QString summary;
    QString problems;
};

// A committee's year of the fund: its figures (fundYear), the projects approved in it or spent on
// in it, and the evaluation.
struct FundYearView
{
    qint64 committeeId = 0;
    int year = 0;
    bool budgetSet = false;
    FundYear figures;
    QList<FundProjectRecord> projects;
    FundEvaluation evaluation;
};

// The one way the service fund is written (Permission::EditOrganisations; each write one transaction
// with its audit entry). Decisions:
//  - a cancelled project commits only what was spent on it; the others their approved amount;
//  - approving more than the year's uncommitted budget is refused with the figures, and so is a
//    budget below what the year already committed;
//  - spending is dated from the project's approval to today, never beyond the project's approved
//    amount (refused with the figures), and a cancelled project takes none;
//  - a project with spending cannot be deleted (cancel it instead).
class FundService
{
public:
    FundService(QSqlDatabase db, AuditLog& audit, const Clock& clock, const WriteGate& gate)
        : m_db(db), m_audit(audit), m_clock(clock), m_gate(gate)
    {
    }
    explicit FundService(Workspace& workspace);

    // Reads.
    FundYearView year(qint64 committeeId, int year) const;
    // The budget of the year (0 and *set false when none).
    Fen budget(qint64 committeeId, int year, bool* set = nullptr) const;
    QList<FundSpendingRecord> spending(qint64 projectId, bool withReceipts = false) const;
    QByteArray receipt(qint64 spendingId) const;
    FundProjectRecord project(qint64 projectId) const;
    FundYearFacts facts(const QList<qint64>& committeeIds, int year) const;

    // Writes. Field names of errors: "budget", "title", "approvedOn", "approved", "status",
    // "finishedOn", "beneficiaries", "jointMeeting", "cogovProject", "spentOn", "amount", "purpose",
    // "evaluatedOn", "selfScore", "reviewScore", "grade", "surveyed", "satisfied".
    ServiceResult setBudget(qint64 committeeId, int year, Fen budget);
    ServiceResult saveProject(const FundProjectRecord& project); // id 0: a new one
    ServiceResult deleteProject(qint64 projectId);
    ServiceResult saveSpending(const FundSpendingRecord& spending); // id 0: a new one
    ServiceResult deleteSpending(qint64 spendingId);
    ServiceResult saveEvaluation(qint64 committeeId, int year, const FundEvaluation& evaluation);

private:
    QString refusal() const;
    // Every project of the committee (for fundYear), cancelled ones at what was spent on them.
    void readInputs(qint64 committeeId, QList<FundProject>* projects, QList<FundSpending>* spending) const;
    FundYear figures(qint64 committeeId, int year) const;

    QSqlDatabase m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
    const WriteGate& m_gate;
};

// For the home page and the rating evidence: the fund of `year` summed over the committees.
FundYearFacts fundFacts(QSqlDatabase db, const QList<qint64>& committeeIds, int year);

} // namespace partydesk
