// The agenda's items about members: probation, political birthdays, the 50-year medal, missing data.
#include "AgendaParts.h"
#include "development/ProbationDue.h"
#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace partydesk::agenda {

namespace {

// Party members (正式 + 预备) still on the roster, in scope.
QString partyMembersWhere(const ScopeSql& sql)
{
    return QStringLiteral("m.left_on IS NULL AND m.status IN ('probationary', 'full') AND %1")
        .arg(sql.orgFilter(QStringLiteral("m.org_id")));
}

QString nameInBranch(const ScopeSql& sql, const QString& name, qint64 orgId)
{
    return QCoreApplication::translate("Agenda", "%1 (%2)").arg(name, sql.names.value(orgId));
}

} // namespace

AgendaItem probationDue(const QSqlDatabase& db, const ScopeSql& sql)
{
    // The development page's own list: a year from admission, or the day it was extended to.
    const QDate today = sql.scope.today;
    QList<AgendaEntry> entries;
    for (const ProbationDue& due : probationsDue(sql.pipeline(db), today, 60)) {
        AgendaEntry e;
        e.memberId = due.memberId;
        e.orgId = due.orgId;
        e.text = nameInBranch(sql, due.name, e.orgId);
        e.due = due.endsOn;
        e.overdue = due.overdue();
        e.detail = e.overdue
                       ? QCoreApplication::translate("Agenda", "Probation ended on %1: convert, extend or "
                                                               "cancel at the branch meeting")
                             .arg(e.due.toString(Qt::ISODate))
                       : QCoreApplication::translate("Agenda", "Probation ends on %1")
                             .arg(e.due.toString(Qt::ISODate));
        entries << e;
    }
    return finished(AgendaKind::ProbationDue, AgendaPlace::Development, entries, sql.scope);
}

AgendaItem politicalBirthdays(const QSqlDatabase& db, const ScopeSql& sql)
{
    const QDate today = sql.scope.today;
    QSqlQuery q =
        readQuery(db,
                  QStringLiteral("SELECT m.id, m.name, m.org_id, m.joined_on FROM member m WHERE %1 AND "
                                 "m.joined_on IS NOT NULL AND substr(m.joined_on, 6, 2) = ? AND "
                                 "m.joined_on < ? ORDER BY substr(m.joined_on, 9, 2), m.joined_on")
                      .arg(partyMembersWhere(sql)),
                  {QStringLiteral("%1").arg(today.month(), 2, 10, QLatin1Char('0')),
                   sqlDate(QDate(today.year(), 1, 1))});
    QList<AgendaEntry> entries;
    while (q.next()) {
        const QDate joined = dateFromSql(q.value(3));
        AgendaEntry e;
        e.memberId = q.value(0).toLongLong();
        e.orgId = q.value(2).toLongLong();
        e.text = nameInBranch(sql, q.value(1).toString(), e.orgId);
        e.detail = QCoreApplication::translate("Agenda", "Joined on %1: %n year(s)", nullptr,
                                               today.year() - joined.year())
                       .arg(joined.toString(Qt::ISODate));
        // The day of the month it falls on this year (29 February: the 28th in a common year).
        e.due = QDate(today.year(), today.month(), std::min(joined.day(), today.daysInMonth()));
        entries << e;
    }
    return finished(AgendaKind::PoliticalBirthdays, AgendaPlace::Meetings, entries, sql.scope);
}

AgendaItem fiftyYearMedals(const QSqlDatabase& db, const ScopeSql& sql)
{
    // Party age (from 转正) reaches 50 by 1 July of the year and had not by 1 July of the year
    // before: full_on in (1 July of year − 51, 1 July of year − 50].
    const int year = sql.scope.today.year();
    QSqlQuery q =
        readQuery(db,
                  QStringLiteral("SELECT m.id, m.name, m.org_id, m.full_on FROM member m WHERE %1 AND "
                                 "m.status = 'full' AND m.full_on > ? AND m.full_on <= ? ORDER BY m.full_on")
                      .arg(partyMembersWhere(sql)),
                  {sqlDate(QDate(year - 51, 7, 1)), sqlDate(QDate(year - 50, 7, 1))});
    QList<AgendaEntry> entries;
    while (q.next()) {
        AgendaEntry e;
        e.memberId = q.value(0).toLongLong();
        e.orgId = q.value(2).toLongLong();
        e.text = nameInBranch(sql, q.value(1).toString(), e.orgId);
        e.detail = QCoreApplication::translate("Agenda", "Full member since %1")
                       .arg(dateFromSql(q.value(3)).toString(Qt::ISODate));
        e.due = QDate(year, 7, 1);
        entries << e;
    }
    return finished(AgendaKind::FiftyYearMedals, AgendaPlace::Member, entries, sql.scope);
}

AgendaItem missingData(const QSqlDatabase& db, const ScopeSql& sql)
{
    // What each record must hold for the roster, the statistics and the reports to be right. Each
    // missing field is named by a code, translated below.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(
        QStringLiteral(
            "SELECT id, name, org_id, missing, count(*) OVER () FROM (SELECT m.id, m.name, m.org_id, "
            "trim("
            "CASE WHEN m.id_number IS NULL THEN 'id ' ELSE '' END || "
            "CASE WHEN m.birth_date IS NULL THEN 'birth ' ELSE '' END || "
            "CASE WHEN trim(m.phone) = '' THEN 'phone ' ELSE '' END || "
            "CASE WHEN m.status IN ('probationary', 'full') AND m.joined_on IS NULL THEN 'joined ' ELSE '' "
            "END || "
            "CASE WHEN m.status = 'full' AND m.full_on IS NULL THEN 'full ' ELSE '' END || "
            "CASE WHEN m.status = 'applicant' AND m.applied_on IS NULL THEN 'applied ' ELSE '' END || "
            "CASE WHEN m.status = 'activist' AND m.activist_on IS NULL THEN 'activist ' ELSE '' END || "
            "CASE WHEN m.status = 'candidate' AND m.candidate_on IS NULL THEN 'candidate ' ELSE '' END || "
            "CASE WHEN m.category = 'in_service' AND trim(m.work_unit) = '' THEN 'unit ' ELSE '' END || "
            "CASE WHEN m.category = 'in_service' AND m.reported_on IS NULL THEN 'reported ' ELSE '' END || "
            "CASE WHEN m.category = 'floating_out' AND trim(m.floating_place) = '' THEN 'place ' ELSE '' "
            "END || "
            "CASE WHEN m.category = 'floating_in' AND trim(m.home_organisation) = '' THEN 'home ' ELSE '' "
            "END || "
            "CASE WHEN m.category IN ('floating_out', 'floating_in') AND m.floating_since IS NULL "
            "THEN 'since ' ELSE '' END) AS missing "
            "FROM member m WHERE m.left_on IS NULL AND %1) AS gaps WHERE missing <> '' ORDER BY org_id, id "
            "LIMIT %2")
            .arg(sql.orgFilter(QStringLiteral("m.org_id")))
            .arg(sql.scope.entryLimit));
    const QHash<QString, QString> labels = {
        {QStringLiteral("id"), QCoreApplication::translate("Agenda", "ID number")},
        {QStringLiteral("birth"), QCoreApplication::translate("Agenda", "birth date")},
        {QStringLiteral("phone"), QCoreApplication::translate("Agenda", "phone")},
        {QStringLiteral("joined"), QCoreApplication::translate("Agenda", "date of joining")},
        {QStringLiteral("full"), QCoreApplication::translate("Agenda", "date of becoming a full member")},
        {QStringLiteral("applied"), QCoreApplication::translate("Agenda", "date of application")},
        {QStringLiteral("activist"), QCoreApplication::translate("Agenda", "date of becoming an activist")},
        {QStringLiteral("candidate"), QCoreApplication::translate("Agenda", "date of becoming a candidate")},
        {QStringLiteral("unit"), QCoreApplication::translate("Agenda", "work unit")},
        {QStringLiteral("reported"), QCoreApplication::translate("Agenda", "date of reporting")},
        {QStringLiteral("place"), QCoreApplication::translate("Agenda", "where they went")},
        {QStringLiteral("home"), QCoreApplication::translate("Agenda", "home organisation")},
        {QStringLiteral("since"), QCoreApplication::translate("Agenda", "floating since")},
    };
    QList<AgendaEntry> entries;
    int count = 0; // all of them: the list stops at the limit
    while (q.next()) {
        count = q.value(4).toInt();
        QStringList missing;
        for (const QString& code : q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            missing << labels.value(code, code);
        AgendaEntry e;
        e.memberId = q.value(0).toLongLong();
        e.orgId = q.value(2).toLongLong();
        e.text = nameInBranch(sql, q.value(1).toString(), e.orgId);
        e.detail =
            QCoreApplication::translate("Agenda", "Missing: %1").arg(missing.join(QStringLiteral("、")));
        entries << e;
    }
    return finished(AgendaKind::MissingData, AgendaPlace::Member, entries, sql.scope, count);
}

} // namespace partydesk::agenda
