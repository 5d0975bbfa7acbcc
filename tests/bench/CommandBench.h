#pragma once

#include <QString>

namespace partydesk::bench {

// The program as users run it, on the district file beside a community file: the whole roster to
// .xlsx against LibreOffice converting that file to CSV, one branch's roster and monthly report
// (district against community), and every branch's monthly report and the star-rating report in
// both formats under a limit of 512 open files (time, peak memory, partial files left).
void benchCommands(const QString& program, const QString& district, const QString& community, int runs);

} // namespace partydesk::bench
