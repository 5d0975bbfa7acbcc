#pragma once

#include "TableReader.h"

namespace partydesk {

// TableReader::readSheet with the file read and parsed on a second thread while `sink` runs on the
// caller's: an import checks rows while the next ones are still being unzipped and parsed. Rows
// reach `sink` in order, with the reader's progress at the time each batch was read. `sink`
// returning false stops the reader (Cancelled).
using ProgressRowSink = std::function<bool(const TableRow&, double progress)>;
TableReader::Status readSheetThreaded(TableReader& reader, int index, const ProgressRowSink& sink, QString* error);

} // namespace partydesk
