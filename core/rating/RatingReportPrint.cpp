// The annual report's tables for paper: the ranking at a glance and the points by aspect, one table
// of each per parent organisation, on portrait pages that follow each other.

#include "RatingReport.h"

#include <QCoreApplication>

namespace partydesk {

namespace {

// "…: 和平社区大党委" where there are several parents; the text alone otherwise.
QString captionFor(const QString& caption, const QString& parent, bool several)
{
    return several ? QCoreApplication::translate("RatingReport", "%1: %2").arg(caption, parent) : caption;
}

} // namespace

QList<RatingReport::ParentGroup> RatingReport::parentGroups() const
{
    // m_rankOrder runs parent by parent, best first within each.
    QList<ParentGroup> groups;
    for (int index : m_rankOrder) {
        const qint64 parent = m_outcome.results[index].parentId;
        if (groups.isEmpty() || groups.last().parentId != parent)
            groups.append(ParentGroup{parent, {}});
        groups.last().results << index;
    }
    return groups;
}

QList<TableReport> RatingReport::printedRankings() const
{
    const QList<ParentGroup> groups = parentGroups();
    const bool several = groups.size() > 1;
    const bool compared = m_lastYear.has_value();
    QList<TableReport> reports;
    for (const ParentGroup& group : groups) {
        TableReport report;
        // One parent is named above the table; several each head their own table (and its pages).
        const QString parent = m_names.value(group.parentId);
        report.title = captionFor(QCoreApplication::translate("RatingReport", "%1 star rating: ranking")
                                      .arg(m_year.ratingTemplate.year),
                                  parent, several);
        report.subtitle =
            several ? rankingSubtitle()
                    : QCoreApplication::translate("RatingReport", "Branches under %1.").arg(parent) +
                          QStringLiteral("  ") + rankingSubtitle();
        report.caption = parent;
        report.sameSheetAsPrevious = !reports.isEmpty();
        report.keepPortrait = true;
        report.sheetName = QCoreApplication::translate("RatingReport", "Ranking");
        using K = ReportColumn::Kind;
        report.columns = {{QCoreApplication::translate("RatingReport", "Rank"), K::Number, 2.5},
                          {QCoreApplication::translate("RatingReport", "Branch"), K::Text, 12},
                          {QCoreApplication::translate("RatingReport", "Total"), K::Number, 3.5},
                          {QCoreApplication::translate("RatingReport", "Stars"), K::Text, 4}};
        if (compared)
            report.columns.append(
                {QCoreApplication::translate("RatingReport", "Against last year"), K::Text, 12});
        report.columns.append({QCoreApplication::translate("RatingReport", "State"), K::Text, 6});
        const QList<int> rows = group.results;
        report.rowCount = int(rows.size());
        report.cell = [this, rows, compared](int r, int c) -> QVariant {
            const RatingResult& x = m_outcome.results[rows[r]];
            if (!compared && c >= 4)
                ++c; // no change column
            switch (c) {
            case 0:
                return x.rank > 0 ? QVariant(x.rank) : QVariant();
            case 1:
                return m_names.value(x.orgId);
            case 2:
                return x.rated ? QVariant(x.total.toString()) : QVariant(); // to the hundredth
            case 3:
                return starsText(x);
            case 4: {
                const RatingChange change = compareWithLastYear(x, m_lastYear->find(x.orgId));
                return change.comparable ? changeText(change)
                                         : QCoreApplication::translate("RatingReport", "Not rated last year");
            }
            default:
                return resultStateText(x);
            }
        };
        report.emphasised = [this, rows](int r) { return m_outcome.results[rows[r]].lagging; };
        reports << report;
    }
    return reports;
}

QList<TableReport> RatingReport::printedAspectScores() const
{
    const QList<ParentGroup> groups = parentGroups();
    const bool several = groups.size() > 1;
    const RatingTemplate& t = m_year.ratingTemplate;
    const int aspects = int(t.aspects.size());
    QList<TableReport> reports;
    for (const ParentGroup& group : groups) {
        TableReport report;
        const QString parent = m_names.value(group.parentId);
        report.title = captionFor(
            QCoreApplication::translate("RatingReport", "%1 star rating: points by aspect").arg(t.year),
            parent, several);
        report.subtitle = QCoreApplication::translate(
            "RatingReport", "In the order of the ranking; the maximum of each aspect in brackets.");
        report.caption =
            captionFor(QCoreApplication::translate("RatingReport", "Points by aspect"), parent, several);
        report.sameSheetAsPrevious = true; // under the rankings
        report.keepPortrait = true;
        report.sheetName = QCoreApplication::translate("RatingReport", "By aspect");
        using K = ReportColumn::Kind;
        // In the rankings' order: the rank and the total are above. The aspects with bonus and
        // deduction make the total; so many columns leave no room for more on a portrait page.
        report.columns = {{QCoreApplication::translate("RatingReport", "Branch"), K::Text, 12}};
        for (const RatingAspect& aspect : t.aspects)
            report.columns.append({QCoreApplication::translate("RatingReport", "%1 (%2)")
                                       .arg(aspect.name, aspect.maxPoints().toCompactString()),
                                   K::Number, 4});
        report.columns.append({QCoreApplication::translate("RatingReport", "Bonus"), K::Number, 3});
        report.columns.append({QCoreApplication::translate("RatingReport", "Deduction"), K::Number, 3});
        const QList<int> rows = group.results;
        report.rowCount = int(rows.size());
        report.cell = [this, rows, aspects](int r, int c) -> QVariant {
            const RatingResult& x = m_outcome.results[rows[r]];
            if (c == 0)
                return m_names.value(x.orgId);
            if (!x.rated)
                return QVariant();
            if (c < 1 + aspects)
                return x.aspectSubtotals.value(c - 1).toString();
            return c == 1 + aspects ? x.bonus.toString() : x.deduction.toString();
        };
        report.emphasised = [this, rows](int r) { return m_outcome.results[rows[r]].lagging; };
        reports << report;
    }
    return reports;
}

} // namespace partydesk
