#pragma once

#include "domain/Organisation.h"
#include "RatingCalculator.h"
#include "report/TableReport.h"

#include <memory>
#include <QList>
#include <QStringList>

namespace partydesk {

// Score sheets handed out as a workbook (a sheet per branch, marked with the branch's id and the
// year) and read back once the branches and the committee have filled them.

// One sheet per branch; `sheets` may hold scores already entered (empty for blank sheets).
// The reports keep a copy of what they need.
QList<TableReport> scoreSheetWorkbook(const RatingTemplate& ratingTemplate,
                                      const QList<Organisation>& branches,
                                      const QHash<qint64, QString>& names,
                                      const QList<ScoreSheet>& sheets = {});

struct ScoreSheetImport
{
    QList<ScoreSheet> sheets; // the sheets without any mistake
    QStringList problems;     // each wrong branch, task or value, by sheet and row
    int badSheets = 0;
    QString fatal; // the file could not be read at all
};

ScoreSheetImport readScoreSheets(const QString& path, const RatingTemplate& ratingTemplate,
                                 const QList<Organisation>& organisations);

} // namespace partydesk
