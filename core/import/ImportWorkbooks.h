#pragma once

#include "RosterImportPlan.h"

#include <QDate>
#include <QString>

namespace partydesk {

// The refused rows as they were in the file, each with a 问题 column saying what to fix, so the
// secretary corrects them in Excel and imports the same file again. Returns the error, or "".
QString writeImportProblems(const ImportPlan& plan, const QString& path);

// An empty roster to fill in: the headers the import reads, one sample row, and a sheet of notes.
QString writeRosterTemplate(const QString& path, QDate today);

} // namespace partydesk
