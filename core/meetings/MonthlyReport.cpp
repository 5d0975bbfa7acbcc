#include "MonthlyReport.h"

#include "domain/OrganisationTree.h"
#include "MonthlyFacts.h"

#include <algorithm>
#include <memory>
#include <QCoreApplication>

namespace partydesk {

namespace {

using K = ReportColumn::Kind;

TableReport keyValueTable(const QString& title, const QString& subtitle,
                          const QList<QPair<QString, QString>>& rows)
{
    auto data = std::make_shared<QList<QPair<QString, QString>>>(rows);
    TableReport t;
    t.title = title;
    t.subtitle = subtitle;
    t.columns = {{QCoreApplication::translate("MonthlyReport", "Item"), K::Text, 7},
                 {QCoreApplication::translate("MonthlyReport", "Record"), K::Text, 36}};
    t.rowCount = int(rows.size());
    t.cell = [data](int r, int c) -> QVariant { return c == 0 ? (*data)[r].first : (*data)[r].second; };
    return t;
}

QString percent(double rate)
{
    return QStringLiteral("%1%").arg(rate * 100, 0, 'f', 1);
}

// The facts of a theme day and its attendance in figures.
TableReport themeDayFacts(const QString& title, const QString& subtitle, const Meeting& m,
                          const QList<PrescribedAction>& actions, const QList<AttendanceLine>& attendance)
{
    QStringList done, notDone;
    for (const PrescribedAction& a : actions)
        (m.actionIds.contains(a.id) ? done : notDone) << a.name;
    const AttendanceTally t = tally(attendance);
    const QString none = QCoreApplication::translate("MonthlyReport", "none");
    TableReport table =
        keyValueTable(title, subtitle,
                      {{QCoreApplication::translate("MonthlyReport", "Theme"), m.theme},
                       {QCoreApplication::translate("MonthlyReport", "Date"), m.heldOn.toString(Qt::ISODate)},
                       {QCoreApplication::translate("MonthlyReport", "Place"), m.place},
                       {QCoreApplication::translate("MonthlyReport", "Host"), m.host},
                       {QCoreApplication::translate("MonthlyReport", "Materials studied"), m.materials},
                       {QCoreApplication::translate("MonthlyReport", "Actions done"),
                        done.isEmpty() ? none
                                       : QCoreApplication::translate("MonthlyReport", "%1 of %2: %3")
                                             .arg(done.size())
                                             .arg(actions.size())
                                             .arg(done.join(QStringLiteral("、")))},
                       {QCoreApplication::translate("MonthlyReport", "Actions not done"),
                        notDone.isEmpty() ? none : notDone.join(QStringLiteral("、"))},
                       {QCoreApplication::translate("MonthlyReport", "Attendance"),
                        QCoreApplication::translate(
                            "MonthlyReport", "Expected %1, present %2, on leave %3, absent %4; rate %5%")
                            .arg(t.expected)
                            .arg(t.present)
                            .arg(t.leave)
                            .arg(t.absent)
                            .arg(t.rate() * 100, 0, 'f', 1)},
                       {QCoreApplication::translate("MonthlyReport", "Minutes"), m.minutes}});
    table.caption = QCoreApplication::translate("MonthlyReport", "Theme Party day, %1")
                        .arg(m.heldOn.toString(Qt::ISODate));
    return table;
}

// The members present (floating members away apart), by name, ten to a row as on a sign-in sheet:
// each name whole in its cell.
TableReport presentTable(const QString& title, const QString& subtitle,
                         const QList<AttendanceLine>& attendance)
{
    constexpr int perRow = 10;
    auto names = std::make_shared<QStringList>();
    for (const AttendanceLine& line : attendance)
        if (line.record.status == AttendanceStatus::Present && !line.member.away())
            names->append(line.member.name);
    TableReport table;
    table.title = QCoreApplication::translate("MonthlyReport", "%1: present members").arg(title);
    table.subtitle = subtitle;
    table.caption = QCoreApplication::translate("MonthlyReport", "Members present (%1)").arg(names->size());
    for (int c = 0; c < perRow; ++c)
        table.columns.append({QCoreApplication::translate("MonthlyReport", "Name"), K::Text, 4});
    table.rowCount = int((names->size() + perRow - 1) / perRow);
    table.cell = [names](int r, int c) -> QVariant { return names->value(r * perRow + c); };
    return table;
}

// The members not simply present: on leave or absent with their reasons, and floating members away
// with where they took part. Empty rows when every member expected was there.
TableReport notPresentTable(const QString& title, const QString& subtitle,
                            const QList<AttendanceLine>& attendance)
{
    auto lines = std::make_shared<QList<QStringList>>();
    for (const AttendanceLine& line : attendance)
        if (line.record.status != AttendanceStatus::Present || line.member.away())
            lines->append({line.member.name, enumLabel(line.member.category), enumLabel(line.record.status),
                           line.record.reason});
    TableReport table;
    table.title = QCoreApplication::translate("MonthlyReport", "%1: attendance").arg(title);
    table.subtitle = subtitle;
    table.caption = QCoreApplication::translate("MonthlyReport", "Members on leave, absent or away (%1)")
                        .arg(lines->size());
    table.columns = {
        {QCoreApplication::translate("MonthlyReport", "No."), K::Number, 2.5},
        {QCoreApplication::translate("MonthlyReport", "Name"), K::Text, 6},
        {QCoreApplication::translate("MonthlyReport", "Category"), K::Text, 8},
        {QCoreApplication::translate("MonthlyReport", "Attendance"), K::Text, 5},
        {QCoreApplication::translate("MonthlyReport", "Reason or where taken part"), K::Text, 20}};
    table.rowCount = int(lines->size());
    table.cell = [lines](int r, int c) -> QVariant {
        return c == 0 ? QVariant(r + 1) : QVariant((*lines)[r][c - 1]);
    };
    return table;
}

// The photos' part: no table, only the figure the caller draws, under a caption with the count.
TableReport photosPart(const QString& title, const QString& subtitle, int count)
{
    TableReport part;
    part.subtitle = subtitle;
    part.caption =
        count > monthlyReportPhotos
            ? QCoreApplication::translate("MonthlyReport", "Photos (%1 in all, the first %2 printed)")
                  .arg(count)
                  .arg(monthlyReportPhotos)
            : QCoreApplication::translate("MonthlyReport", "Photos (%1 in all)").arg(count);
    // On a page of its own the count is in its title.
    part.title = QCoreApplication::translate("MonthlyReport", "%1: %2").arg(title, part.caption);
    return part;
}

TableReport otherMeetingsTable(MeetingRepository& meetings, const QString& title, const QString& subtitle,
                               const QList<Meeting>& others)
{
    auto lines = std::make_shared<QList<QStringList>>();
    for (const Meeting& m : others) {
        const AttendanceTally t = tally(meetings.attendanceSheet(m.id));
        lines->append(
            {m.heldOn.toString(Qt::ISODate), enumLabel(m.kind), m.theme,
             t.expected ? percent(t.rate()) : QCoreApplication::translate("MonthlyReport", "none recorded")});
    }
    TableReport table;
    table.title = QCoreApplication::translate("MonthlyReport", "%1: other meetings").arg(title);
    table.subtitle = subtitle;
    table.caption = QCoreApplication::translate("MonthlyReport", "Other meetings this month");
    table.columns = {{QCoreApplication::translate("MonthlyReport", "Date"), K::Text, 6},
                     {QCoreApplication::translate("MonthlyReport", "Kind"), K::Text, 8},
                     {QCoreApplication::translate("MonthlyReport", "Theme"), K::Text, 22},
                     {QCoreApplication::translate("MonthlyReport", "Rate"), K::Text, 5}};
    table.rowCount = int(lines->size());
    table.cell = [lines](int r, int c) -> QVariant { return (*lines)[r][c]; };
    return table;
}

} // namespace

QList<MonthlyBranchReport> monthlyReports(MeetingRepository& meetings,
                                          const QList<Organisation>& organisations, qint64 orgId, QDate month)
{
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    const QString monthText = first.toString(QStringLiteral("yyyy-MM"));
    const QHash<qint64, QString> names = organisationDisplayNames(organisations);

    // Read once for the whole report, so a branch costs the same in a community and a district.
    QHash<qint64, QList<qint64>> children;
    for (const Organisation& org : organisations)
        children[org.parentId].append(org.id);
    const auto subtree = [&children](qint64 root) {
        QList<qint64> ids{root};
        for (qsizetype i = 0; i < ids.size(); ++i)
            ids += children.value(ids[i]);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QSet<qint64> scope;
    if (orgId > 0)
        for (qint64 id : subtree(orgId))
            scope.insert(id);
    QList<Organisation> branches;
    for (const Organisation& org : organisations)
        if (isBranchLevel(org.type) && org.type != OrgType::PartyGroup &&
            (orgId <= 0 || scope.contains(org.id)))
            branches << org;
    QHash<qint64, QList<Meeting>> monthMeetings;
    for (const Meeting& m : meetings.meetings(orgId > 0 ? std::optional(scope) : std::nullopt, first, last))
        monthMeetings[m.orgId] << m;
    const QList<PrescribedAction> activeActions = meetings.actions(true);
    const QHash<qint64, QStringList> birthdaysByOrg =
        politicalBirthdayLinesByOrg(meetings.database(), orgId > 0 ? &scope : nullptr, first);

    QList<MonthlyBranchReport> reports;
    for (const Organisation& branch : branches) {
        MonthlyBranchReport report;
        report.orgId = branch.id;
        const QString branchName = names.value(branch.id);
        report.branchName = branchName;
        const QString title = QCoreApplication::translate("MonthlyReport", "%1 organisational life, %2")
                                  .arg(branchName, monthText);
        // Every part carries the same subtitle: it is printed once, under the title of the page.
        const QString subtitle =
            branch.parentId > 0 && names.contains(branch.parentId)
                ? QCoreApplication::translate("MonthlyReport", "Under %1").arg(names.value(branch.parentId))
                : QString();
        QList<Meeting> themeDays, others;
        for (const Meeting& m : monthMeetings.value(branch.id))
            if (m.kind == MeetingKind::ThemeDay) {
                if (const std::optional<Meeting> full = meetings.meeting(m.id))
                    themeDays << *full;
            } else {
                others << m;
            }
        // The branch opens its pages (in Excel its sheet, named after it); its parts follow, portrait.
        const auto add = [&report, &branchName](TableReport table, qint64 photos = 0, int photoCount = 0) {
            table.sameSheetAsPrevious = !report.tables.isEmpty();
            table.sheetName = branchName;
            table.keepPortrait = true;
            report.tables << table;
            report.photosOf << photos;
            report.photoCounts << photoCount;
        };
        if (themeDays.isEmpty())
            add(keyValueTable(title, subtitle,
                              {{QCoreApplication::translate("MonthlyReport", "Theme Party day"),
                                QCoreApplication::translate(
                                    "MonthlyReport", "No theme Party day is recorded for this month.")}}));
        for (const Meeting& m : themeDays) {
            const QList<AttendanceLine> attendance = meetings.attendanceSheet(m.id);
            const AttendanceTally t = tally(attendance);
            report.themeDays << m.heldOn;
            report.themeDayAttendance += t;
            for (const PrescribedAction& a : activeActions)
                report.actionsDone += m.actionIds.contains(a.id) ? 1 : 0;
            report.actionsTotal += int(activeActions.size());
            add(themeDayFacts(title, subtitle, m, activeActions, attendance));
            if (TableReport present = presentTable(title, subtitle, attendance); present.rowCount > 0)
                add(present);
            if (TableReport away = notPresentTable(title, subtitle, attendance); away.rowCount > 0)
                add(away);
            if (const int photos = int(meetings.photos(m.id).size()); photos > 0)
                add(photosPart(title, subtitle, photos), m.id, photos);
        }
        report.otherMeetings = int(others.size());
        if (!others.isEmpty())
            add(otherMeetingsTable(meetings, title, subtitle, others));
        QStringList birthdays;
        for (qint64 id : subtree(branch.id))
            birthdays += birthdaysByOrg.value(id);
        QList<QPair<QString, QString>> closingRows;
        if (others.isEmpty())
            closingRows.append({QCoreApplication::translate("MonthlyReport", "Other meetings"),
                                QCoreApplication::translate("MonthlyReport", "none this month")});
        closingRows.append({QCoreApplication::translate("MonthlyReport", "Political birthdays"),
                            birthdays.isEmpty()
                                ? QCoreApplication::translate("MonthlyReport", "none this month")
                                : birthdays.join(QStringLiteral("、"))});
        TableReport closing = keyValueTable(
            QCoreApplication::translate("MonthlyReport", "%1: political birthdays and signatures").arg(title),
            subtitle, closingRows);
        closing.caption = QCoreApplication::translate("MonthlyReport", "Other matters");
        closing.signatures = {QCoreApplication::translate("MonthlyReport", "Reporting unit (seal)"),
                              QCoreApplication::translate("MonthlyReport", "Filled in by"),
                              QCoreApplication::translate("MonthlyReport", "Checked by"),
                              QCoreApplication::translate("MonthlyReport", "Date")};
        add(closing);
        reports << report;
    }
    return reports;
}

TableReport monthlySummary(const QList<MonthlyBranchReport>& reports, const QString& scopeName, QDate month)
{
    struct Line
    {
        QString branch, dates, actions;
        AttendanceTally attendance;
        int others = 0;
        bool total = false;
    };
    auto lines = std::make_shared<QList<Line>>();
    Line total;
    total.branch = QCoreApplication::translate("MonthlyReport", "Total");
    total.total = true;
    int held = 0, done = 0, prescribed = 0;
    for (const MonthlyBranchReport& report : reports) {
        Line line;
        line.branch = report.branchName;
        QStringList dates;
        for (const QDate& day : report.themeDays)
            dates << day.toString(QStringLiteral("MM-dd"));
        line.dates = dates.isEmpty() ? QCoreApplication::translate("MonthlyReport", "none recorded")
                                     : dates.join(QStringLiteral("、"));
        line.actions = report.actionsTotal > 0
                           ? QStringLiteral("%1/%2").arg(report.actionsDone).arg(report.actionsTotal)
                           : QString();
        line.attendance = report.themeDayAttendance;
        line.others = report.otherMeetings;
        lines->append(line);
        held += report.themeDays.isEmpty() ? 0 : 1;
        done += report.actionsDone;
        prescribed += report.actionsTotal;
        total.attendance += report.themeDayAttendance;
        total.others += report.otherMeetings;
    }
    total.dates =
        QCoreApplication::translate("MonthlyReport", "%1 of %2 branches").arg(held).arg(reports.size());
    total.actions = prescribed > 0 ? QStringLiteral("%1/%2").arg(done).arg(prescribed) : QString();
    lines->append(total);

    TableReport t;
    t.title = QCoreApplication::translate("MonthlyReport", "Organisational life of the branches, %1")
                  .arg(month.toString(QStringLiteral("yyyy-MM")));
    t.subtitle = scopeName;
    t.sheetName = QCoreApplication::translate("MonthlyReport", "Summary");
    t.columns = {{QCoreApplication::translate("MonthlyReport", "No."), K::Number, 2.5},
                 {QCoreApplication::translate("MonthlyReport", "Branch"), K::Text, 16},
                 {QCoreApplication::translate("MonthlyReport", "Theme Party day"), K::Text, 7},
                 {QCoreApplication::translate("MonthlyReport", "Expected"), K::Number, 2.5},
                 {QCoreApplication::translate("MonthlyReport", "Present"), K::Number, 2.5},
                 {QCoreApplication::translate("MonthlyReport", "On leave"), K::Number, 2.5},
                 {QCoreApplication::translate("MonthlyReport", "Absent"), K::Number, 2.5},
                 {QCoreApplication::translate("MonthlyReport", "Rate"), K::Text, 3.5},
                 {QCoreApplication::translate("MonthlyReport", "Actions done"), K::Text, 4},
                 {QCoreApplication::translate("MonthlyReport", "Other meetings"), K::Number, 3.5}};
    t.rowCount = int(lines->size());
    t.cell = [lines](int r, int c) -> QVariant {
        const Line& line = (*lines)[r];
        const AttendanceTally& a = line.attendance;
        switch (c) {
        case 0:
            return line.total ? QVariant() : QVariant(r + 1);
        case 1:
            return line.branch;
        case 2:
            return line.dates;
        case 3:
            return a.expected;
        case 4:
            return a.present;
        case 5:
            return a.leave;
        case 6:
            return a.absent;
        case 7:
            return a.expected > 0 ? QStringLiteral("%1%").arg(a.rate() * 100, 0, 'f', 1) : QString();
        case 8:
            return line.actions;
        default:
            return line.others;
        }
    };
    t.emphasised = [lines](int r) { return (*lines)[r].total; };
    t.keepPortrait = true;
    return t;
}

} // namespace partydesk
