#pragma once

#include <QDate>
#include <QElapsedTimer>

namespace partydesk {

// "Today" for every rule that depends on it (probation, birthdays, terms), so tests can fix it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;
};

class SystemClock final : public Clock
{
public:
    // Asking the system for the local date reads the time-zone file each time; an import asks
    // for every row, so the answer is kept for a second.
    QDate today() const override
    {
        if (!m_checked.isValid() || m_checked.hasExpired(1000)) {
            m_day = QDate::currentDate();
            m_checked.start();
        }
        return m_day;
    }

private:
    mutable QDate m_day;
    mutable QElapsedTimer m_checked;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate day) : m_day(day) {}
    QDate today() const override { return m_day; }
    void setToday(QDate day) { m_day = day; }

private:
    QDate m_day;
};

} // namespace partydesk
