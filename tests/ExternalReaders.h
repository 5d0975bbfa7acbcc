#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace partydesk::test {

// A cell as LibreOffice understood it.
struct SheetCell
{
    QString type;  // string, float, date, or empty
    QString text;  // as displayed
    QString value; // office:value or office:date-value
};
using Sheet = QList<QList<SheetCell>>;

// Opens `xlsx` with LibreOffice (headless) and returns its sheets by name, read from the flat
// OpenDocument file LibreOffice writes. Throws with LibreOffice's output when it fails.
QMap<QString, Sheet> readWithLibreOffice(const QString& xlsx);
QStringList sheetOrder(const QString& xlsx); // sheet names in workbook order (from the same read)

QString pdfText(const QString& pdf, int page = 0); // pdftotext; page 0: all
int pdfPageCount(const QString& pdf);
QString pdfFonts(const QString& pdf);

} // namespace partydesk::test
