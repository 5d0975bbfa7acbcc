#include "AppraisalRepository.h"

#include "meetings/ExpectedMembers.h"
#include "repository/Settings.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"
#include "storage/SqlDialect.h"

#include <QSqlQuery>

namespace partydesk {

namespace {

const char* const historyKind = "appraisal";

std::optional<AppraisalGrade> gradeFromSql(const QVariant& value)
{
    AppraisalGrade grade = AppraisalGrade::Qualified;
    if (!value.isNull() && enumFromCode(value.toString(), &grade))
        return grade;
    return std::nullopt;
}

QVariant gradeToSql(const std::optional<AppraisalGrade>& grade)
{
    return grade ? QVariant(enumCode(*grade)) : QVariant();
}

const QString sessionColumns =
    QStringLiteral("SELECT id, org_id, year, held_on, cap_numerator, cap_denominator, notes, finished_on "
                   "FROM appraisal_session ");

AppraisalSession sessionFrom(const QSqlQuery& q)
{
    AppraisalSession s;
    s.id = q.value(0).toLongLong();
    s.orgId = q.value(1).toLongLong();
    s.year = q.value(2).toInt();
    s.heldOn = dateFromSql(q.value(3));
    s.cap = {q.value(4).toInt(), q.value(5).toInt()};
    s.notes = q.value(6).toString();
    s.finishedOn = dateFromSql(q.value(7));
    return s;
}

std::optional<AppraisalSession> readSession(QSqlQuery& q)
{
    if (!execRead(q) || !q.next())
        return std::nullopt;
    return sessionFrom(q);
}

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace

GradeCounts gradeCounts(const QList<AppraisalRow>& rows)
{
    GradeCounts counts{};
    for (const AppraisalRow& row : rows)
        if (row.entry.grade)
            ++counts[gradeIndex(*row.entry.grade)];
    return counts;
}

std::optional<AppraisalSession> AppraisalRepository::session(qint64 orgId, int year) const
{
    QSqlQuery q(m_db);
    q.prepare(sessionColumns + QStringLiteral("WHERE org_id = ? AND year = ?"));
    bindValues(q, {orgId, year});
    return readSession(q);
}

std::optional<AppraisalSession> AppraisalRepository::sessionById(qint64 sessionId) const
{
    QSqlQuery q(m_db);
    q.prepare(sessionColumns + QStringLiteral("WHERE id = ?"));
    bindValues(q, {sessionId});
    return readSession(q);
}

QList<AppraisalRow> AppraisalRepository::rows(qint64 sessionId) const
{
    QList<AppraisalRow> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT r.member_id, r.grade, r.self_grade, r.handling, r.note, m.name, m.sex, m.status, m.category "
        "FROM appraisal_result r JOIN member m ON m.id = r.member_id WHERE r.session_id = ? "
        "ORDER BY m.name_pinyin, m.name, m.id"));
    bindValues(q, {sessionId});
    if (!execRead(q))
        return list;
    QHash<qint64, int> at;
    while (q.next()) {
        AppraisalRow row;
        row.entry.memberId = q.value(0).toLongLong();
        row.entry.grade = gradeFromSql(q.value(1));
        row.entry.selfGrade = gradeFromSql(q.value(2));
        row.entry.handling = q.value(3).toString();
        row.entry.note = q.value(4).toString();
        row.name = q.value(5).toString();
        enumFromCode(q.value(6).toString(), &row.sex);
        enumFromCode(q.value(7).toString(), &row.status);
        enumFromCode(q.value(8).toString(), &row.category);
        at.insert(row.entry.memberId, int(list.size()));
        list.append(row);
    }
    QSqlQuery v(m_db);
    v.prepare(
        QStringLiteral("SELECT member_id, source, grade, votes FROM appraisal_vote WHERE session_id = ?"));
    bindValues(v, {sessionId});
    if (!execRead(v))
        return list;
    while (v.next()) {
        const auto it = at.constFind(v.value(0).toLongLong());
        AppraisalGrade grade = AppraisalGrade::Qualified;
        if (it == at.cend() || !enumFromCode(v.value(2).toString(), &grade))
            continue;
        AppraisalEntry& e = list[*it].entry;
        AppraisalVotes& votes = v.value(1).toString() == QLatin1String("mutual") ? e.mutual : e.masses;
        votes.kept = true;
        votes.counts[gradeIndex(grade)] = v.value(3).toInt();
    }
    return list;
}

std::optional<AppraisalRow> AppraisalRepository::row(qint64 sessionId, qint64 memberId) const
{
    for (const AppraisalRow& r : rows(sessionId))
        if (r.entry.memberId == memberId)
            return r;
    return std::nullopt;
}

QHash<qint64, AppraisalSummary> AppraisalRepository::summaries(int year) const
{
    QHash<qint64, AppraisalSummary> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.id, s.org_id, s.finished_on, count(r.member_id), "
                             "count(*) FILTER (WHERE r.grade = 'excellent'), count(*) FILTER (WHERE r.grade "
                             "= 'qualified'), count(*) FILTER (WHERE r.grade = 'basically_qualified'), "
                             "count(*) FILTER (WHERE r.grade = 'unqualified') "
                             "FROM appraisal_session s LEFT JOIN appraisal_result r ON r.session_id = s.id "
                             "WHERE s.year = ? GROUP BY s.id"));
    bindValues(q, {year});
    if (!execRead(q))
        return result;
    while (q.next()) {
        AppraisalSummary s;
        s.sessionId = q.value(0).toLongLong();
        s.orgId = q.value(1).toLongLong();
        s.finishedOn = dateFromSql(q.value(2));
        s.rated = q.value(3).toInt();
        for (int i = 0; i < appraisalGradeCount; ++i)
            s.counts[i] = q.value(4 + i).toInt();
        result.insert(s.orgId, s);
    }
    return result;
}

QList<qint64> AppraisalRepository::membersToRate(qint64 orgId, int year, QDate day,
                                                 qint64 exceptSession) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    // Floating-in members (流入) are registered, and appraised, in their home organisation.
    q.prepare(
        QStringLiteral("WITH p(branch, day) AS (SELECT CAST(? AS BIGINT), CAST(? AS TEXT)) SELECT m.id FROM "
                       "member m, p WHERE %1 "
                       "AND %2 <> '%3' AND m.id NOT IN (SELECT r.member_id FROM appraisal_result r "
                       "JOIN appraisal_session s ON s.id = r.session_id WHERE s.year = ? AND s.id <> ?) "
                       "ORDER BY m.id")
            .arg(expectedAtMeetingSql(QStringLiteral("m"), QStringLiteral("p.branch"),
                                      QStringLiteral("p.day")),
                 categoryOnDaySql(QStringLiteral("m"), QStringLiteral("p.day")),
                 enumCode(MemberCategory::FloatingIn)));
    bindValues(q, {orgId, sqlDate(day), year, exceptSession});
    if (!execRead(q))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QString AppraisalRepository::organisationType(qint64 orgId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT org_type FROM organisation WHERE id = ?"));
    bindValues(q, {orgId});
    return execRead(q) && q.next() ? q.value(0).toString() : QString();
}

QString AppraisalRepository::insertSession(AppraisalSession& s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO appraisal_session (org_id, year, held_on, cap_numerator, "
                             "cap_denominator, notes) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    bindValues(q, {s.orgId, s.year, sqlDate(s.heldOn), s.cap.numerator, s.cap.denominator, s.notes});
    if (QString error = execQuery(q); !error.isEmpty())
        return error;
    s.id = returnedId(q);
    return {};
}

QString AppraisalRepository::updateSession(const AppraisalSession& s)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE appraisal_session SET held_on = ?, cap_numerator = ?, cap_denominator = ?, "
                       "notes = ? WHERE id = ?"));
    bindValues(q, {sqlDate(s.heldOn), s.cap.numerator, s.cap.denominator, s.notes, s.id});
    return execQuery(q);
}

QString AppraisalRepository::addMembers(qint64 sessionId, const QList<qint64>& memberIds)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO appraisal_result (session_id, member_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 id : memberIds) {
        bindValues(q, {sessionId, id});
        if (QString error = execQuery(q); !error.isEmpty())
            return error;
    }
    return {};
}

QString AppraisalRepository::removeMembers(qint64 sessionId, const QList<qint64>& memberIds)
{
    if (memberIds.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM appraisal_result WHERE session_id = ? AND member_id IN (%1)")
                  .arg(idList(memberIds)));
    bindValues(q, {sessionId});
    return execQuery(q);
}

QString AppraisalRepository::writeEntry(qint64 sessionId, const AppraisalEntry& e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE appraisal_result SET grade = ?, self_grade = ?, handling = ?, note = ? "
                             "WHERE session_id = ? AND member_id = ?"));
    bindValues(q, {gradeToSql(e.grade), gradeToSql(e.selfGrade), e.handling.trimmed(), e.note.trimmed(),
                   sessionId, e.memberId});
    if (QString error = execQuery(q); !error.isEmpty())
        return error;
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM appraisal_vote WHERE session_id = ? AND member_id = ?"));
    bindValues(del, {sessionId, e.memberId});
    if (QString error = execQuery(del); !error.isEmpty())
        return error;
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral(
        "INSERT INTO appraisal_vote (session_id, member_id, source, grade, votes) VALUES (?, ?, ?, ?, ?)"));
    for (const auto& [source, votes] :
         {std::pair{QStringLiteral("mutual"), e.mutual}, std::pair{QStringLiteral("masses"), e.masses}}) {
        if (!votes.kept)
            continue;
        for (int i = 0; i < appraisalGradeCount; ++i) {
            bindValues(ins, {sessionId, e.memberId, source, enumCode(gradeAt(i)), votes.counts[i]});
            if (QString error = execQuery(ins); !error.isEmpty())
                return error;
        }
    }
    return {};
}

QString AppraisalRepository::setFinished(qint64 sessionId, QDate finishedOn)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE appraisal_session SET finished_on = ? WHERE id = ?"));
    bindValues(q, {sqlDate(finishedOn), sessionId});
    return execQuery(q);
}

QString AppraisalRepository::writeHistory(const AppraisalSession& s, QDate recordedOn)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO member_event (member_id, event_date, kind, from_value, to_value, "
                             "reason, recorded_at) "
                             "SELECT r.member_id, ?, ?, '', r.grade, CASE WHEN r.grade = 'unqualified' THEN "
                             "r.handling ELSE '' "
                             "END, "
                             "coalesce(?, %1) "
                             "FROM appraisal_result r WHERE r.session_id = ? AND r.grade IS NOT NULL")
                  .arg(Sql::nowLocal(m_db)));
    const QVariant recorded =
        recordedOn.isValid() ? QVariant(isoDateText(recordedOn) + QStringLiteral(" 17:30:00")) : QVariant();
    bindValues(q, {sqlDate(s.heldOn), QString::fromLatin1(historyKind), recorded, s.id});
    return execQuery(q);
}

QString AppraisalRepository::removeHistory(const AppraisalSession& s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM member_event WHERE kind = ? AND event_date = ? AND member_id IN "
                             "(SELECT member_id FROM appraisal_result WHERE session_id = ?)"));
    bindValues(q, {QString::fromLatin1(historyKind), sqlDate(s.heldOn), s.id});
    return execQuery(q);
}

QString AppraisalRepository::setting(const QString& key, const QString& fallback) const
{
    return readSetting(m_db, key, fallback);
}

QString AppraisalRepository::setSetting(const QString& key, const QString& value)
{
    return writeSetting(m_db, key, value);
}

} // namespace partydesk
