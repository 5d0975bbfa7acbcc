#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace partydesk {

// Dates are stored as ISO text; an invalid date is NULL.
// Written by hand: QDate::toString goes through a formatter, and an import writes 100,000 rows.
inline QString isoDateText(QDate date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 0 || y > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t('0' + y / 1000),     char16_t('0' + y / 100 % 10), char16_t('0' + y / 10 % 10),
                               char16_t('0' + y % 10),       u'-',                          char16_t('0' + m / 10),
                               char16_t('0' + m % 10),       u'-',                          char16_t('0' + d / 10),
                               char16_t('0' + d % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

inline QVariant sqlDate(QDate date)
{
    return date.isValid() ? QVariant(isoDateText(date)) : QVariant();
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
