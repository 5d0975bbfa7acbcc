#include "cogovernance/RatingEvidence.h"
#include "rating/EvidenceSource.h"
#include "rating/ScoreSheetModel.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QSqlQuery>

using namespace partydesk;

namespace {

void exec(Workspace& ws, const QString& sql)
{
    QSqlQuery q(ws.database());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("A rating task's recorded facts count what the branch's in-service members did in the year",
          "[cogovernance][rating]")
{
    test::TempWorkspace temp;
    Workspace& ws = temp.workspace();
    exec(ws, QStringLiteral("INSERT INTO organisation (id, parent_id, name, org_type) VALUES "
                            "(1, NULL, '和平社区党委', 'community_committee'), (2, 1, '第一支部', 'branch'), "
                            "(3, 1, '第二支部', 'branch')"));
    // Branch 2: three in-service members, two reported, one of them served 2.5 + 1.5 hours in 2026
    // and 3 hours in 2025; branch 3's member served too, but is not branch 2's.
    exec(ws,
         QStringLiteral("INSERT INTO member (id, name, sex, org_id, category, status, reported_on) VALUES "
                        "(1, '甲', 'M', 2, 'in_service', 'full', '2025-03-01'), "
                        "(2, '乙', 'F', 2, 'in_service', 'full', '2025-04-01'), "
                        "(3, '丙', 'F', 2, 'in_service', 'full', NULL), "
                        "(4, '丁', 'M', 3, 'in_service', 'full', '2025-01-01')"));
    exec(ws,
         QStringLiteral("INSERT INTO service_record (member_id, served_on, activity, hours_tenths) VALUES "
                        "(1, '2026-03-05', '政策宣传', 25), (1, '2026-09-10', '环境整治', 15), "
                        "(1, '2025-06-01', '环境整治', 30), (4, '2026-05-01', '法律援助', 40)"));
    const QList<Organisation> orgs = ws.organisations().all();
    const QString text = ratingEvidence(ws.database(), orgs, EvidenceSource::InServiceService, 2, 2026);
    INFO(text.toStdString());
    CHECK(text == QStringLiteral("3 in-service members, 2 reported (66.7%); 1 served in 2026 (50.0% of those "
                                 "reported), 4.0 hours in all"));
    // The committee counts all four; a task without a source has no facts.
    CHECK(ratingEvidence(ws.database(), orgs, EvidenceSource::InServiceService, 1, 2026)
              .startsWith(QStringLiteral("4 in-service members, 3 reported (75.0%); 2 served")));
    CHECK(ratingEvidence(ws.database(), orgs, EvidenceSource::None, 2, 2026).isEmpty());
}

TEST_CASE("The service fund's facts on a branch's sheet are its community's, exact to the fen",
          "[cogovernance][rating]")
{
    test::TempWorkspace temp;
    Workspace& ws = temp.workspace();
    exec(ws,
         QStringLiteral("INSERT INTO organisation (id, parent_id, name, org_type) VALUES "
                        "(1, NULL, '和平社区党委', 'community_committee'), (2, 1, '第一支部', 'branch')"));
    exec(ws, QStringLiteral("INSERT INTO fund_year (committee_id, year, budget) VALUES (1, 2026, 50000000)"));
    exec(ws,
         QStringLiteral("INSERT INTO fund_project (id, committee_id, title, approved_on, approved) VALUES "
                        "(1, 1, '老年食堂', '2026-02-01', 12000000)"));
    exec(ws, QStringLiteral("INSERT INTO fund_spending (project_id, spent_on, amount, purpose) VALUES "
                            "(1, '2026-03-01', 10, '餐具'), (1, '2026-04-01', 20, '餐具')"));
    const QString text =
        ratingEvidence(ws.database(), ws.organisations().all(), EvidenceSource::ServiceFund, 2, 2026);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Budget 500000.00 yuan")));
    CHECK(text.contains(QStringLiteral("approved 120000.00")));
    CHECK(text.contains(QStringLiteral("spent 0.30")));
    CHECK(text.contains(QStringLiteral("balance 499999.70")));
}

TEST_CASE("The score sheet shows a linked task's recorded facts in their column and in the task's tooltip",
          "[cogovernance][rating]")
{
    test::TempWorkspace temp;
    Workspace& ws = temp.workspace();
    RatingTemplate t;
    t.aspects = {{1,
                  QStringLiteral("作用发挥好"),
                  {{11, QStringLiteral("在职党员到社区报到服务"), Score::whole(3), QStringLiteral("报到率"),
                    QStringLiteral("报到登记"), EvidenceSource::InServiceService},
                   {12, QStringLiteral("阵地建设"), Score::whole(3), {}, {}, {}}}}};
    ScoreSheetModel model(ws.ratingService());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSheet(t, ScoreSheet{}, true);
    model.setEvidence({{11, QStringLiteral("3 in-service members")}});
    CHECK(model.index(0, ScoreSheetModel::EvidenceColumn).data().toString() ==
          QStringLiteral("3 in-service members"));
    CHECK(model.index(0, ScoreSheetModel::TaskColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .endsWith(QStringLiteral("Recorded: 3 in-service members")));
    CHECK(model.index(1, ScoreSheetModel::EvidenceColumn).data().toString().isEmpty());
    CHECK_FALSE(model.index(1, ScoreSheetModel::TaskColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Recorded")));
    // Another sheet starts without the last one's facts.
    model.setSheet(t, ScoreSheet{}, true);
    CHECK(model.index(0, ScoreSheetModel::EvidenceColumn).data().toString().isEmpty());
}
