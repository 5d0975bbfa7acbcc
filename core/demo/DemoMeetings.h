#pragma once

#include <functional>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// Organisational life for the demo: each branch's theme day every month with its prescribed
// actions and attendance, and (unless `themeDaysOnly`) the other meetings of 三会一课 with a few
// gaps on purpose, for `months` months up to `today`'s. `progress(done, total)` returning false
// cancels (nothing is kept).
QString buildDemoMeetings(QSqlDatabase db, QDate today, int months, bool themeDaysOnly, quint32 seed,
                          const std::function<bool(int, int)>& progress = {});

} // namespace partydesk
