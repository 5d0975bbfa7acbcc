#include "DevelopmentReport.h"

#include "DevelopmentSteps.h"

#include <memory>
#include <QCoreApplication>

namespace partydesk {

namespace {

QString names(const QString& a, const QString& b)
{
    QStringList given;
    for (const QString& name : {a.trimmed(), b.trimmed()})
        if (!name.isEmpty())
            given << name;
    return given.join(QStringLiteral("、"));
}

struct PipelineLine
{
    DevelopmentPerson person;
    QString contacts;
    QString sponsors;
    std::optional<StepItem> next;
    bool overdue = false;
};

QString subtitle(const QString& orgName, QDate today)
{
    return QCoreApplication::translate("DevelopmentReport", "%1, as of %2")
        .arg(orgName, today.toString(Qt::ISODate));
}

} // namespace

TableReport pipelineReport(const QList<PipelineEntry>& entries, const QHash<qint64, QString>& branchNames,
                           QDate today, const QString& orgName)
{
    auto lines = std::make_shared<QList<PipelineLine>>();
    for (const PipelineEntry& e : entries) {
        const QList<StepItem> items = DevelopmentSteps::items(e.person, e.record, today);
        PipelineLine line{e.person, names(e.record.contactOne, e.record.contactTwo),
                          names(e.record.sponsorOne, e.record.sponsorTwo), DevelopmentSteps::nextDue(items),
                          false};
        for (const StepItem& i : items)
            line.overdue = line.overdue || i.overdue(today);
        lines->append(line);
    }
    TableReport report;
    report.title = QCoreApplication::translate("DevelopmentReport", "Development of new members");
    report.subtitle = subtitle(orgName, today);
    report.sheetName = QCoreApplication::translate("DevelopmentReport", "Development");
    using Kind = ReportColumn::Kind;
    report.columns = {{QCoreApplication::translate("DevelopmentReport", "Name"), Kind::Text, 6},
                      {QCoreApplication::translate("DevelopmentReport", "Branch"), Kind::Text, 14},
                      {QCoreApplication::translate("DevelopmentReport", "Stage"), Kind::Text, 6},
                      {QCoreApplication::translate("DevelopmentReport", "Since"), Kind::Date, 7},
                      {QCoreApplication::translate("DevelopmentReport", "Next item"), Kind::Text, 12},
                      {QCoreApplication::translate("DevelopmentReport", "Due by"), Kind::Date, 7},
                      {QCoreApplication::translate("DevelopmentReport", "Overdue"), Kind::Text, 4},
                      {QCoreApplication::translate("DevelopmentReport", "Contacts"), Kind::Text, 10},
                      {QCoreApplication::translate("DevelopmentReport", "Sponsors"), Kind::Text, 10}};
    report.rowCount = int(lines->size());
    report.cell = [lines, branchNames](int row, int column) -> QVariant {
        const PipelineLine& l = lines->at(row);
        switch (column) {
        case 0:
            return l.person.name;
        case 1:
            return branchNames.value(l.person.orgId);
        case 2:
            return DevelopmentSteps::stageLabel(l.person.status);
        case 3:
            return l.person.since();
        case 4:
            return l.next ? l.next->label : QString();
        case 5:
            return l.next && l.next->dueOn.isValid() ? QVariant(l.next->dueOn) : QVariant();
        case 6:
            return l.overdue ? QCoreApplication::translate("DevelopmentReport", "overdue") : QString();
        case 7:
            return l.contacts;
        case 8:
            return l.sponsors;
        default:
            return {};
        }
    };
    return report;
}

TableReport probationReport(const QList<ProbationDue>& due, const QHash<qint64, QString>& branchNames,
                            QDate today, const QString& orgName)
{
    auto rows = std::make_shared<QList<ProbationDue>>(due);
    TableReport report;
    report.title = QCoreApplication::translate("DevelopmentReport", "Probations ending");
    report.subtitle = subtitle(orgName, today);
    report.sheetName = QCoreApplication::translate("DevelopmentReport", "Probation");
    using Kind = ReportColumn::Kind;
    report.columns = {{QCoreApplication::translate("DevelopmentReport", "Name"), Kind::Text, 6},
                      {QCoreApplication::translate("DevelopmentReport", "Branch"), Kind::Text, 14},
                      {QCoreApplication::translate("DevelopmentReport", "Admitted"), Kind::Date, 7},
                      {QCoreApplication::translate("DevelopmentReport", "Probation ends"), Kind::Date, 7},
                      {QCoreApplication::translate("DevelopmentReport", "Days left"), Kind::Number, 5}};
    report.rowCount = int(rows->size());
    report.cell = [rows, branchNames](int row, int column) -> QVariant {
        const ProbationDue& d = rows->at(row);
        switch (column) {
        case 0:
            return d.name;
        case 1:
            return branchNames.value(d.orgId);
        case 2:
            return d.joinedOn;
        case 3:
            return d.endsOn;
        case 4:
            return d.daysLeft;
        default:
            return {};
        }
    };
    return report;
}

} // namespace partydesk
