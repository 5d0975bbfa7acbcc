#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// Two finished years of star ratings for the demo community's branches (the two years before
// `today`'s): one branch lagging with its rectification list, one tie, one veto.
QString buildDemoRatings(QSqlDatabase db, QDate today, quint32 seed);

} // namespace partydesk
