#pragma once

#include "InServiceQueries.h"
#include "report/TableReport.h"

#include <QHash>

namespace partydesk {

// The "双报到" feedback letter (反馈函): one page per work unit, addressed to the unit's Party
// organisation, with each of its members' report-in date, posts, services and hours in `year` as of
// `issuedOn`, and lines for the community's stamp and the date. `committeeOf` maps a member's
// organisation to its community committee's name (the signer). Only members who reported by the
// end of the year and whose unit is recorded; `onlyUnit` non-empty: that unit's letter alone.
QList<TableReport> feedbackLetters(const QList<InServiceMemberRow>& rows,
                                   const QHash<qint64, QString>& committeeOf, int year, QDate issuedOn,
                                   const QString& onlyUnit = {});

} // namespace partydesk
