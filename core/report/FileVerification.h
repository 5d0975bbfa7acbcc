#pragma once

#include <QString>

namespace partydesk {

// Checks of a finished export before it gets its name: a writer can believe it succeeded while
// the disk (or a temporary file behind a library) silently lost the end of it. Each returns what
// is wrong (a short detail), or an empty string when the file is whole.

// A PDF: its header, and a cross-reference and end marker at its end.
QString pdfProblem(const QString& path);

// An .xlsx: a sound zip directory, every part readable with its checksum, and every XML part
// complete (its root element closed).
QString xlsxProblem(const QString& path);

// The writers' message when the file they just finished (to be saved as `shownPath`) is not whole.
QString unfinishedExportMessage(const QString& shownPath, const QString& problem);

// PendingFile verifiers for the writers.
QString verifyPdf(const QString& path, const QString& shownPath);
QString verifyXlsx(const QString& path, const QString& shownPath);

} // namespace partydesk
