#pragma once

#include "report/AtomicFile.h"

#include <functional>
#include <QString>

class QPdfWriter;

namespace partydesk {

// Writes a PDF drawn by `draw` on a writer of `resolution` dpi: every write to the file is checked
// (QPdfWriter reports none), and the file is put in place only when complete and read back as a
// PDF. `draw` returns an error message (a cancel included) to write nothing. Returns an error
// message, or an empty string.
QString writePdfFile(const QString& path, FileAccess access, int resolution,
                     const std::function<QString(QPdfWriter& writer)>& draw);

} // namespace partydesk
