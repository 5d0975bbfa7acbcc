#include "DevelopmentRepository.h"

#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"
#include "storage/SqlDialect.h"

#include <QHash>
#include <QSqlQuery>

namespace partydesk {

namespace {

// The organisation bound first and every organisation below it.
const char* const scopeCte = "WITH RECURSIVE scope(id) AS (SELECT CAST(? AS BIGINT) UNION ALL "
                             "SELECT o.id FROM organisation o JOIN scope s ON o.parent_id = s.id) ";

const char* const personColumns =
    "m.id, m.name, m.org_id, m.sex, m.birth_date, m.status, m.applied_on, m.activist_on, m.candidate_on, "
    "m.joined_on, m.full_on";
const char* const recordColumns = "r.talked_on, r.contact_one, r.contact_two, r.reviewed_on, r.trained_on, "
                                  "r.training_hours, r.sponsor_one, "
                                  "r.sponsor_two, r.approved_on, r.oath_on, r.extended_to, r.notes";

DevelopmentPerson personFrom(const QSqlQuery& q)
{
    DevelopmentPerson p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.orgId = q.value(2).toLongLong();
    enumFromCode(q.value(3).toString(), &p.sex);
    p.birthDate = dateFromSql(q.value(4));
    enumFromCode(q.value(5).toString(), &p.status);
    p.appliedOn = dateFromSql(q.value(6));
    p.activistOn = dateFromSql(q.value(7));
    p.candidateOn = dateFromSql(q.value(8));
    p.joinedOn = dateFromSql(q.value(9));
    p.fullOn = dateFromSql(q.value(10));
    return p;
}

// The record's columns from `at` on (recordColumns).
void recordFrom(const QSqlQuery& q, int at, DevelopmentRecord& r)
{
    r.talkedOn = dateFromSql(q.value(at));
    r.contactOne = q.value(at + 1).toString();
    r.contactTwo = q.value(at + 2).toString();
    r.reviewedOn = dateFromSql(q.value(at + 3));
    r.trainedOn = dateFromSql(q.value(at + 4));
    r.trainingHours = q.value(at + 5).toInt();
    r.sponsorOne = q.value(at + 6).toString();
    r.sponsorTwo = q.value(at + 7).toString();
    r.approvedOn = dateFromSql(q.value(at + 8));
    r.oathOn = dateFromSql(q.value(at + 9));
    r.extendedTo = dateFromSql(q.value(at + 10));
    r.notes = q.value(at + 11).toString();
}

ReceivedDocument documentFrom(const QSqlQuery& q, int at)
{
    ReceivedDocument d;
    documentFromCode(q.value(at).toString(), &d.document);
    d.receivedOn = dateFromSql(q.value(at + 1));
    d.note = q.value(at + 2).toString();
    return d;
}

} // namespace

DevelopmentRecord DevelopmentRepository::record(qint64 memberId) const
{
    DevelopmentRecord r;
    r.memberId = memberId;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM development_record r WHERE r.member_id = ?")
                  .arg(QLatin1String(recordColumns)));
    q.addBindValue(memberId);
    if (execRead(q) && q.next())
        recordFrom(q, 0, r);
    QSqlQuery docs(m_db);
    docs.prepare(
        QStringLiteral("SELECT document, received_on, note FROM development_document WHERE member_id = ? "
                       "ORDER BY received_on, document"));
    docs.addBindValue(memberId);
    if (execRead(docs))
        while (docs.next())
            r.documents.append(documentFrom(docs, 0));
    return r;
}

DevelopmentPerson DevelopmentRepository::person(qint64 memberId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM member m WHERE m.id = ?").arg(QLatin1String(personColumns)));
    q.addBindValue(memberId);
    if (execRead(q) && q.next())
        return personFrom(q);
    return {};
}

QList<PipelineEntry> DevelopmentRepository::pipeline(qint64 rootOrgId) const
{
    const QString where = QStringLiteral(
        "m.left_on IS NULL AND m.status IN ('applicant', 'activist', 'candidate', 'probationary') "
        "AND (? <= 0 OR m.org_id IN (SELECT id FROM scope))");
    QSqlQuery q(m_db);
    q.prepare(
        QLatin1String(scopeCte) +
        QStringLiteral("SELECT %1, %2 FROM member m LEFT JOIN development_record r ON r.member_id = m.id "
                       "WHERE %3 ORDER BY m.name_pinyin, m.name, m.id")
            .arg(QLatin1String(personColumns), QLatin1String(recordColumns), where));
    bindValues(q, {rootOrgId, rootOrgId});
    QList<PipelineEntry> entries;
    QHash<qint64, int> rowOf;
    if (!execRead(q))
        return entries;
    while (q.next()) {
        PipelineEntry e;
        e.person = personFrom(q);
        e.record.memberId = e.person.id;
        recordFrom(q, 11, e.record);
        rowOf.insert(e.person.id, int(entries.size()));
        entries.append(e);
    }
    QSqlQuery docs(m_db);
    docs.prepare(
        QLatin1String(scopeCte) +
        QStringLiteral("SELECT d.member_id, d.document, d.received_on, d.note FROM development_document d "
                       "JOIN member m ON m.id = d.member_id WHERE %1 ORDER BY d.received_on")
            .arg(where));
    bindValues(docs, {rootOrgId, rootOrgId});
    if (execRead(docs))
        while (docs.next())
            if (const auto row = rowOf.constFind(docs.value(0).toLongLong()); row != rowOf.cend())
                entries[*row].record.documents.append(documentFrom(docs, 1));
    return entries;
}

QString DevelopmentRepository::writeRecord(const DevelopmentRecord& r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO development_record (member_id, talked_on, contact_one, contact_two, reviewed_on, "
        "trained_on, training_hours, sponsor_one, sponsor_two, approved_on, oath_on, extended_to, notes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (member_id) DO UPDATE SET talked_on = excluded.talked_on, "
        "contact_one = excluded.contact_one, contact_two = excluded.contact_two, "
        "reviewed_on = excluded.reviewed_on, trained_on = excluded.trained_on, "
        "training_hours = excluded.training_hours, sponsor_one = excluded.sponsor_one, "
        "sponsor_two = excluded.sponsor_two, approved_on = excluded.approved_on, oath_on = excluded.oath_on, "
        "extended_to = excluded.extended_to, notes = excluded.notes"));
    bindValues(q, {r.memberId, sqlDate(r.talkedOn), r.contactOne.trimmed(), r.contactTwo.trimmed(),
                   sqlDate(r.reviewedOn), sqlDate(r.trainedOn), r.trainingHours, r.sponsorOne.trimmed(),
                   r.sponsorTwo.trimmed(), sqlDate(r.approvedOn), sqlDate(r.oathOn), sqlDate(r.extendedTo),
                   r.notes.trimmed()});
    if (QString e = execQuery(q); !e.isEmpty())
        return e;
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM development_document WHERE member_id = ?"));
    clear.addBindValue(r.memberId);
    if (QString e = execQuery(clear); !e.isEmpty())
        return e;
    QSqlQuery add(m_db);
    add.prepare(
        QStringLiteral("INSERT INTO development_document (member_id, document, received_on, note) "
                       "VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (member_id, document, received_on) DO UPDATE SET note = excluded.note"));
    for (const ReceivedDocument& d : r.documents) {
        bindValues(add, {r.memberId, documentCode(d.document), sqlDate(d.receivedOn), d.note.trimmed()});
        if (QString e = execQuery(add); !e.isEmpty())
            return e;
    }
    return {};
}

std::optional<DevelopmentPlan> DevelopmentRepository::plan(qint64 orgId, int year) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT planned, young, women, notes FROM development_plan WHERE org_id = ? AND year = ?"));
    bindValues(q, {orgId, year});
    if (!execRead(q) || !q.next())
        return std::nullopt;
    return DevelopmentPlan{
        orgId, year, q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString()};
}

QString DevelopmentRepository::writePlan(const DevelopmentPlan& p)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO development_plan (org_id, year, planned, young, women, notes) "
                             "VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (org_id, year) DO UPDATE SET planned = excluded.planned, "
                             "young = excluded.young, women = excluded.women, notes = excluded.notes"));
    bindValues(q, {p.orgId, p.year, p.planned, p.young, p.women, p.notes.trimmed()});
    return execQuery(q);
}

PlanAchieved DevelopmentRepository::achieved(qint64 orgId, int year) const
{
    QSqlQuery q(m_db);
    // Young: not yet 35 on the day of admission.
    q.prepare(QLatin1String(scopeCte) +
              QStringLiteral("SELECT count(*), "
                             "count(*) FILTER (WHERE m.birth_date IS NOT NULL AND %1 > m.joined_on), "
                             "count(*) FILTER (WHERE m.sex = 'F') "
                             "FROM member m WHERE m.org_id IN (SELECT id FROM scope) "
                             "AND m.joined_on >= ? AND m.joined_on <= ?")
                  .arg(Sql::datePlusYears(m_db, QStringLiteral("m.birth_date"), 35)));
    bindValues(q, {orgId, QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')),
                   QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0'))});
    PlanAchieved a;
    if (execRead(q) && q.next()) {
        a.admitted = q.value(0).toInt();
        a.young = q.value(1).toInt();
        a.women = q.value(2).toInt();
    }
    return a;
}

} // namespace partydesk
