#pragma once

#include "CoBuildingRecords.h"
#include "report/TableReport.h"

namespace partydesk {

// The three lists as one workbook (a sheet each) or three printed tables: needs with the project
// that takes each on, resources with the projects that use them, projects with their units, needs
// and resources. No personal data is on them (a project's lead person is a unit's official).
QList<TableReport> coBuildingListReports(const QList<CogovNeed>& needs, const QList<CogovResource>& resources,
                                         const QList<CogovProject>& projects, const QString& scope,
                                         QDate today);

} // namespace partydesk
