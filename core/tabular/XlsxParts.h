#pragma once

#include "ZipEntryStream.h"

#include <QHash>
#include <QString>
#include <vector>

class QXmlStreamAttributes;

namespace partydesk::tabular {

// The parts of an .xlsx other than the sheets: relationships, the workbook's sheet list, shared
// strings. Each returns false with `reason` (a sentence naming the part) when the part is damaged
// or beyond a limit.

// An attribute by local name, whatever its prefix ("r:id" is "id").
QStringView attribute(const QXmlStreamAttributes& attributes, QLatin1String localName);

struct Relationship
{
    QString type;   // the last segment of the type URI: "worksheet", "sharedStrings", "styles"…
    QString target; // the part it points to, resolved to a zip entry name
};
// The relationships of `part` (from its _rels/NAME.rels); none when that file is missing.
bool readRelationships(const ZipArchive& archive, const QString& part, qint64 maxBytes,
                       QHash<QString, Relationship>* relationships, QString* reason);
// A relationship's Target relative to the folder of `source` ("xl/workbook.xml"), or absolute.
QString resolveTarget(const QString& source, const QString& target);

struct WorkbookSheet
{
    QString name;
    QString relationshipId;
};
bool readWorkbookPart(const ZipArchive& archive, quint64 index, const QString& part, qint64 maxBytes,
                      int maxSheets, std::vector<WorkbookSheet>* sheets, bool* date1904, QString* reason);

// Rich-text runs are joined; phonetic guides (<rPh>) are left out.
bool readSharedStrings(const ZipArchive& archive, quint64 index, const QString& part, qint64 maxBytes,
                       qint64 maxCount, int maxChars, std::vector<QString>* strings, QString* reason);

} // namespace partydesk::tabular
