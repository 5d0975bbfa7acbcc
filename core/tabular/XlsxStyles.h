#pragma once

#include "ZipEntryStream.h"

#include <QStringView>
#include <vector>

namespace partydesk::tabular {

// Built-in number formats that show a date or a time: 14-22, 27-36 and 50-58 (the Chinese,
// Japanese and Korean date formats), 45-47.
bool isBuiltInDateFormat(int numFmtId);
// A custom format code that shows a date or time: y, d, h or s (or an elapsed [h], [m], [s])
// outside quoted text, escapes and other brackets such as [Red] or [$-804].
bool isDateFormatCode(QStringView code);

// For each cell style (cellXfs, in order), whether it shows a date.
bool readDateStyles(const ZipArchive& archive, quint64 index, const QString& part, qint64 maxBytes,
                    std::vector<bool>* dateStyles, QString* reason);

} // namespace partydesk::tabular
