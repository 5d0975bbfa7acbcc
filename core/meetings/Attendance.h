#pragma once

#include "Meeting.h"

#include <QList>

namespace partydesk {

// Counts of one meeting's (or many meetings') attendance. The rate is present over expected;
// floating members away are listed apart and not expected.
struct AttendanceTally
{
    int expected = 0;
    int present = 0;
    int leave = 0;
    int absent = 0;

    double rate() const { return expected > 0 ? double(present) / expected : 0.0; }
    AttendanceTally& operator+=(const AttendanceTally& other)
    {
        expected += other.expected;
        present += other.present;
        leave += other.leave;
        absent += other.absent;
        return *this;
    }
};

// `away(memberId)` says whether the member is a floating member away from the community.
template <typename Away> AttendanceTally tally(const QList<AttendanceRecord>& records, Away away)
{
    AttendanceTally t;
    for (const AttendanceRecord& r : records) {
        if (away(r.memberId))
            continue;
        ++t.expected;
        switch (r.status) {
        case AttendanceStatus::Present:
            ++t.present;
            break;
        case AttendanceStatus::Leave:
            ++t.leave;
            break;
        case AttendanceStatus::Absent:
            ++t.absent;
            break;
        }
    }
    return t;
}

} // namespace partydesk
