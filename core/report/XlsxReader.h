#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace partydesk {

// The cells of one worksheet: rows of values (QString or double; invalid for an empty cell).
struct XlsxSheet
{
    QString name;
    QList<QList<QVariant>> rows;

    QVariant cell(int row, int column) const
    {
        return row < rows.size() && column < rows[row].size() ? rows[row][column] : QVariant();
    }
};

// Reads the values of every sheet of an .xlsx file (libzip and QXmlStreamReader). Formulas give
// their cached values. On failure returns no sheets and sets `error` for the user.
QList<XlsxSheet> readXlsx(const QString& path, QString* error);

} // namespace partydesk
