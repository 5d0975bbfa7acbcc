#include "MemberStatistics.h"

#include "domain/DerivedFacts.h"
#include "domain/OrganisationTree.h"
#include "domain/PartyMembership.h"
#include "repository/MemberRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace partydesk {

namespace {

const int ageBandLimits[] = {30, 40, 50, 60, 70, 80};  // up to 30, 31-40, ..., 81 and over
const int partyAgeBandLimits[] = {10, 20, 30, 40, 50}; // under 10, 10-19, ..., 50 and over

int band(int value, const int* limits, int count, bool upperInclusive)
{
    for (int i = 0; i < count; ++i)
        if (upperInclusive ? value <= limits[i] : value < limits[i])
            return i;
    return count;
}

// Which value of the dimension a member falls in; -1: not counted.
int bucketOf(MemberStatistics::Dimension dimension, const RosterRow& row, QDate today)
{
    using D = MemberStatistics::Dimension;
    switch (dimension) {
    case D::Category:
        return int(row.category);
    case D::Status:
        return int(row.status);
    case D::Sex:
        return int(row.sex);
    case D::AgeBand:
        return row.birthDate.isValid() ? band(ageOn(row.birthDate, today), ageBandLimits, 6, true) : -1;
    case D::Education:
        return int(row.education);
    case D::PartyAgeBand:
        // Probationary members have no Party age yet: their own column.
        if (row.status == MemberStatus::Probationary || !row.fullOn.isValid())
            return 5 + 1;
        return band(ageOn(row.fullOn, today), partyAgeBandLimits, 5, false);
    case D::Ethnicity:
        return row.hasTag(MemberTag::Minority) ? 1 : 0;
    }
    return -1;
}

} // namespace

QList<MemberStatistics::Dimension> MemberStatistics::dimensions()
{
    return {Dimension::Category,  Dimension::Status,       Dimension::Sex,      Dimension::AgeBand,
            Dimension::Education, Dimension::PartyAgeBand, Dimension::Ethnicity};
}

QString MemberStatistics::title(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Category:
        return QCoreApplication::translate("MemberStatistics", "By category");
    case Dimension::Status:
        return QCoreApplication::translate("MemberStatistics", "By status");
    case Dimension::Sex:
        return QCoreApplication::translate("MemberStatistics", "By sex");
    case Dimension::AgeBand:
        return QCoreApplication::translate("MemberStatistics", "By age");
    case Dimension::Education:
        return QCoreApplication::translate("MemberStatistics", "By education");
    case Dimension::PartyAgeBand:
        return QCoreApplication::translate("MemberStatistics", "By Party age");
    case Dimension::Ethnicity:
        return QCoreApplication::translate("MemberStatistics", "By ethnicity");
    }
    return {};
}

QStringList MemberStatistics::values(Dimension dimension)
{
    QStringList list;
    switch (dimension) {
    case Dimension::Category:
        for (MemberCategory v : enumValues<MemberCategory>())
            list << enumLabel(v);
        break;
    case Dimension::Status:
        for (MemberStatus v : enumValues<MemberStatus>())
            list << enumLabel(v);
        break;
    case Dimension::Sex:
        for (Sex v : enumValues<Sex>())
            list << enumLabel(v);
        break;
    case Dimension::Education:
        for (Education v : enumValues<Education>())
            list << enumLabel(v);
        break;
    case Dimension::AgeBand:
        list << QCoreApplication::translate("MemberStatistics", "30 and under")
             << QCoreApplication::translate("MemberStatistics", "31-40")
             << QCoreApplication::translate("MemberStatistics", "41-50")
             << QCoreApplication::translate("MemberStatistics", "51-60")
             << QCoreApplication::translate("MemberStatistics", "61-70")
             << QCoreApplication::translate("MemberStatistics", "71-80")
             << QCoreApplication::translate("MemberStatistics", "81 and over");
        break;
    case Dimension::PartyAgeBand:
        list << QCoreApplication::translate("MemberStatistics", "Under 10 years")
             << QCoreApplication::translate("MemberStatistics", "10-19 years")
             << QCoreApplication::translate("MemberStatistics", "20-29 years")
             << QCoreApplication::translate("MemberStatistics", "30-39 years")
             << QCoreApplication::translate("MemberStatistics", "40-49 years")
             << QCoreApplication::translate("MemberStatistics", "50 years and over")
             << QCoreApplication::translate("MemberStatistics", "Probationary");
        break;
    case Dimension::Ethnicity:
        list << QCoreApplication::translate("MemberStatistics", "Han")
             << QCoreApplication::translate("MemberStatistics", "Ethnic minorities");
        break;
    }
    return list;
}

bool MemberStatistics::countsPartyMembersOnly(Dimension dimension)
{
    return dimension != Dimension::Status;
}

QString MemberStatistics::partyMembersHeading()
{
    return QCoreApplication::translate("MemberStatistics", "Party members");
}

MemberStatistics::MemberStatistics(const std::vector<RosterRow>& roster,
                                   const QList<Organisation>& organisations, qint64 rootOrgId, QDate today)
    : m_today(today)
{
    // The tree in display order, with each organisation's place and the row that counts for it
    // (a Party group counts for its branch).
    QHash<qint64, QList<qint64>> children;
    QHash<qint64, const Organisation*> byId;
    for (const Organisation& org : organisations)
        byId.insert(org.id, &org);
    for (const Organisation& org : organisations)
        children[byId.contains(org.parentId) ? org.parentId : 0].append(org.id);

    QList<QPair<qint64, int>> ordered; // id, depth
    std::function<void(qint64, int)> visit = [&](qint64 id, int depth) {
        const Organisation* org = byId.value(id);
        if (org && org->type != OrgType::PartyGroup)
            ordered.append({id, depth});
        for (qint64 child : children.value(id))
            visit(child, org && org->type != OrgType::PartyGroup ? depth + 1 : depth);
    };
    if (rootOrgId > 0 && byId.contains(rootOrgId))
        visit(rootOrgId, 0);
    else
        visit(0, 0);

    // Each roster organisation contributes to itself and every ancestor.
    QHash<qint64, QList<int>> rowsOfAncestor; // org id -> positions in `ordered` it counts for
    QHash<qint64, int> position;
    for (int i = 0; i < ordered.size(); ++i)
        position.insert(ordered[i].first, i);
    const auto positionsFor = [&](qint64 orgId) -> const QList<int>& {
        auto it = rowsOfAncestor.find(orgId);
        if (it != rowsOfAncestor.end())
            return *it;
        QList<int> list;
        for (qint64 id = orgId; byId.contains(id); id = byId.value(id)->parentId) {
            if (position.contains(id))
                list << position.value(id);
            if (id == rootOrgId)
                break;
        }
        return *rowsOfAncestor.insert(orgId, list);
    };

    for (Dimension dimension : dimensions()) {
        const int valueCount = int(values(dimension).size());
        QList<OrgRow> table;
        for (const auto& o : ordered)
            table.append({o.first, byId.value(o.first)->name, o.second, QVector<int>(valueCount + 1, 0)});
        OrgRow total{0, QCoreApplication::translate("MemberStatistics", "Total"), 0,
                     QVector<int>(valueCount + 1, 0)};
        const bool partyOnly = countsPartyMembersOnly(dimension);
        for (const RosterRow& row : roster) {
            if (row.leftOn.isValid())
                continue;
            const QList<int>& positions = positionsFor(row.orgId);
            if (rootOrgId > 0 && positions.isEmpty())
                continue; // outside the part of the tree asked for
            const bool partyMember = isPartyMember(row.status);
            if (partyOnly && !partyMember)
                continue;
            const int bucket = bucketOf(dimension, row, today);
            if (bucket < 0)
                continue;
            for (int pos : positions) {
                table[pos].counts[0] += partyMember;
                ++table[pos].counts[bucket + 1];
            }
            total.counts[0] += partyMember;
            ++total.counts[bucket + 1];
        }
        table.append(total);
        m_tables.append(table);
    }
}

MemberStatistics MemberStatistics::fromDatabase(const QSqlDatabase& db,
                                                const QList<Organisation>& organisations, qint64 rootOrgId,
                                                QDate today)
{
    const QSet<qint64> subtree = subtreeIds(organisations, rootOrgId);
    const bool all = rootOrgId <= 0 || subtree.isEmpty();
    return MemberStatistics(readRoster(db, -1, 0, all ? nullptr : &subtree), organisations, rootOrgId, today);
}

TableReport MemberStatistics::report(Dimension dimension, const QString& scopeName) const
{
    TableReport report;
    const bool partyOnly = countsPartyMembersOnly(dimension);
    report.title =
        QCoreApplication::translate("MemberStatistics", "Member statistics: %1").arg(title(dimension));
    report.subtitle =
        QCoreApplication::translate("MemberStatistics", "%1    %2    as of %3")
            .arg(scopeName,
                 partyOnly ? QCoreApplication::translate("MemberStatistics",
                                                         "Party members (probationary and full)")
                           : QCoreApplication::translate(
                                 "MemberStatistics",
                                 "Party members (probationary and full); applicants, activists and "
                                 "candidates in their own columns"),
                 m_today.toString(Qt::ISODate));
    report.sheetName = title(dimension);
    report.columns.append(
        {QCoreApplication::translate("MemberStatistics", "Organisation"), ReportColumn::Kind::Text, 20});
    report.columns.append({partyMembersHeading(), ReportColumn::Kind::Number, 4});
    for (const QString& value : values(dimension))
        report.columns.append({value, ReportColumn::Kind::Number, std::max(4.0, double(value.size()) + 1)});
    const QList<OrgRow>* rows = &m_tables[int(dimension)];
    report.rowCount = int(rows->size());
    report.cell = [rows](int r, int c) -> QVariant {
        const OrgRow& row = (*rows)[r];
        if (c == 0)
            return QString(row.depth, QChar(0x3000)) + row.name; // indented by ideographic spaces
        return row.counts[c - 1];
    };
    report.emphasised = [rows](int r) { return (*rows)[r].orgId == 0; };
    return report;
}

QList<TableReport> MemberStatistics::printedReports(const QString& scopeName) const
{
    QList<TableReport> reports;
    for (Dimension dimension : dimensions()) {
        TableReport table = report(dimension, scopeName);
        table.sameSheetAsPrevious = !reports.isEmpty();
        table.keepPortrait = true;
        reports << table;
    }
    return reports;
}

} // namespace partydesk
