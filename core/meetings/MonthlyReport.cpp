#include "MonthlyReport.h"

#include "domain/OrganisationTree.h"
#include "MonthlyFacts.h"

#include <algorithm>
#include <memory>
#include <QCoreApplication>

namespace partydesk {

namespace {

using K = ReportColumn::Kind;

TableReport keyValueTable(const QString& title, const QString& subtitle, const QString& sheet,
                          const QList<QPair<QString, QString>>& rows)
{
    auto data = std::make_shared<QList<QPair<QString, QString>>>(rows);
    TableReport t;
    t.title = title;
    t.subtitle = subtitle;
    t.sheetName = sheet;
    t.columns = {{QCoreApplication::translate("MonthlyReport", "Item"), K::Text, 7},
                 {QCoreApplication::translate("MonthlyReport", "Record"), K::Text, 36}};
    t.rowCount = int(rows.size());
    t.cell = [data](int r, int c) -> QVariant { return c == 0 ? (*data)[r].first : (*data)[r].second; };
    return t;
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
        if (isBranchLevel(org.type) && org.type != OrgType::PartyGroup && (orgId <= 0 || scope.contains(org.id)))
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
        QList<Meeting> themeDays, others;
        for (const Meeting& m : monthMeetings.value(branch.id))
            if (m.kind == MeetingKind::ThemeDay) {
                if (const std::optional<Meeting> full = meetings.meeting(m.id))
                    themeDays << *full;
            } else {
                others << m;
            }
        // In Excel the branch's tables share one sheet, named after it.
        const auto add = [&report, &branchName](TableReport table, qint64 photos) {
            table.sameSheetAsPrevious = !report.tables.isEmpty();
            table.sheetName = branchName;
            report.tables << table;
            report.photosOf << photos;
        };
        if (themeDays.isEmpty())
            add(keyValueTable(title, branchName, branchName,
                              {{QCoreApplication::translate("MonthlyReport", "Theme Party day"),
                                QCoreApplication::translate(
                                    "MonthlyReport", "No theme Party day is recorded for this month.")}}),
                0);
        for (const Meeting& m : themeDays) {
            const QList<AttendanceLine> attendance = meetings.attendanceSheet(m.id);
            const AttendanceTally t = tally(attendance);
            QStringList done, notDone;
            for (const PrescribedAction& a : activeActions)
                (m.actionIds.contains(a.id) ? done : notDone) << a.name;
            report.themeDays << m.heldOn;
            report.themeDayAttendance += t;
            report.actionsDone += int(done.size());
            report.actionsTotal += int(activeActions.size());
            QList<QPair<QString, QString>> rows = {
                {QCoreApplication::translate("MonthlyReport", "Theme"), m.theme},
                {QCoreApplication::translate("MonthlyReport", "Date"), m.heldOn.toString(Qt::ISODate)},
                {QCoreApplication::translate("MonthlyReport", "Place"), m.place},
                {QCoreApplication::translate("MonthlyReport", "Host"), m.host},
                {QCoreApplication::translate("MonthlyReport", "Materials studied"), m.materials},
                {QCoreApplication::translate("MonthlyReport", "Actions done"),
                 done.join(QStringLiteral("、"))},
                {QCoreApplication::translate("MonthlyReport", "Actions not done"),
                 notDone.isEmpty() ? QCoreApplication::translate("MonthlyReport", "none")
                                   : notDone.join(QStringLiteral("、"))},
                {QCoreApplication::translate("MonthlyReport", "Attendance"),
                 QCoreApplication::translate("MonthlyReport",
                                             "Expected %1, present %2, on leave %3, absent %4; rate %5%")
                     .arg(t.expected)
                     .arg(t.present)
                     .arg(t.leave)
                     .arg(t.absent)
                     .arg(t.rate() * 100, 0, 'f', 1)},
                {QCoreApplication::translate("MonthlyReport", "Minutes"), m.minutes}};
            add(keyValueTable(title,
                              QCoreApplication::translate("MonthlyReport", "%1 · %2")
                                  .arg(enumLabel(m.kind), m.heldOn.toString(Qt::ISODate)),
                              QCoreApplication::translate("MonthlyReport", "%1 %2")
                                  .arg(branchName.left(20), m.heldOn.toString(QStringLiteral("MM-dd"))),
                              rows),
                m.id);

            // Everyone expected, absentees' reasons beside them.
            auto lines = std::make_shared<QList<QStringList>>();
            for (const AttendanceLine& line : attendance)
                lines->append({line.member.name, enumLabel(line.member.category),
                               enumLabel(line.record.status), line.record.reason});
            TableReport table;
            table.title = QCoreApplication::translate("MonthlyReport", "%1: attendance").arg(title);
            table.subtitle = QCoreApplication::translate("MonthlyReport", "%1 · %2 · rate %3%")
                                 .arg(enumLabel(m.kind), m.heldOn.toString(Qt::ISODate))
                                 .arg(t.rate() * 100, 0, 'f', 1);
            table.sheetName = QCoreApplication::translate("MonthlyReport", "Attendance %1")
                                  .arg(m.heldOn.toString(QStringLiteral("MM-dd")));
            table.columns = {
                {QCoreApplication::translate("MonthlyReport", "No."), K::Number, 2.5},
                {QCoreApplication::translate("MonthlyReport", "Name"), K::Text, 6},
                {QCoreApplication::translate("MonthlyReport", "Category"), K::Text, 7},
                {QCoreApplication::translate("MonthlyReport", "Attendance"), K::Text, 4},
                {QCoreApplication::translate("MonthlyReport", "Reason or where taken part"), K::Text, 14}};
            table.rowCount = int(lines->size());
            table.cell = [lines](int r, int c) -> QVariant {
                return c == 0 ? QVariant(r + 1) : QVariant((*lines)[r][c - 1]);
            };
            add(table, 0);
        }
        report.otherMeetings = int(others.size());
        if (!others.isEmpty()) {
            auto lines = std::make_shared<QList<QStringList>>();
            for (const Meeting& m : others) {
                const AttendanceTally t = tally(meetings.attendanceSheet(m.id));
                lines->append(
                    {m.heldOn.toString(Qt::ISODate), enumLabel(m.kind), m.theme,
                     t.expected ? QStringLiteral("%1%").arg(t.rate() * 100, 0, 'f', 1) : QString()});
            }
            TableReport table;
            table.title = QCoreApplication::translate("MonthlyReport", "%1: other meetings").arg(title);
            table.subtitle = branchName;
            table.sheetName = QCoreApplication::translate("MonthlyReport", "Other meetings");
            table.columns = {{QCoreApplication::translate("MonthlyReport", "Date"), K::Text, 6},
                             {QCoreApplication::translate("MonthlyReport", "Kind"), K::Text, 8},
                             {QCoreApplication::translate("MonthlyReport", "Theme"), K::Text, 16},
                             {QCoreApplication::translate("MonthlyReport", "Attendance"), K::Text, 5}};
            table.rowCount = int(lines->size());
            table.cell = [lines](int r, int c) -> QVariant { return (*lines)[r][c]; };
            add(table, 0);
        }
        QStringList birthdays;
        for (qint64 id : subtree(branch.id))
            birthdays += birthdaysByOrg.value(id);
        TableReport closing = keyValueTable(
            QCoreApplication::translate("MonthlyReport", "%1: political birthdays and signatures").arg(title),
            branchName, QCoreApplication::translate("MonthlyReport", "Signatures"),
            {{QCoreApplication::translate("MonthlyReport", "Political birthdays"),
              birthdays.isEmpty() ? QCoreApplication::translate("MonthlyReport", "none this month")
                                  : birthdays.join(QStringLiteral("、"))},
             {QCoreApplication::translate("MonthlyReport", "Branch secretary (signature)"), QString()},
             {QCoreApplication::translate("MonthlyReport", "Date"), QString()}});
        add(closing, 0);
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
    total.dates = QCoreApplication::translate("MonthlyReport", "%1 of %2 branches").arg(held).arg(reports.size());
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
    return t;
}

} // namespace partydesk
