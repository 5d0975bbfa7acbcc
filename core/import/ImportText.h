#pragma once

#include "tabular/Table.h"

#include <QDate>
#include <QString>

namespace partydesk {

// How the values of a roster typed by hand are read: full-width characters, stray spaces, dates
// in a dozen forms, ID numbers that a spreadsheet has mangled.
namespace ImportText {

// Full-width letters, digits and punctuation to half-width; ideographic and no-break spaces to
// plain spaces; trimmed.
// Text that needs no change is returned shared, without a copy (most cells of a roster).
QString halfWidth(const QString& text);
// halfWidth, then every space removed ("姓　名" → "姓名", "4301 0519…" → "43010519…").
QString compact(const QString& text);
// The cell as text for fields that are text (names, addresses): a number cell as a person sees it.
QString cellText(const TableCell& cell);

struct DateValue
{
    QDate date;
    bool monthOnly = false; // "1985.07": read as the 1st of the month
    QString error;          // translated; empty when the cell is empty or read
};
// A real date cell, an Excel serial number, 1985-7-1, 1985/07/01, 1985.7.1, 19850701,
// 1985年7月1日, and month-only 1985.07, 1985年7月, 198507.
DateValue parseDate(const TableCell& cell);

struct IdValue
{
    QString text;  // apostrophe, spaces and full-width digits removed, x upper-cased
    QString error; // translated: the cell cannot hold a whole ID number (a number cell, "4.30105E+17")
};
IdValue parseIdNumber(const TableCell& cell);

// Phone numbers: half-width, spaces removed; a number cell without ".0".
QString parsePhone(const TableCell& cell);

} // namespace ImportText

} // namespace partydesk
