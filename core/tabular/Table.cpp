#include "Table.h"

#include <cmath>
#include <QLocale>

namespace partydesk {

namespace {

// Excel's serial days: day 1 is 1900-01-01 and day 60 the 29 February 1900 that never was, so from
// 1 March 1900 on the count runs from 30 December 1899.
constexpr double lastSerial = 2958466; // 10000-01-01

QString timeText(double serial)
{
    const qint64 seconds = std::llround((serial - std::floor(serial)) * 86400.0);
    if (seconds <= 0 || seconds >= 86400)
        return {};
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    return time.toString(time.second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

QString numberText(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QDate dateFromExcelSerial(double serial)
{
    if (!std::isfinite(serial) || serial < 1 || serial >= lastSerial)
        return {};
    const qint64 day = qint64(std::floor(serial));
    if (day == 60)
        return {};
    return day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
}

double excelSerialFromDate(QDate date, QTime time)
{
    if (!date.isValid())
        return 0;
    const qint64 days =
        date < QDate(1900, 3, 1) ? QDate(1899, 12, 31).daysTo(date) : QDate(1899, 12, 30).daysTo(date);
    const double fraction = time.isValid() ? time.msecsSinceStartOfDay() / 86400000.0 : 0.0;
    return double(days) + fraction;
}

QDate TableCell::date() const
{
    return type == Type::Date || type == Type::Number ? dateFromExcelSerial(number) : QDate();
}

QString TableCell::displayText() const
{
    switch (type) {
    case Type::Empty:
        return {};
    case Type::Text:
    case Type::Error:
        return text;
    case Type::Number:
        return numberText(number);
    case Type::Boolean:
        return number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Type::Date: {
        const QString time = timeText(number);
        if (number >= 0 && number < 1)
            return time.isEmpty() ? QStringLiteral("00:00") : time;
        const QDate day = date();
        if (!day.isValid())
            return numberText(number);
        const QString text = day.toString(Qt::ISODate);
        return time.isEmpty() ? text : text + QLatin1Char(' ') + time;
    }
    }
    return {};
}

const TableCell& TableRow::cell(int column) const
{
    static const TableCell empty;
    return column >= 0 && size_t(column) < cells.size() ? cells[size_t(column)] : empty;
}

bool TableRow::isBlank() const
{
    for (const TableCell& c : cells)
        if (!c.isEmpty())
            return false;
    return true;
}

} // namespace partydesk
