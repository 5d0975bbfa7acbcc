#pragma once

#include <QByteArray>
#include <QString>

namespace partydesk::tabular {

// libfreexl 1.0.6 trusts the string lengths inside an .xls: a shared-string table (SST) or a
// label whose character count runs past its record makes it read far beyond its buffers
// (found by fuzz_xls: an out-of-bounds read in iconv called from freexl). Before freexl sees a
// file, this reads the OLE2 compound file's Workbook (or Book) stream itself and checks every
// string of the SST, LABEL and BOUNDSHEET records against the bytes that hold it.
//
// Returns an empty string when the stream is sound, else what is wrong (a sentence). A file without
// a stream of either name, or whose directory is damaged, sets `hasWorkbook` false and is not given
// to freexl either.
QString checkBiffStrings(const QByteArray& file, bool* hasWorkbook);

} // namespace partydesk::tabular
