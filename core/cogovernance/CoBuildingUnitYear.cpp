#include "CoBuildingUnitYear.h"

#include "CoBuildingQueries.h"
#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <memory>
#include <QCoreApplication>
#include <QSqlQuery>

namespace partydesk {

namespace {

bool activeIn(QDate from, QDate to, int year)
{
    return (!from.isValid() || from.year() <= year) && (!to.isValid() || to.year() >= year);
}

} // namespace

UnitYear unitYear(QSqlDatabase db, qint64 unitId, int year)
{
    UnitYear y;
    y.year = year;
    QSqlQuery u(db);
    u.prepare(QStringLiteral("SELECT committee_id FROM co_building_unit WHERE id = ?"));
    u.addBindValue(unitId);
    if (!execRead(u) || !u.next())
        return y;
    const qint64 committee = u.value(0).toLongLong();
    for (const UnitSummary& s : coBuildingUnits(db, {committee}))
        if (s.unit.id == unitId) {
            y.unit = s.unit;
            y.committeeName = s.committeeName;
        }
    for (const UnitPerson& p : unitPeople(db, unitId))
        if (activeIn(p.fromOn, p.toOn, year))
            y.people << p;
    for (const CogovResource& r : cogovResources(db, {committee}, {QString(), year, {}}))
        if (r.unitId == unitId)
            y.resources << r;
    for (const CogovProject& p : cogovProjects(db, {committee}, {QString(), year, {}})) {
        if (p.leadUnitId == unitId)
            y.projectsLed << p;
        else if (p.unitIds.contains(unitId))
            y.projectsJoined << p;
    }
    const QString from = isoDateText(QDate(year, 1, 1));
    const QString to = isoDateText(QDate(year, 12, 31));
    QSqlQuery m(db);
    m.prepare(QStringLiteral("SELECT m.held_on, m.topics, coalesce(a.attendee, ''), a.unit_id IS NOT NULL, "
                             "m.chair_unit_id IS NOT DISTINCT FROM ? FROM joint_meeting m "
                             "LEFT JOIN joint_meeting_unit a ON a.meeting_id = m.id AND a.unit_id = ? "
                             "WHERE m.committee_id = ? AND m.held_on BETWEEN ? AND ? "
                             "AND (a.unit_id IS NOT NULL OR m.chair_unit_id = ?) ORDER BY m.held_on, m.id"));
    bindValues(m, {unitId, unitId, committee, from, to, unitId});
    if (execRead(m))
        while (m.next()) {
            UnitYear::Meeting meeting{dateFromSql(m.value(0)), m.value(1).toString(), m.value(2).toString(),
                                      m.value(3).toBool(), m.value(4).toBool()};
            y.meetingsAttended += meeting.attended ? 1 : 0;
            y.meetingsChaired += meeting.chaired ? 1 : 0;
            y.meetings << meeting;
        }
    QSqlQuery r(db);
    r.prepare(
        QStringLiteral("SELECT month FROM chair_rota WHERE committee_id = ? AND unit_id = ? AND month LIKE ? "
                       "ORDER BY month"));
    bindValues(r, {committee, unitId, QStringLiteral("%1-%").arg(year)});
    if (execRead(r))
        while (r.next())
            y.rotaMonths << r.value(0).toString().mid(5, 2).toInt();
    QSqlQuery a(db);
    a.prepare(QStringLiteral("SELECT held_on, title, as_chair, participants FROM unit_activity "
                             "WHERE unit_id = ? AND held_on BETWEEN ? AND ? ORDER BY held_on, id"));
    bindValues(a, {unitId, from, to});
    if (execRead(a))
        while (a.next())
            y.activities << UnitYear::Activity{dateFromSql(a.value(0)), a.value(1).toString(),
                                               a.value(2).toBool(),
                                               a.value(3).isNull() ? -1 : a.value(3).toInt()};
    QSqlQuery d(db);
    d.prepare(
        QStringLiteral("SELECT m.held_on, d.decision, d.due_on, d.status, d.done_on FROM joint_decision d "
                       "JOIN joint_meeting m ON m.id = d.meeting_id WHERE d.responsible_unit_id = ? "
                       "AND m.held_on BETWEEN ? AND ? ORDER BY m.held_on, d.position"));
    bindValues(d, {unitId, from, to});
    if (execRead(d))
        while (d.next())
            y.decisions << UnitYear::Decision{dateFromSql(d.value(0)), d.value(1).toString(),
                                              dateFromSql(d.value(2)), d.value(3).toString(),
                                              dateFromSql(d.value(4))};
    return y;
}

TableReport unitYearSheet(const UnitYear& y)
{
    const auto line = [](const QStringList& items) { return items.join(QStringLiteral("；")); };
    QStringList people, resources, led, joined, meetings, months, activities, decisions;
    for (const UnitPerson& p : y.people)
        people << (p.committeeRole.isEmpty() ? p.name
                                             : QStringLiteral("%1（%2）").arg(p.name, p.committeeRole));
    for (const CogovResource& r : y.resources)
        resources << r.title;
    for (const CogovProject& p : y.projectsLed)
        led << QStringLiteral("%1（%2）").arg(p.title, projectStatusName(p.status));
    for (const CogovProject& p : y.projectsJoined)
        joined << QStringLiteral("%1（%2）").arg(p.title, projectStatusName(p.status));
    for (const UnitYear::Meeting& m : y.meetings)
        meetings << m.heldOn.toString(QStringLiteral("M/d"));
    for (int month : y.rotaMonths)
        months << QString::number(month);
    for (const UnitYear::Activity& a : y.activities)
        activities << QStringLiteral("%1 %2").arg(a.heldOn.toString(QStringLiteral("M/d")), a.title);
    int decisionsDone = 0;
    for (const UnitYear::Decision& d : y.decisions) {
        decisions << d.decision;
        decisionsDone += d.status == QLatin1String("done") ? 1 : 0;
    }
    const QList<QPair<QString, QString>> rows = {
        {QCoreApplication::translate("CoBuildingUnitYear", "Unit"), y.unit.name},
        {QCoreApplication::translate("CoBuildingUnitYear", "Kind"), y.unit.kind},
        {QCoreApplication::translate("CoBuildingUnitYear", "People"), line(people)},
        {QCoreApplication::translate("CoBuildingUnitYear", "Resources offered (%1)").arg(y.resources.size()),
         line(resources)},
        {QCoreApplication::translate("CoBuildingUnitYear", "Projects led (%1)").arg(y.projectsLed.size()),
         line(led)},
        {QCoreApplication::translate("CoBuildingUnitYear", "Projects joined (%1)")
             .arg(y.projectsJoined.size()),
         line(joined)},
        {QCoreApplication::translate("CoBuildingUnitYear", "Joint meetings"),
         QCoreApplication::translate("CoBuildingUnitYear", "attended %1, chaired %2: %3")
             .arg(y.meetingsAttended)
             .arg(y.meetingsChaired)
             .arg(line(meetings))},
        {QCoreApplication::translate("CoBuildingUnitYear", "Rotating chair in months"), line(months)},
        {QCoreApplication::translate("CoBuildingUnitYear", "Activities (%1)").arg(y.activities.size()),
         line(activities)},
        {QCoreApplication::translate("CoBuildingUnitYear", "Decisions carried out"),
         QCoreApplication::translate("CoBuildingUnitYear", "%1 of %2 done: %3")
             .arg(decisionsDone)
             .arg(y.decisions.size())
             .arg(line(decisions))},
        // The last two lines are the committee's to fill in: its opinion (room for a few lines) and
        // the grade ticked.
        {QCoreApplication::translate("CoBuildingUnitYear", "Evaluation"), QStringLiteral("\n\n\n\n")},
        {QCoreApplication::translate("CoBuildingUnitYear", "Grade"),
         QCoreApplication::translate("CoBuildingUnitYear", "□ Excellent    □ Good    □ Fair    □ Poor")}};
    TableReport sheet;
    sheet.title = QCoreApplication::translate("CoBuildingUnitYear", "Co-building unit's yearly evaluation %1")
                      .arg(y.year);
    sheet.subtitle = QStringLiteral("%1 · %2").arg(y.committeeName, y.unit.name);
    sheet.sheetName = y.unit.name.left(31);
    sheet.keepPortrait = true;
    sheet.signatures = {QCoreApplication::translate("CoBuildingUnitYear", "Community Party committee (seal)"),
                        QCoreApplication::translate("CoBuildingUnitYear", "Person in charge"),
                        QCoreApplication::translate("CoBuildingUnitYear", "Date")};
    sheet.columns = {{QCoreApplication::translate("CoBuildingUnitYear", "Item"), ReportColumn::Kind::Text, 9},
                     {QCoreApplication::translate("CoBuildingUnitYear", "Facts of the year"),
                      ReportColumn::Kind::Text, 36}};
    sheet.rowCount = int(rows.size());
    auto shared = std::make_shared<QList<QPair<QString, QString>>>(rows);
    sheet.cell = [shared](int row, int column) -> QVariant {
        return column == 0 ? shared->at(row).first : shared->at(row).second;
    };
    return sheet;
}

} // namespace partydesk
