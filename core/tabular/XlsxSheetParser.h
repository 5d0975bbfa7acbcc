#pragma once

#include "TableReader.h"
#include "XmlPartReader.h"

#include <vector>

namespace partydesk::tabular {

// What a worksheet's cells refer to, read once per workbook.
struct XlsxContext
{
    QString file;  // the file's name, for messages
    QString sheet; // the sheet's name, for messages
    const std::vector<QString>* sharedStrings = nullptr;
    bool hasSharedStrings = false; // the workbook has a shared-strings part
    const std::vector<bool>* dateStyles = nullptr;
    bool date1904 = false;
    TableLimits limits;
};

// Walks one worksheet part, handing each row with a value to `sink`. Rows and cells without an
// r attribute take the next position; a reference out of Excel's range, going backwards, or any
// value that is not what its type says fails with the cell named.
TableReader::Status parseWorksheet(XmlPartReader& reader, const XlsxContext& context,
                                   const TableReader::RowSink& sink, QString* error);

} // namespace partydesk::tabular
