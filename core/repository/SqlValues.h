#pragma once

#include <QDate>
#include <QVariant>

namespace partydesk {

// Dates are stored as ISO text; an invalid date is NULL.
inline QVariant sqlDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QDate dateFromSql(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QVariant sqlId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace partydesk
