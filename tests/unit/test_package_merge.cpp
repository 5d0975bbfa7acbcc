// A community's package merged into its street's workspace in-process: what stays when the street
// still refers to it, a person entered twice, and who may merge.

#include "package/PackageMerge.h"
#include "package/YearPackage.h"
#include "SecurityTestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>
#include <QThread>

using namespace partydesk;
using namespace partydesk::test;

namespace {

const QByteArray senderKey(32, 'c');

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0) : QVariant();
}

void run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

QByteArray payloadOf(TempWorkspace& community)
{
    // Packages tell their order by the millisecond they were made.
    QThread::msleep(3);
    QString error;
    const QByteArray payload = YearPackage::build(community.db(), 2026, QStringLiteral("和平社区"), &error);
    REQUIRE(error.isEmpty());
    return payload;
}

qint64 addStreetCommittee(TempWorkspace& street)
{
    Organisation node;
    node.name = QStringLiteral("东风街道党工委");
    node.type = OrgType::StreetCommittee;
    const qint64 id = street.workspace().organisationService().saveOrganisation(node).id;
    REQUIRE(id > 0);
    return id;
}

PackageImport::Outcome merge(TempWorkspace& street, const QByteArray& payload)
{
    Workspace& ws = street.workspace();
    return PackageImport::merge(street.db(), ws.writeGate(), ws.audit(), payload, senderKey, 0);
}

} // namespace

TEST_CASE("An organisation the community dropped stays while the street still refers to it, and is named",
          "[package]")
{
    TempWorkspace community(true);
    TempWorkspace street(false);
    addStreetCommittee(street);
    PackageImport::Outcome outcome = merge(street, payloadOf(community));
    REQUIRE(outcome.status == PackageImport::Outcome::Status::Merged);

    // The community folds a Party group into its branch.
    const qint64 group =
        scalar(community.db(), QStringLiteral("SELECT max(id) FROM organisation WHERE org_type = "
                                              "'party_group'"))
            .toLongLong();
    const QString groupUid =
        scalar(community.db(), QStringLiteral("SELECT uid FROM organisation WHERE id = %1").arg(group))
            .toString();
    run(community.db(),
        QStringLiteral("UPDATE member SET org_id = (SELECT parent_id FROM organisation WHERE id = "
                       "%1) WHERE org_id = %1")
            .arg(group));
    run(community.db(), QStringLiteral("DELETE FROM meeting WHERE org_id = %1").arg(group));
    run(community.db(),
        QStringLiteral("DELETE FROM transfer WHERE from_org_id = %1 OR to_org_id = %1").arg(group));
    run(community.db(), QStringLiteral("DELETE FROM organisation WHERE id = %1").arg(group));
    const int groupMembers =
        scalar(street.db(), QStringLiteral("SELECT count(*) FROM member m JOIN organisation o "
                                           "ON o.id = m.org_id WHERE o.uid = '%1'")
                                .arg(groupUid))
            .toInt();
    REQUIRE(groupMembers > 0);
    // The street has recorded a meeting of that group, of a year before the package's (the package's
    // year of meetings is the community's to say).
    run(street.db(), QStringLiteral("INSERT INTO meeting (org_id, kind, held_on) SELECT id, 'group_meeting', "
                                    "'2025-10-20' FROM organisation WHERE uid = '%1'")
                         .arg(groupUid));

    outcome = merge(street, payloadOf(community));
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.status == PackageImport::Outcome::Status::Merged);
    CHECK(outcome.plan.counts(QStringLiteral("organisation")).left == 1);
    CHECK(outcome.done(QStringLiteral("organisation")).left == 0);
    CHECK(outcome.done(QStringLiteral("member")).changed == groupMembers);
    REQUIRE(outcome.kept.size() == 1);
    CHECK(outcome.kept.constFirst().contains(QStringLiteral("党小组")));
    CHECK(scalar(street.db(),
                 QStringLiteral("SELECT count(*) FROM organisation WHERE uid = '%1'").arg(groupUid))
              .toInt() == 1);
    // Its members moved with the community all the same.
    CHECK(scalar(street.db(), QStringLiteral("SELECT count(*) FROM member m JOIN organisation o ON o.id = "
                                             "m.org_id WHERE o.uid = '%1'")
                                  .arg(groupUid))
              .toInt() == 0);
}

TEST_CASE("A member whose ID number the street already has under another record stops the merge", "[package]")
{
    TempWorkspace community(true);
    TempWorkspace street(false);
    const qint64 node = addStreetCommittee(street);
    const QString idNumber =
        scalar(community.db(), QStringLiteral("SELECT id_number FROM member WHERE id_number IS NOT NULL AND "
                                              "left_on IS NULL ORDER BY id LIMIT 1"))
            .toString();
    QSqlQuery q(street.db());
    q.prepare(QStringLiteral("INSERT INTO member (name, sex, id_number, org_id, category, status) "
                             "VALUES ('重复录入', 'M', ?, ?, 'registered', 'full')"));
    q.addBindValue(idNumber);
    q.addBindValue(node);
    REQUIRE(q.exec());

    const QByteArray payload = payloadOf(community);
    const PackageImport::Plan plan = PackageImport::plan(street.db(), payload, senderKey, 0);
    CHECK(plan.refusal.contains(QStringLiteral("重复录入")));
    const PackageImport::Outcome outcome = merge(street, payload);
    CHECK(outcome.status == PackageImport::Outcome::Status::Refused);
    CHECK(scalar(street.db(), QStringLiteral("SELECT count(*) FROM member")).toInt() == 1);
    CHECK(scalar(street.db(), QStringLiteral("SELECT count(*) FROM organisation")).toInt() == 1);
}

TEST_CASE("Only those who may edit organisations and members merge a package", "[package][security]")
{
    TempWorkspace community(true);
    TempWorkspace street(false);
    addStreetCommittee(street);
    addStaff(street.workspace());
    signInAs(street.workspace(), Staff::viewer);
    const PackageImport::Outcome outcome = merge(street, payloadOf(community));
    CHECK(outcome.status == PackageImport::Outcome::Status::Refused);
    CHECK_FALSE(outcome.message.isEmpty());
    CHECK(scalar(street.db(), QStringLiteral("SELECT count(*) FROM member")).toInt() == 0);

    // An officer edits members but not the organisation tree, which a package adds to.
    signInAs(street.workspace(), Staff::officer);
    CHECK(merge(street, payloadOf(community)).status == PackageImport::Outcome::Status::Refused);
    signInAs(street.workspace(), Staff::admin);
    CHECK(merge(street, payloadOf(community)).status == PackageImport::Outcome::Status::Merged);
}
