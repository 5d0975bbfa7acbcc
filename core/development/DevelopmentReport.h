#pragma once

#include "DevelopmentRepository.h"
#include "ProbationDue.h"
#include "report/TableReport.h"

#include <QHash>

namespace partydesk {

// The pipeline as printed and exported (发展党员工作台账): each person with the stage, since when,
// the next item due and by when (overdue marked), contacts and sponsors.
TableReport pipelineReport(const QList<PipelineEntry>& entries, const QHash<qint64, QString>& branchNames,
                           QDate today, const QString& orgName);
// Probations ending within 60 days and overdue ones, as listed on the page.
TableReport probationReport(const QList<ProbationDue>& due, const QHash<qint64, QString>& branchNames,
                            QDate today, const QString& orgName);

} // namespace partydesk
