#pragma once

#include "domain/Organisation.h"
#include "RatingCalculator.h"
#include "RatingRepository.h"
#include "report/TableReport.h"

#include <memory>
#include <QList>
#include <QStringList>

namespace partydesk {

// Score sheets handed out as a workbook (a sheet per branch, marked with the branch's id and the
// year) and read back once the branches and the committee have filled them.

// One line of a score sheet. The code says what the line is and never collides: T1… are the tasks
// in template order, B1…, D1…, V1… the bonus, deduction and veto items.
struct ScoreSheetLine
{
    QString code;
    QString group; // the aspect, or the kind of item
    const RatingTask* task = nullptr;
    const RatingItem* item = nullptr;
    QString name() const { return task ? task->name : item->name; }
};
// Pointers into `ratingTemplate`, which must outlive the list.
QList<ScoreSheetLine> scoreSheetLines(const RatingTemplate& ratingTemplate);

// One sheet per branch; `sheets` may hold scores already entered (empty for blank sheets).
// The reports keep a copy of what they need.
QList<TableReport> scoreSheetWorkbook(const RatingTemplate& ratingTemplate,
                                      const QList<Organisation>& branches,
                                      const QHash<qint64, QString>& names,
                                      const QList<ScoreSheet>& sheets = {});

// The year's sheets for the branches rated (those under `underOrgId` when it is not 0), with the
// scores entered so far: a sheet sent out and read back never wipes what was already typed.
QList<TableReport> scoreSheetsOfYear(const RatingYear& year, const QList<Organisation>& organisations,
                                     qint64 underOrgId = 0);

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
