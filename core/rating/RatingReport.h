#pragma once

#include "domain/Organisation.h"
#include "RatingCalculator.h"
#include "RatingRepository.h"
#include "report/TableReport.h"

#include <memory>
#include <QHash>

namespace partydesk {

// The annual star-rating report as tables: the ranking with aspect subtotals, stars and the
// change against last year; the star distribution; and every branch's sheet.
class RatingReport
{
public:
    RatingReport(RatingYear year, std::optional<RatingOutcome> lastYear, const QHash<qint64, QString>& names,
                 const QHash<qint64, qint64>& parents);

    const RatingOutcome& outcome() const { return m_outcome; }
    TableReport ranking() const;
    TableReport starDistribution() const;
    TableReport sheet(int index) const; // index into the year's organisations
    int sheetCount() const { return int(m_year.sheets.size()); }
    // Ranking, distribution, then one sheet per branch. This object must outlive them.
    QList<TableReport> all() const;

private:
    RatingYear m_year;
    std::optional<RatingOutcome> m_lastYear;
    QHash<qint64, QString> m_names;
    RatingOutcome m_outcome;
    QList<int> m_rankOrder; // indexes into results, best first
};

// The year's report with last year's results to compare with; null when the year has no rating.
std::unique_ptr<RatingReport> loadRatingReport(const RatingRepository& ratings,
                                               const QList<Organisation>& organisations, int year);

} // namespace partydesk
