#include "CoBuildingReports.h"

#include "dues/DuesRecords.h"

#include <memory>
#include <QCoreApplication>

namespace partydesk {

namespace {

QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QString joined(const QStringList& list)
{
    return list.join(QStringLiteral("；"));
}

} // namespace

QList<TableReport> coBuildingListReports(const QList<CogovNeed>& needs, const QList<CogovResource>& resources,
                                         const QList<CogovProject>& projects, const QString& scope,
                                         QDate today)
{
    using Kind = ReportColumn::Kind;
    const QString subtitle = QCoreApplication::translate("CoBuildingReports", "%1, as of %2")
                                 .arg(scope, today.toString(Qt::ISODate));
    TableReport need;
    need.title = QCoreApplication::translate("CoBuildingReports", "Needs list");
    need.subtitle = subtitle;
    need.sheetName = need.title;
    need.columns = {{QCoreApplication::translate("CoBuildingReports", "Need"), Kind::Text, 12},
                    {QCoreApplication::translate("CoBuildingReports", "Category"), Kind::Text, 6},
                    {QCoreApplication::translate("CoBuildingReports", "Source"), Kind::Text, 6},
                    {QCoreApplication::translate("CoBuildingReports", "Grid"), Kind::Text, 6},
                    {QCoreApplication::translate("CoBuildingReports", "Raised on"), Kind::Date, 6},
                    {QCoreApplication::translate("CoBuildingReports", "Status"), Kind::Text, 4},
                    {QCoreApplication::translate("CoBuildingReports", "Closed on"), Kind::Date, 6},
                    {QCoreApplication::translate("CoBuildingReports", "Project"), Kind::Text, 12}};
    need.rowCount = int(needs.size());
    auto needRows = std::make_shared<QList<CogovNeed>>(needs);
    need.cell = [needRows](int row, int column) -> QVariant {
        const CogovNeed& n = needRows->at(row);
        switch (column) {
        case 0:
            return n.title;
        case 1:
            return n.category;
        case 2:
            return n.source;
        case 3:
            return n.gridName;
        case 4:
            return date(n.raisedOn);
        case 5:
            return needStatusName(n.status);
        case 6:
            return date(n.closedOn);
        default:
            return joined(n.projectTitles);
        }
    };

    TableReport resource;
    resource.title = QCoreApplication::translate("CoBuildingReports", "Resources list");
    resource.subtitle = subtitle;
    resource.sheetName = resource.title;
    resource.columns = {{QCoreApplication::translate("CoBuildingReports", "Resource"), Kind::Text, 12},
                        {QCoreApplication::translate("CoBuildingReports", "Unit"), Kind::Text, 12},
                        {QCoreApplication::translate("CoBuildingReports", "Category"), Kind::Text, 6},
                        {QCoreApplication::translate("CoBuildingReports", "Offered on"), Kind::Date, 6},
                        {QCoreApplication::translate("CoBuildingReports", "Withdrawn on"), Kind::Date, 6},
                        {QCoreApplication::translate("CoBuildingReports", "Used by"), Kind::Text, 12}};
    resource.rowCount = int(resources.size());
    auto resourceRows = std::make_shared<QList<CogovResource>>(resources);
    resource.cell = [resourceRows](int row, int column) -> QVariant {
        const CogovResource& r = resourceRows->at(row);
        switch (column) {
        case 0:
            return r.title;
        case 1:
            return r.unitName;
        case 2:
            return r.category;
        case 3:
            return date(r.offeredOn);
        case 4:
            return date(r.withdrawnOn);
        default:
            return joined(r.projectTitles);
        }
    };

    TableReport project;
    project.title = QCoreApplication::translate("CoBuildingReports", "Projects list");
    project.subtitle = subtitle;
    project.sheetName = project.title;
    project.columns = {{QCoreApplication::translate("CoBuildingReports", "Project"), Kind::Text, 10},
                       {QCoreApplication::translate("CoBuildingReports", "Lead unit"), Kind::Text, 9},
                       {QCoreApplication::translate("CoBuildingReports", "Units"), Kind::Text, 10},
                       {QCoreApplication::translate("CoBuildingReports", "Budget (yuan)"), Kind::Text, 6},
                       {QCoreApplication::translate("CoBuildingReports", "Starts"), Kind::Date, 6},
                       {QCoreApplication::translate("CoBuildingReports", "Due"), Kind::Date, 6},
                       {QCoreApplication::translate("CoBuildingReports", "Status"), Kind::Text, 5},
                       {QCoreApplication::translate("CoBuildingReports", "Needs"), Kind::Text, 10},
                       {QCoreApplication::translate("CoBuildingReports", "Resources"), Kind::Text, 10},
                       {QCoreApplication::translate("CoBuildingReports", "Results"), Kind::Text, 10}};
    project.rowCount = int(projects.size());
    auto projectRows = std::make_shared<QList<CogovProject>>(projects);
    project.cell = [projectRows, today](int row, int column) -> QVariant {
        const CogovProject& p = projectRows->at(row);
        switch (column) {
        case 0:
            return p.title;
        case 1:
            return p.leadUnitName;
        case 2:
            return joined(p.unitNames);
        case 3:
            return yuanText(p.budget);
        case 4:
            return date(p.startsOn);
        case 5:
            return date(p.dueOn);
        case 6:
            return isOverdue(p, today) ? QCoreApplication::translate("CoBuildingReports", "%1 (overdue)")
                                             .arg(projectStatusName(p.status))
                                       : projectStatusName(p.status);
        case 7:
            return joined(p.needTitles);
        case 8:
            return joined(p.resourceTitles);
        default:
            return p.results;
        }
    };
    return {need, resource, project};
}

} // namespace partydesk
