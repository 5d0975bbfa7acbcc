#pragma once

#include <QString>

namespace partydesk::tabular {

// Where a reading problem is, put before what is wrong, in the user's language. `file` is the
// file's name as the user knows it; `reason` a whole sentence.
QString fileProblem(const QString& file, const QString& reason);
QString sheetProblem(const QString& file, const QString& sheet, const QString& reason);
QString cellProblem(const QString& file, const QString& sheet, const QString& cell, const QString& reason);
QString rowProblem(const QString& file, const QString& sheet, qint64 row, const QString& reason);
QString lineProblem(const QString& file, qint64 line, const QString& reason);

// A piece of untrusted text short enough to quote in a message.
QString quoted(QStringView text);

// "A1" for 0-based row and column.
QString cellName(int row, int column);

} // namespace partydesk::tabular
