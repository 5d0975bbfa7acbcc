#include "MonthlyReport.h"

#include "domain/OrganisationTree.h"
#include "MonthlyFacts.h"

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

    QList<Organisation> branches;
    const QSet<qint64> scope = orgId > 0 ? subtreeIds(organisations, orgId) : QSet<qint64>();
    for (const Organisation& org : organisations)
        if (isBranchLevel(org.type) && org.type != OrgType::PartyGroup &&
            (orgId <= 0 || scope.contains(org.id)))
            branches << org;
    const QList<Meeting> monthMeetings = meetings.meetings(std::nullopt, first, last);
    const QList<PrescribedAction> activeActions = meetings.actions(true);

    QList<MonthlyBranchReport> reports;
    for (const Organisation& branch : branches) {
        MonthlyBranchReport report;
        report.orgId = branch.id;
        const QString branchName = names.value(branch.id);
        const QString title = QCoreApplication::translate("MonthlyReport", "%1 organisational life, %2")
                                  .arg(branchName, monthText);
        const QSet<qint64> branchOrgs = subtreeIds(organisations, branch.id);
        QList<Meeting> themeDays, others;
        for (const Meeting& m : monthMeetings)
            if (m.orgId == branch.id)
                (m.kind == MeetingKind::ThemeDay ? themeDays : others) << *meetings.meeting(m.id);
        const auto add = [&report](const TableReport& table, qint64 photos) {
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
        const QStringList birthdays = politicalBirthdayLines(meetings.database(), &branchOrgs, first);
        TableReport closing = keyValueTable(
            QCoreApplication::translate("MonthlyReport", "%1: political birthdays and signatures").arg(title),
            branchName, QCoreApplication::translate("MonthlyReport", "Signatures"),
            {{QCoreApplication::translate("MonthlyReport", "Political birthdays"),
              birthdays.isEmpty() ? QCoreApplication::translate("MonthlyReport", "none this month")
                                  : birthdays.join(QStringLiteral("、"))},
             {QCoreApplication::translate("MonthlyReport", "Branch secretary (signature)"), QString()},
             {QCoreApplication::translate("MonthlyReport", "Date"), QString()}});
        report.tables << closing;
        report.photosOf << 0;
        reports << report;
    }
    return reports;
}

} // namespace partydesk
