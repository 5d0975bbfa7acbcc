#pragma once

#include "AppraisalGrade.h"
#include "domain/Enums.h"

#include <optional>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace partydesk {

// One branch's 民主评议党员 of one year.
struct AppraisalSession
{
    qint64 id = 0;
    qint64 orgId = 0;
    int year = 0;
    QDate heldOn; // the day of the meeting; who is rated follows the roster of that day
    AppraisalCap cap;
    QString notes;
    QDate finishedOn; // set once the results are final and written into the members' histories

    bool finished() const { return finishedOn.isValid(); }
};

// The votes of the mutual appraisal or of the masses' opinion for one member, per grade, when kept.
struct AppraisalVotes
{
    bool kept = false;
    GradeCounts counts{};

    int total() const
    {
        int sum = 0;
        for (int n : counts)
            sum += n;
        return sum;
    }
    bool operator==(const AppraisalVotes& o) const { return kept == o.kept && (!kept || counts == o.counts); }
};

// What the branch records for one member.
struct AppraisalEntry
{
    qint64 memberId = 0;
    std::optional<AppraisalGrade> grade; // none while not rated
    std::optional<AppraisalGrade> selfGrade;
    AppraisalVotes mutual;
    AppraisalVotes masses;
    QString handling; // required for 不合格
    QString note;
};

// A line of the session's table: the entry and who the member is.
struct AppraisalRow
{
    AppraisalEntry entry;
    QString name;
    Sex sex = Sex::Male;
    MemberStatus status = MemberStatus::Full;
    MemberCategory category = MemberCategory::Registered;
};

// A branch's appraisal of a year at a glance (the community committee's summary).
struct AppraisalSummary
{
    qint64 orgId = 0;
    qint64 sessionId = 0; // 0: not opened
    int rated = 0;
    GradeCounts counts{};
    QDate finishedOn;
    int unrated() const { return rated - counts[0] - counts[1] - counts[2] - counts[3]; }
};

// Counts of grades among rows.
GradeCounts gradeCounts(const QList<AppraisalRow>& rows);

// Reads and writes the appraisal tables. Writes return the error text (empty on success); the
// service wraps them in its transaction with the audit entry.
class AppraisalRepository
{
public:
    explicit AppraisalRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QSqlDatabase database() const { return m_db; }

    std::optional<AppraisalSession> session(qint64 orgId, int year) const;
    std::optional<AppraisalSession> sessionById(qint64 sessionId) const;
    // Rows by name (pinyin order).
    QList<AppraisalRow> rows(qint64 sessionId) const;
    std::optional<AppraisalRow> row(qint64 sessionId, qint64 memberId) const;
    // The summary of every session of the year, by branch.
    QHash<qint64, AppraisalSummary> summaries(int year) const;

    // Who a branch rates on `day` (core/meetings/ExpectedMembers.h: Party members on the branch's
    // roster that day, floating-out members included, in-service and floating-in members not: they are
    // appraised where they are registered), leaving out those
    // already rated in another session of the same year.
    QList<qint64> membersToRate(qint64 orgId, int year, QDate day, qint64 exceptSession) const;
    // The organisation's type code, or an empty string when there is none.
    QString organisationType(qint64 orgId) const;

    QString insertSession(AppraisalSession& session);
    QString updateSession(const AppraisalSession& session);
    QString addMembers(qint64 sessionId, const QList<qint64>& memberIds);
    QString removeMembers(qint64 sessionId, const QList<qint64>& memberIds);
    QString writeEntry(qint64 sessionId, const AppraisalEntry& entry);
    // An invalid date reopens the session.
    QString setFinished(qint64 sessionId, QDate finishedOn);
    // The results as dated events in the members' histories (kind "appraisal", to_value the grade
    // code, event_date the day held, reason the handling of 不合格), and their removal.
    // `recordedOn` (the demo's) dates the entries' recording; otherwise it is now.
    QString writeHistory(const AppraisalSession& session, QDate recordedOn = {});
    QString removeHistory(const AppraisalSession& session);

    // A workspace setting, or `fallback` when it is not set.
    QString setting(const QString& key, const QString& fallback = {}) const;
    QString setSetting(const QString& key, const QString& value);

private:
    QSqlDatabase m_db;
};

} // namespace partydesk
