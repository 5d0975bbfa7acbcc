#include "JointMeetingReports.h"

#include <memory>
#include <QCoreApplication>

namespace partydesk {

namespace {

QVariant dateCell(QDate date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

} // namespace

QList<TableReport> meetingRecordReports(const JointMeeting& meeting, const QString& committeeName,
                                        const QHash<qint64, QString>& unitNames)
{
    QStringList attending;
    for (qint64 id : meeting.unitIds)
        attending << unitNames.value(id);
    QString chair = unitNames.value(meeting.chairUnitId);
    if (!meeting.chairPerson.isEmpty())
        chair += QStringLiteral(" %1").arg(meeting.chairPerson);
    QList<QPair<QString, QString>> factRows{
        {QCoreApplication::translate("JointMeetingReports", "Date"), meeting.heldOn.toString(Qt::ISODate)},
        {QCoreApplication::translate("JointMeetingReports", "Place"), meeting.place},
        {QCoreApplication::translate("JointMeetingReports", "Chair"), chair},
        {QCoreApplication::translate("JointMeetingReports", "Attending units"),
         attending.join(QStringLiteral("、"))},
        {QCoreApplication::translate("JointMeetingReports", "Topics"), meeting.topics},
        {QCoreApplication::translate("JointMeetingReports", "Minutes"), meeting.minutes}};
    if (meeting.decisions.isEmpty())
        factRows.append({QCoreApplication::translate("JointMeetingReports", "Decisions"),
                         QCoreApplication::translate("JointMeetingReports", "none")});
    const auto facts = std::make_shared<QList<QPair<QString, QString>>>(factRows);
    TableReport record;
    record.title = QCoreApplication::translate("JointMeetingReports", "Joint meeting record");
    record.subtitle = QCoreApplication::translate("JointMeetingReports", "%1 · %2")
                          .arg(committeeName, meeting.heldOn.toString(Qt::ISODate));
    record.sheetName = QCoreApplication::translate("JointMeetingReports", "Meeting %1")
                           .arg(meeting.heldOn.toString(Qt::ISODate));
    record.keepPortrait = true;
    record.columns = {
        {QCoreApplication::translate("JointMeetingReports", "Item"), ReportColumn::Kind::Text, 6},
        {QCoreApplication::translate("JointMeetingReports", "Content"), ReportColumn::Kind::Text, 40}};
    record.rowCount = int(facts->size());
    record.cell = [facts](int row, int column) -> QVariant {
        return column == 0 ? facts->at(row).first : facts->at(row).second;
    };
    // The chair, the recorder and each attending unit sign under the record, on the same page.
    QStringList signers{QCoreApplication::translate("JointMeetingReports", "Chair"),
                        QCoreApplication::translate("JointMeetingReports", "Recorder")};
    signers += attending;
    if (meeting.decisions.isEmpty()) {
        record.signatures = signers;
        return {record};
    }

    const auto decisions = std::make_shared<QList<JointDecision>>(meeting.decisions);
    TableReport decided;
    decided.title = QCoreApplication::translate("JointMeetingReports", "Decisions");
    decided.subtitle = record.subtitle;
    decided.sameSheetAsPrevious = true;
    decided.keepPortrait = true;
    decided.sheetName = record.sheetName;
    decided.columns = {
        {QCoreApplication::translate("JointMeetingReports", "No."), ReportColumn::Kind::Number, 3},
        {QCoreApplication::translate("JointMeetingReports", "Decision"), ReportColumn::Kind::Text, 22},
        {QCoreApplication::translate("JointMeetingReports", "Responsible unit"), ReportColumn::Kind::Text,
         10},
        {QCoreApplication::translate("JointMeetingReports", "Responsible person"), ReportColumn::Kind::Text,
         5},
        {QCoreApplication::translate("JointMeetingReports", "Due date"), ReportColumn::Kind::Date, 6}};
    decided.rowCount = int(decisions->size());
    decided.cell = [decisions, unitNames](int row, int column) -> QVariant {
        const JointDecision& d = decisions->at(row);
        switch (column) {
        case 0:
            return row + 1;
        case 1:
            return d.text;
        case 2:
            return unitNames.value(d.responsibleUnitId);
        case 3:
            return d.responsiblePerson;
        default:
            return dateCell(d.dueOn);
        }
    };
    decided.signatures = signers;
    return {record, decided};
}

TableReport decisionsLedgerReport(const QList<JointDecisionRow>& rows, const QString& scopeName, int year,
                                  QDate today)
{
    const auto list = std::make_shared<QList<JointDecisionRow>>(rows);
    int open = 0;
    int overdue = 0;
    for (const JointDecisionRow& row : rows) {
        open += row.decision.status == DecisionStatus::Open ? 1 : 0;
        overdue += row.decision.overdue(today) ? 1 : 0;
    }
    TableReport report;
    report.title =
        QCoreApplication::translate("JointMeetingReports", "Joint meeting decisions: follow-up ledger %1")
            .arg(year);
    report.subtitle =
        QCoreApplication::translate("JointMeetingReports", "%1 · %2 decisions, %3 open, %4 overdue on %5")
            .arg(scopeName)
            .arg(rows.size())
            .arg(open)
            .arg(overdue)
            .arg(today.toString(Qt::ISODate));
    report.sheetName = QCoreApplication::translate("JointMeetingReports", "Decisions %1").arg(year);
    report.columns = {
        {QCoreApplication::translate("JointMeetingReports", "Meeting"), ReportColumn::Kind::Date, 6},
        {QCoreApplication::translate("JointMeetingReports", "No."), ReportColumn::Kind::Number, 2.5},
        {QCoreApplication::translate("JointMeetingReports", "Decision"), ReportColumn::Kind::Text, 16},
        {QCoreApplication::translate("JointMeetingReports", "Responsible unit"), ReportColumn::Kind::Text, 9},
        {QCoreApplication::translate("JointMeetingReports", "Person"), ReportColumn::Kind::Text, 4},
        {QCoreApplication::translate("JointMeetingReports", "Due date"), ReportColumn::Kind::Date, 6},
        {QCoreApplication::translate("JointMeetingReports", "Status"), ReportColumn::Kind::Text, 4},
        {QCoreApplication::translate("JointMeetingReports", "Done on"), ReportColumn::Kind::Date, 6},
        {QCoreApplication::translate("JointMeetingReports", "Follow-up"), ReportColumn::Kind::Text, 14}};
    report.rowCount = int(list->size());
    report.cell = [list, today](int row, int column) -> QVariant {
        const JointDecisionRow& r = list->at(row);
        switch (column) {
        case 0:
            return r.meetingOn;
        case 1:
            return r.decision.position;
        case 2:
            return r.decision.text;
        case 3:
            return r.unitName;
        case 4:
            return r.decision.responsiblePerson;
        case 5:
            return dateCell(r.decision.dueOn);
        case 6:
            return r.decision.overdue(today) ? QCoreApplication::translate("JointMeetingReports", "Overdue")
                                             : decisionStatusName(r.decision.status);
        case 7:
            return dateCell(r.decision.doneOn);
        default:
            return r.decision.followUp;
        }
    };
    return report;
}

TableReport rotaReport(const QList<RotaMonth>& months, const QString& committeeName, int year)
{
    const auto list = std::make_shared<QList<RotaMonth>>(months);
    TableReport report;
    report.title = QCoreApplication::translate("JointMeetingReports", "Rotating chair rota %1").arg(year);
    report.subtitle = committeeName;
    report.sheetName = QCoreApplication::translate("JointMeetingReports", "Rota %1").arg(year);
    report.columns = {
        {QCoreApplication::translate("JointMeetingReports", "Month"), ReportColumn::Kind::Text, 5},
        {QCoreApplication::translate("JointMeetingReports", "Chair unit"), ReportColumn::Kind::Text, 20},
        {QCoreApplication::translate("JointMeetingReports", "Activities as chair"),
         ReportColumn::Kind::Number, 6}};
    report.rowCount = int(list->size());
    report.cell = [list, year](int row, int column) -> QVariant {
        const RotaMonth& m = list->at(row);
        if (column == 0)
            return QStringLiteral("%1-%2").arg(year).arg(m.month, 2, 10, QLatin1Char('0'));
        if (column == 1)
            return m.unitName;
        return m.unitId > 0 ? QVariant(m.activitiesAsChair) : QVariant();
    };
    return report;
}

} // namespace partydesk
