#pragma once

#include <QDate>
#include <QSqlQuery>
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

// Binds values in order. A null QString becomes '' (text columns are NOT NULL); an invalid
// QVariant stays NULL (an unknown date or id).
inline void bindValues(QSqlQuery& query, std::initializer_list<QVariant> values)
{
    for (const QVariant& value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
}

} // namespace partydesk
