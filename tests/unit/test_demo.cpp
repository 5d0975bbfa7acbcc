#include "domain/Validation.h"
#include "rating/RatingCalculator.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

using namespace partydesk;
using partydesk::test::TempWorkspace;

namespace {

QString dump(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT name, id_number, org_id, category, status, joined_on FROM member ORDER BY id"));
    QString text;
    while (q.next())
        for (int c = 0; c < 6; ++c)
            text += q.value(c).toString() + QLatin1Char('|');
    return text;
}

} // namespace

TEST_CASE("The community demo is realistic and every member passes validation", "[demo]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const std::vector<RosterRow> roster = ws.members().roster();
    CHECK(roster.size() == 400);

    int branches = 0, nonPublic = 0, groups = 0;
    for (const Organisation& org : ws.organisations().all()) {
        branches += org.type == OrgType::GridBranch;
        nonPublic += org.type == OrgType::NonPublicBranch;
        groups += org.type == OrgType::PartyGroup;
    }
    CHECK(branches == 8);
    CHECK(nonPublic == 2);
    CHECK(groups == 16);

    QSet<MemberCategory> categories;
    QSet<MemberStatus> statuses;
    quint32 tags = 0;
    for (const RosterRow& row : roster) {
        categories.insert(row.category);
        statuses.insert(row.status);
        tags |= row.tagMask;
        const Member m = ws.members().get(row.id);
        const FieldErrors errors = validateMember(m, temp.clock());
        INFO(m.name.toStdString() << " " << m.idNumber.toStdString() << ": "
                                  << (errors.isEmpty() ? std::string()
                                                       : errors.first().message.toStdString()));
        CHECK(errors.isEmpty());
    }
    CHECK(categories.size() == 4);
    CHECK(statuses.size() == 5);
    CHECK(tags == (1u << enumValues<MemberTag>().size()) - 1); // every tag occurs
}

TEST_CASE("Demo data is deterministic", "[demo]")
{
    TempWorkspace a(true);
    TempWorkspace b(true);
    CHECK(dump(a.db()) == dump(b.db()));
}

TEST_CASE("Demo data goes only into an empty workspace", "[demo]")
{
    TempWorkspace temp(true);
    CHECK_FALSE(buildDemo(temp.db(), DemoOptions()).isEmpty());
}

TEST_CASE("The demo has two finished years of ratings with a lagging branch, a tie and a veto",
          "[demo][rating]")
{
    TempWorkspace temp(true);
    RatingRepository& ratings = temp.workspace().ratings();
    REQUIRE(ratings.years() == QList<int>{2025, 2024});
    QHash<qint64, qint64> parents;
    for (const Organisation& org : temp.workspace().organisations().all())
        parents.insert(org.id, org.parentId);
    const RatingYear year = *ratings.loadYear(2025);
    CHECK(year.orgIds.size() == 10);
    const RatingOutcome outcome = computeRatings(year.ratingTemplate, year.sheets, parents);
    int lagging = 0, vetoed = 0, complete = 0;
    QHash<qint64, int> totals;
    bool tie = false;
    for (const RatingResult& r : outcome.results) {
        lagging += r.lagging;
        vetoed += r.vetoed;
        complete += r.complete;
        const qint64 key = r.total.hundredths();
        tie = tie || totals.contains(key);
        totals[key] += 1;
    }
    CHECK(lagging >= 1);
    CHECK(vetoed == 1);
    CHECK(complete == 10);
    CHECK(tie);
    CHECK(ratings.rectifications(year.sessionId).size() >= 3);
}
