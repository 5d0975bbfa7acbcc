#pragma once

#include "domain/Organisation.h"
#include "RatingCalculator.h"
#include "RatingRepository.h"
#include "report/TableReport.h"

#include <memory>
#include <QHash>

namespace partydesk {

// The annual star-rating report as tables: the ranking with aspect subtotals, stars and the
// change against last year; the star distribution; and every branch's sheet. A workbook takes all();
// paper (PDF and print) the printed...() parts, each readable at a glance on portrait pages.
class RatingReport
{
public:
    // The branches of one parent organisation, best first: ranks are counted within a parent.
    struct ParentGroup
    {
        qint64 parentId = 0;
        QList<int> results; // indexes into outcome().results, in rank order
    };

    RatingReport(RatingYear year, std::optional<RatingOutcome> lastYear, const QHash<qint64, QString>& names,
                 const QHash<qint64, qint64>& parents);

    const RatingOutcome& outcome() const { return m_outcome; }
    TableReport ranking() const;
    TableReport starDistribution() const;
    // index into the year's organisations. `printed`: the aspect named once above its tasks, and
    // lines to sign under the sheet.
    TableReport sheet(int index, bool printed = false) const;
    int sheetCount() const { return int(m_year.sheets.size()); }
    // Ranking, distribution, then one sheet per branch. This object must outlive them.
    QList<TableReport> all() const;

    // Paper: rank, branch, total, stars, the change against last year in words and the state, one
    // table per parent organisation (a caption names it where there are several).
    QList<TableReport> printedRankings() const;
    // Paper: each branch's points by aspect, bonus and deduction, in the rankings' order.
    QList<TableReport> printedAspectScores() const;
    QList<ParentGroup> parentGroups() const;
    QString name(qint64 orgId) const { return m_names.value(orgId); }
    int year() const { return m_year.ratingTemplate.year; }

private:
    QString rankingSubtitle() const;

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
