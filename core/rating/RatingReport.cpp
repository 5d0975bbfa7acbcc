#include "RatingReport.h"

#include "domain/OrganisationTree.h"

#include <algorithm>
#include <QCoreApplication>

namespace partydesk {

namespace {

QVariant optionalScore(const std::optional<Score>& value)
{
    return value ? QVariant(value->toCompactString()) : QVariant();
}

QString yearState(const RatingYear& year)
{
    return year.finishedOn.isValid()
               ? QCoreApplication::translate("RatingReport", "Final (finished on %1).")
                     .arg(year.finishedOn.toString(Qt::ISODate))
               : QCoreApplication::translate("RatingReport", "Not finished: the result may still change.");
}

} // namespace

RatingReport::RatingReport(RatingYear year, std::optional<RatingOutcome> lastYear,
                           const QHash<qint64, QString>& names, const QHash<qint64, qint64>& parents)
    : m_year(std::move(year)), m_lastYear(std::move(lastYear)), m_names(names)
{
    m_outcome = computeRatings(m_year.ratingTemplate, m_year.sheets, parents);
    for (int i = 0; i < m_outcome.results.size(); ++i)
        m_rankOrder << i;
    // Best first within each parent; branches without a sheet last.
    std::stable_sort(m_rankOrder.begin(), m_rankOrder.end(), [this](int a, int b) {
        const RatingResult& x = m_outcome.results[a];
        const RatingResult& y = m_outcome.results[b];
        if (x.parentId != y.parentId)
            return m_names.value(x.parentId) < m_names.value(y.parentId);
        if (x.rated != y.rated)
            return x.rated;
        return x.rank < y.rank;
    });
}

QString RatingReport::rankingSubtitle() const
{
    QStringList subtitle = {m_year.ratingTemplate.name, yearState(m_year), rankingRuleText()};
    subtitle << m_outcome.warnings;
    return subtitle.join(QStringLiteral("  "));
}

TableReport RatingReport::ranking() const
{
    TableReport report;
    const RatingTemplate& t = m_year.ratingTemplate;
    report.title = QCoreApplication::translate("RatingReport", "%1 star rating: ranking").arg(t.year);
    report.subtitle = rankingSubtitle();
    report.sheetName = QCoreApplication::translate("RatingReport", "Ranking");
    using K = ReportColumn::Kind;
    report.columns = {{QCoreApplication::translate("RatingReport", "Rank"), K::Number, 2.5},
                      {QCoreApplication::translate("RatingReport", "Branch"), K::Text, 12},
                      {QCoreApplication::translate("RatingReport", "Above it"), K::Text, 8}};
    for (const RatingAspect& aspect : t.aspects)
        report.columns.append({QCoreApplication::translate("RatingReport", "%1 (%2)")
                                   .arg(aspect.name, aspect.maxPoints().toCompactString()),
                               K::Text, 4});
    report.columns.append({QCoreApplication::translate("RatingReport", "Bonus"), K::Text, 3});
    report.columns.append({QCoreApplication::translate("RatingReport", "Deduction"), K::Text, 3});
    report.columns.append({QCoreApplication::translate("RatingReport", "Total"), K::Code, 3.5});
    report.columns.append({QCoreApplication::translate("RatingReport", "Stars"), K::Code, 4});
    report.columns.append({QCoreApplication::translate("RatingReport", "Against last year"), K::Text, 8});
    report.columns.append({QCoreApplication::translate("RatingReport", "State"), K::Text, 6});
    const int aspects = int(t.aspects.size());
    report.rowCount = int(m_rankOrder.size());
    report.cell = [this, aspects](int r, int c) -> QVariant {
        const RatingResult& x = m_outcome.results[m_rankOrder[r]];
        const auto points = [](Score v) { return QVariant(v.toString()); };
        if (c == 0)
            return x.rank > 0 ? QVariant(x.rank) : QVariant();
        if (c == 1)
            return m_names.value(x.orgId);
        if (c == 2)
            return m_names.value(x.parentId);
        if (c == 3 + aspects + 5)
            return resultStateText(x);
        if (!x.rated)
            return QVariant();
        if (c < 3 + aspects)
            return points(x.aspectSubtotals.value(c - 3));
        switch (c - 3 - aspects) {
        case 0:
            return points(x.bonus);
        case 1:
            return points(x.deduction);
        case 2:
            return points(x.total);
        case 3:
            return starsText(x);
        default:
            return changeText(compareWithLastYear(x, m_lastYear ? m_lastYear->find(x.orgId) : nullptr));
        }
    };
    // Lagging branches stand out on paper as on screen.
    report.emphasised = [this](int r) { return m_outcome.results[m_rankOrder[r]].lagging; };
    return report;
}

TableReport RatingReport::starDistribution() const
{
    TableReport report;
    report.title = QCoreApplication::translate("RatingReport", "%1 star rating: star levels")
                       .arg(m_year.ratingTemplate.year);
    report.subtitle =
        QCoreApplication::translate(
            "RatingReport",
            "Five stars from %1 points, four from %2, three from %3, two from %4; a veto caps at %5 star(s).")
            .arg(m_year.ratingTemplate.fiveStars.toCompactString(),
                 m_year.ratingTemplate.fourStars.toCompactString(),
                 m_year.ratingTemplate.threeStars.toCompactString(),
                 m_year.ratingTemplate.twoStars.toCompactString())
            .arg(m_year.ratingTemplate.vetoCapsAt);
    report.sheetName = QCoreApplication::translate("RatingReport", "Star levels");
    using K = ReportColumn::Kind;
    report.columns = {{QCoreApplication::translate("RatingReport", "Stars"), K::Text, 6},
                      {QCoreApplication::translate("RatingReport", "Branches"), K::Number, 4},
                      {QCoreApplication::translate("RatingReport", "Share"), K::Text, 4},
                      {QCoreApplication::translate("RatingReport", "Branch names"), K::Text, 30}};
    report.rowCount = 5;
    report.cell = [this](int r, int c) -> QVariant {
        const int level = 5 - r;
        int count = 0, rated = 0;
        QStringList names;
        for (const RatingResult& x : m_outcome.results) {
            rated += x.rated;
            if (x.rated && x.stars == level) {
                ++count;
                names << m_names.value(x.orgId);
            }
        }
        switch (c) {
        case 0:
            return QString(level, QChar(0x2605));
        case 1:
            return count;
        case 2:
            return rated ? QVariant(QStringLiteral("%1%").arg(100.0 * count / rated, 0, 'f', 1)) : QVariant();
        default:
            return names.join(QStringLiteral("、"));
        }
    };
    return report;
}

TableReport RatingReport::sheet(int index, bool printed) const
{
    TableReport report;
    const RatingTemplate& t = m_year.ratingTemplate;
    const ScoreSheet& s = m_year.sheets[index];
    const RatingResult* result = m_outcome.find(s.orgId);
    report.title = QCoreApplication::translate("RatingReport", "%1 score sheet: %2")
                       .arg(t.year)
                       .arg(m_names.value(s.orgId));
    report.subtitle = result && result->rated
                          ? QCoreApplication::translate("RatingReport", "Total %1    %2    rank %3    %4")
                                .arg(result->total.toString(), starsText(*result))
                                .arg(result->rank)
                                .arg(resultStateText(*result))
                          : QCoreApplication::translate("RatingReport", "Not scored");
    report.sheetName = m_names.value(s.orgId);
    using K = ReportColumn::Kind;
    report.columns = {{QCoreApplication::translate("RatingReport", "No."), K::Number, 2.5},
                      {QCoreApplication::translate("RatingReport", "Aspect"), K::Text, 5},
                      {QCoreApplication::translate("RatingReport", "Task"), K::Text, 16},
                      {QCoreApplication::translate("RatingReport", "Max."), K::Number, 2.5},
                      {QCoreApplication::translate("RatingReport", "Self"), K::Number, 2.5},
                      {QCoreApplication::translate("RatingReport", "Assessed"), K::Number, 2.5},
                      {QCoreApplication::translate("RatingReport", "Note"), K::Text, 10}};
    struct Line
    {
        QVariant number;
        QString group, name, max;
        QVariant self, assessed;
        QString note;
    };
    auto lines = std::make_shared<QList<Line>>();
    int number = 0;
    for (const RatingAspect& aspect : t.aspects)
        for (const RatingTask& task : aspect.tasks) {
            const TaskScore score = s.tasks.value(task.id);
            // On paper the aspect heads its tasks once, as on the printed form.
            const bool first = &task == &aspect.tasks.first();
            lines->append({++number, !printed || first ? aspect.name : QString(), task.name,
                           task.maxPoints.toCompactString(), optionalScore(score.self),
                           optionalScore(score.assessed), score.note});
        }
    for (const RatingItem& item : t.items) {
        if (!s.items.contains(item.id))
            continue;
        const ItemScore score = s.items.value(item.id);
        const QString group = item.kind == RatingItem::Kind::Bonus
                                  ? QCoreApplication::translate("RatingReport", "Bonus")
                              : item.kind == RatingItem::Kind::Deduction
                                  ? QCoreApplication::translate("RatingReport", "Deduction")
                                  : QCoreApplication::translate("RatingReport", "Veto");
        lines->append({QVariant(), group, item.name,
                       item.kind == RatingItem::Kind::Veto ? QString() : item.maxPoints.toCompactString(),
                       QVariant(),
                       item.kind == RatingItem::Kind::Veto
                           ? QVariant(score.applied ? QCoreApplication::translate("RatingReport", "Applies")
                                                    : QString())
                           : QVariant(score.points.toCompactString()),
                       score.note});
    }
    if (result && result->rated)
        lines->append(
            {QVariant(),
             QCoreApplication::translate("RatingReport", "Total"),
             QCoreApplication::translate("RatingReport", "Base %1 + bonus %2 − deduction %3")
                 .arg(result->base.toString(), result->bonus.toString(), result->deduction.toString()),
             t.maxPoints().toCompactString(),
             QVariant(),
             result->total.toString(),
             {}});
    report.rowCount = int(lines->size());
    report.cell = [lines](int r, int c) -> QVariant {
        const Line& line = (*lines)[r];
        switch (c) {
        case 0:
            return line.number;
        case 1:
            return line.group;
        case 2:
            return line.name;
        case 3:
            return line.max;
        case 4:
            return line.self;
        case 5:
            return line.assessed;
        default:
            return line.note;
        }
    };
    const int last = int(lines->size()) - 1;
    const bool hasTotal = result && result->rated;
    report.emphasised = [last, hasTotal](int r) { return hasTotal && r == last; };
    if (printed) {
        // One branch's sheet is one portrait page, signed by the branch, the assessor and the
        // reviewer.
        report.keepPortrait = true;
        report.signatures = {QCoreApplication::translate("RatingReport", "Branch secretary"),
                             QCoreApplication::translate("RatingReport", "Assessed by"),
                             QCoreApplication::translate("RatingReport", "Reviewed by"),
                             QCoreApplication::translate("RatingReport", "Date")};
    }
    return report;
}

QList<TableReport> RatingReport::all() const
{
    QList<TableReport> reports{ranking(), starDistribution()};
    for (int i = 0; i < sheetCount(); ++i)
        reports << sheet(i);
    return reports;
}

std::unique_ptr<RatingReport> loadRatingReport(const RatingRepository& ratings,
                                               const QList<Organisation>& organisations, int year)
{
    std::optional<RatingYear> current = ratings.loadYear(year);
    if (!current || current->sessionId == 0)
        return nullptr;
    QHash<qint64, qint64> parents;
    for (const Organisation& org : organisations)
        parents.insert(org.id, org.parentId);
    std::optional<RatingOutcome> lastYear;
    if (const std::optional<RatingYear> last = ratings.loadYear(year - 1))
        lastYear = computeRatings(last->ratingTemplate, last->sheets, parents);
    return std::make_unique<RatingReport>(std::move(*current), std::move(lastYear),
                                          organisationDisplayNames(organisations), parents);
}

} // namespace partydesk
