#include "DemoData.h"

#include "DemoAppraisal.h"
#include "DemoCoBuilding.h"
#include "DemoDevelopment.h"
#include "DemoDues.h"
#include "DemoFund.h"
#include "DemoInService.h"
#include "DemoJointMeetings.h"
#include "DemoMeetings.h"
#include "DemoPeople.h"
#include "DemoRatings.h"
#include "DemoTransfers.h"
#include "DemoWishes.h"
#include "domain/DerivedFacts.h"
#include "domain/Enums.h"
#include "domain/Pinyin.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

namespace {

class DemoWriter
{
public:
    DemoWriter(QSqlDatabase db, const DemoOptions& options)
        : m_db(std::move(db)), m_options(options), m_people(options.seed, options.today), m_org(m_db),
          m_grid(m_db), m_member(m_db), m_tag(m_db), m_event(m_db)
    {
        m_org.prepare(QStringLiteral("INSERT INTO organisation (parent_id, name, org_type, domain, "
                                     "secretary, deputy_secretary, committee, "
                                     "founded_on, term_start, term_end, address, grid_id, sort_order) VALUES "
                                     "(?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
        m_grid.prepare(QStringLiteral("INSERT INTO grid (community_id, code, name, buildings, grid_head, "
                                      "street_head, lane_head, building_head, "
                                      "unit_head) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id"));
        m_member.prepare(QStringLiteral(
            "INSERT INTO member (name, sex, ethnicity, id_number, birth_date, education, phone, address, "
            "org_id, "
            "grid_id, category, status, applied_on, activist_on, candidate_on, joined_on, full_on, "
            "work_unit, "
            "reported_on, service_post, floating_place, floating_since, floating_contact, activity_card_no, "
            "participation, home_organisation, name_pinyin, name_initials) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
        m_tag.prepare(QStringLiteral("INSERT INTO member_tag (member_id, tag) VALUES (?, ?)"));
        // Recorded on the day it happened, never "now": the demo is the same whenever it is built.
        m_event.prepare(QStringLiteral("INSERT INTO member_event (member_id, event_date, kind, to_value, "
                                       "recorded_at) VALUES (?, ?, 'joined_roster', ?, ? || ' 09:00:00')"));
    }

    QString run(DemoSummary* summary, const std::function<bool(int, int)>& progress)
    {
        m_progress = progress;
        ScopedTransaction transaction(m_db);
        if (!transaction.error().isEmpty())
            return transaction.error();
        const bool district = m_options.scale == DemoOptions::Scale::District;
        m_totalMembers = district ? 100000 : 400;
        const bool ok = district ? buildDistrict() : buildCommunity();
        if (!ok)
            return m_error.isEmpty() ? QCoreApplication::translate("DemoData", "Cancelled.") : m_error;
        if (const QString error = transaction.commit(); !error.isEmpty())
            return error;
        if (summary)
            *summary = m_summary;
        return {};
    }

private:
    // The fixed dates below are those of the default day, 2026-11-15; another day moves them by
    // whole years, so none lies after it.
    QDate onCalendar(int year, int month, int day) const
    {
        return QDate(year + m_options.today.year() - 2026, month, day);
    }

    bool fail(const QSqlQuery& q)
    {
        m_error = q.lastError().text();
        return false;
    }

    qint64 addOrg(qint64 parent, const QString& name, OrgType type, OrgDomain domain, QDate termStart,
                  qint64 gridId = 0)
    {
        const QDate founded = termStart.addYears(-int(m_people.below(15)) - 1);
        bindValues(m_org, {sqlId(parent), name, enumCode(type), enumCode(domain), m_people.fullName(),
                           type == OrgType::PartyGroup ? QString() : m_people.fullName(),
                           type == OrgType::PartyGroup ? QString() : m_people.committeeNames(3),
                           sqlDate(founded), sqlDate(termStart), sqlDate(termStart.addYears(termYears(type))),
                           QString(), sqlId(gridId), ++m_sortOrder});
        if (!m_org.exec()) {
            fail(m_org);
            return 0;
        }
        ++m_summary.organisations;
        if (isBranchLevel(type) && type != OrgType::PartyGroup)
            ++m_summary.branches;
        return returnedId(m_org);
    }

    qint64 addGrid(qint64 community, int number, const QString& prefix)
    {
        bindValues(m_grid,
                   {community, QStringLiteral("%1-%2").arg(prefix).arg(number, 2, 10, QLatin1Char('0')),
                    DemoPeople::gridName(number),
                    QStringLiteral("%1-%2栋").arg(number * 6 - 5).arg(number * 6), m_people.fullName(),
                    m_people.fullName(), m_people.fullName(), m_people.fullName(), m_people.fullName()});
        if (!m_grid.exec()) {
            fail(m_grid);
            return 0;
        }
        ++m_summary.grids;
        return returnedId(m_grid);
    }

    bool addMembers(qint64 org, qint64 grid, int count, const QString& community, bool nonPublicFirm,
                    const QString& firm)
    {
        for (int i = 0; i < count; ++i) {
            const DemoPerson p = m_people.person(nonPublicFirm, firm, community);
            const PinyinKeys pinyin = pinyinKeys(p.name);
            bindValues(m_member, {p.name,
                                  enumCode(p.sex),
                                  p.ethnicity,
                                  p.idNumber,
                                  sqlDate(p.birthDate),
                                  enumCode(p.education),
                                  p.phone,
                                  p.address,
                                  org,
                                  sqlId(grid),
                                  enumCode(p.category),
                                  enumCode(p.status),
                                  sqlDate(p.appliedOn),
                                  sqlDate(p.activistOn),
                                  sqlDate(p.candidateOn),
                                  sqlDate(p.joinedOn),
                                  sqlDate(p.fullOn),
                                  p.workUnit,
                                  sqlDate(p.reportedOn),
                                  p.servicePost,
                                  p.floatingPlace,
                                  sqlDate(p.floatingSince),
                                  p.floatingContact,
                                  p.activityCardNo,
                                  p.participation,
                                  p.homeOrganisation,
                                  pinyin.full,
                                  pinyin.initials});
            if (!m_member.exec())
                return fail(m_member);
            const qint64 id = returnedId(m_member);
            for (MemberTag tag : p.tags) {
                m_tag.addBindValue(id);
                m_tag.addBindValue(enumCode(tag));
                if (!m_tag.exec())
                    return fail(m_tag);
            }
            m_event.addBindValue(id);
            m_event.addBindValue(sqlDate(p.onRosterSince));
            m_event.addBindValue(enumCode(p.category));
            m_event.addBindValue(sqlDate(p.onRosterSince));
            if (!m_event.exec())
                return fail(m_event);
            ++m_summary.members;
            if (m_progress && m_summary.members % 1000 == 0 && !m_progress(m_summary.members, m_totalMembers))
                return false;
        }
        return true;
    }

    bool addCoBuildingUnits(qint64 committee)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO co_building_unit (committee_id, name, unit_kind, contact_person, phone, "
            "joined_on) VALUES (?, ?, ?, ?, ?, ?)"));
        const auto units = DemoPeople::coBuildingUnits();
        for (int i = 0; i < units.size(); ++i) {
            q.addBindValue(committee);
            q.addBindValue(units[i].first);
            q.addBindValue(units[i].second);
            q.addBindValue(m_people.fullName());
            q.addBindValue(m_people.mobile());
            q.addBindValue(sqlDate(onCalendar(2019 + i % 4, 3 + i, 1)));
            if (!q.exec())
                return fail(q);
        }
        return true;
    }

    // A street, one community big committee with 8 grid branches (each with two Party groups)
    // and two branches in non-public firms: about 400 members.
    bool buildCommunity()
    {
        const QDate today = m_options.today;
        const qint64 street = addOrg(0, QStringLiteral("东风街道党工委"), OrgType::StreetCommittee,
                                     OrgDomain::Community, onCalendar(2022, 12, 20));
        // The community committee's term ends within weeks, so the expiry warning shows.
        const qint64 community = addOrg(street, QStringLiteral("和平社区大党委"), OrgType::BigCommittee,
                                        OrgDomain::Community, today.addDays(40).addYears(-5));
        if (!street || !community || !addCoBuildingUnits(community))
            return false;
        int remaining = m_totalMembers;
        for (int g = 1; g <= 8; ++g) {
            const qint64 grid = addGrid(community, g, QStringLiteral("HP"));
            const QDate term = onCalendar(2024, 3, 10).addDays(g * 17);
            const qint64 branch =
                addOrg(community, DemoPeople::gridName(g) + QStringLiteral("党支部"), OrgType::GridBranch,
                       OrgDomain::Community, g == 3 ? term.addYears(-3) : term, grid);
            if (!grid || !branch)
                return false;
            for (int group = 1; group <= 2; ++group) {
                const qint64 partyGroup =
                    addOrg(branch, group == 1 ? QStringLiteral("第一党小组") : QStringLiteral("第二党小组"),
                           OrgType::PartyGroup, OrgDomain::Community, term, grid);
                const int count = 20 + int(m_people.below(8));
                if (!partyGroup ||
                    !addMembers(partyGroup, grid, count, QStringLiteral("和平社区"), false, {}))
                    return false;
                remaining -= count;
            }
        }
        const QStringList firms = {QStringLiteral("长沙和平物业服务有限公司"),
                                   QStringLiteral("湖南星辰信息科技有限公司")};
        for (int f = 0; f < firms.size(); ++f) {
            const qint64 branch =
                addOrg(community, firms[f] + QStringLiteral("党支部"), OrgType::NonPublicBranch,
                       OrgDomain::NonPublicFirm, onCalendar(2023, 6, 1).addMonths(f * 5));
            const int count = f == 0 ? remaining / 2 : remaining;
            if (!branch || !addMembers(branch, 0, count, QStringLiteral("和平社区"), true, firms[f]))
                return false;
            remaining -= count;
        }
        return true;
    }

    // 10 streets × 10 communities × 30 branches = 3,000 branches holding 100,000 members.
    bool buildDistrict()
    {
        const int streets = 10, communitiesPerStreet = 10, branchesPerCommunity = 30;
        const int branchCount = streets * communitiesPerStreet * branchesPerCommunity;
        int branchIndex = 0;
        for (int s = 1; s <= streets; ++s) {
            const qint64 street =
                addOrg(0, DemoPeople::streetName(s) + QStringLiteral("街道党工委"), OrgType::StreetCommittee,
                       OrgDomain::Community, onCalendar(2022, 12, 20));
            if (!street)
                return false;
            for (int c = 1; c <= communitiesPerStreet; ++c) {
                const QString communityName = DemoPeople::communityName(s * 100 + c);
                const qint64 community =
                    addOrg(street, communityName + QStringLiteral("大党委"), OrgType::BigCommittee,
                           OrgDomain::Community, onCalendar(2021, 9, 1).addDays(c * 11));
                if (!community)
                    return false;
                for (int b = 1; b <= branchesPerCommunity; ++b) {
                    const bool firm = b > 26;
                    const QString firmName = QStringLiteral("%1第%2科技有限公司").arg(communityName).arg(b);
                    qint64 grid = 0;
                    if (!firm && !(grid = addGrid(community, b, QStringLiteral("G%1").arg(s * 100 + c))))
                        return false;
                    const qint64 branch = addOrg(community,
                                                 firm ? firmName + QStringLiteral("党支部")
                                                      : DemoPeople::gridName(b) + QStringLiteral("党支部"),
                                                 firm ? OrgType::NonPublicBranch : OrgType::GridBranch,
                                                 firm ? OrgDomain::NonPublicFirm : OrgDomain::Community,
                                                 onCalendar(2024, 1, 5).addDays(b * 9), grid);
                    ++branchIndex;
                    // Spread the members evenly so the total is exactly 100,000.
                    const int count = int(qint64(m_totalMembers) * branchIndex / branchCount -
                                          qint64(m_totalMembers) * (branchIndex - 1) / branchCount);
                    if (!branch || !addMembers(branch, grid, count, communityName, firm, firmName))
                        return false;
                }
            }
        }
        return true;
    }

    QSqlDatabase m_db;
    DemoOptions m_options;
    DemoPeople m_people;
    QSqlQuery m_org, m_grid, m_member, m_tag, m_event;
    DemoSummary m_summary;
    std::function<bool(int, int)> m_progress;
    int m_totalMembers = 0;
    int m_sortOrder = 0;
    QString m_error;
};

} // namespace

QString buildDemo(QSqlDatabase db, const DemoOptions& options, DemoSummary* summary,
                  const std::function<bool(int, int)>& progress)
{
    QSqlQuery existing(db);
    if (existing.exec(QStringLiteral("SELECT count(*) FROM organisation")) && existing.next() &&
        existing.value(0).toInt() > 0)
        return QCoreApplication::translate(
            "DemoData",
            "The workspace already holds organisations; demo data goes only into a new, empty file.");
    // One transaction: a demo cut short (a kill, Ctrl+C) leaves the file as it was, never members
    // without their meetings.
    ScopedTransaction transaction(db);
    if (!transaction.error().isEmpty())
        return transaction.error();
    QString error = DemoWriter(db, options).run(summary, progress);
    if (error.isEmpty() && options.scale == DemoOptions::Scale::Community) {
        error = buildDemoRatings(db, options.today, options.seed);
        if (error.isEmpty())
            error = buildDemoMeetings(db, options.today, 12, false, options.seed);
    }
    // A member's life beyond the roster: every list of the development, transfers, dues and
    // appraisal pages (and the home page) has something in it.
    // Then co-governance: units and their lists first, as meetings, wishes and the fund refer to them.
    for (const auto build : {&buildDemoDevelopment, &buildDemoTransfers, &buildDemoDues, &buildDemoAppraisal,
                             &buildDemoCoBuilding, &buildDemoJointMeetings, &buildDemoInService,
                             &buildDemoWishes, &buildDemoFund})
        if (error.isEmpty())
            error = build(db, options);
    return error.isEmpty() ? transaction.commit() : error;
}

} // namespace partydesk
