#pragma once

#include <QByteArray>
#include <QString>

namespace partydesk::tabular {

// libfreexl 1.0.6 trusts the lengths inside an .xls. fuzz_xls found it reading far past its
// buffers (out-of-bounds reads in iconv and memcpy called from freexl_open) when a directory
// entry's name length is beyond the 64 bytes of the name, or a number format's (FORMAT) character
// count runs past its record (it copied 74,706 bytes from a 17-byte record). Before freexl sees a
// file, this reads the OLE2 compound file's directory and its Workbook (or Book) stream itself,
// checks every entry's name length and every string of the SST, LABEL, RSTRING, STRING, FORMAT and
// BOUNDSHEET records against the bytes that hold it.
//
// Returns an empty string when the stream is sound, else what is wrong (a sentence). A file without
// a stream of either name, or whose directory is damaged, sets `hasWorkbook` false and is not given
// to freexl either.
// freexl also allocates what the file says it needs: a stream's size from its directory entry
// (fuzz_xls: a 6 kB file whose root entry claims 1.9 GB made it ask for that) and every sheet's cells
// from its DIMENSION record. A stream larger than the file, or a sheet spanning more than
// `maxCells`, is refused here too.
QString checkBiffStrings(const QByteArray& file, qint64 maxCells, bool* hasWorkbook);

} // namespace partydesk::tabular
