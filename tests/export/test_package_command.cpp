// A community sends its year to its street as one file: keys exchanged once, the package written,
// and the street told what it would change; a package altered or from an unknown key is refused.
// Run as a user runs the program.

#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// The two keys `partydesk package keys` prints: signing, then receiving.
QStringList publicKeys(const QString& workspace)
{
    const Run run =
        runPartydesk({QStringLiteral("package"), QStringLiteral("keys"), QStringLiteral("--db"), workspace});
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    static const QRegularExpression key(QStringLiteral("^  ([A-Za-z0-9+/]{43}=)$"),
                                        QRegularExpression::MultilineOption);
    QStringList keys;
    for (auto it = key.globalMatch(run.output); it.hasNext();)
        keys << it.next().captured(1);
    REQUIRE(keys.size() == 2);
    return keys;
}

QString word(const char* text)
{
    return QString::fromUtf8(text);
}
QString word(const QString& text)
{
    return text;
}
// The program run with these words on its command line.
template <typename... Words> Run cli(const Words&... words)
{
    return runPartydesk({word(words)...});
}

int count(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

int count(const QSqlDatabase& db, const char* table)
{
    return count(db, QString::fromUtf8(table));
}

// Everything an import may write: the records it merges, the settings and the audit trail.
QByteArray contents(const QSqlDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"organisation", "grid", "member", "member_tag", "meeting", "attendance",
                              "meeting_action", "prescribed_action", "setting", "audit_log"}) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table))));
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData((q.value(c).toString() + QChar(0x1f)).toUtf8());
    }
    return hash.result();
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0) : QVariant();
}

// The counts `show` and `import` print, in whatever language, each as new, changed, the same, left:
// in the order the package carries them (PackageImport::kindsInOrder).
enum Kind
{
    Organisations,
    Grids,
    Members,
    Meetings,
    CoBuildingUnits,
    UnitPeople,
    UnitActivities,
    Needs,
    Resources,
    Projects,
    JointMeetings,
    JointDecisions,
    MicroWishes,
    Tags,
    Attendance,
    Actions,
    ProjectNeeds,
    ProjectResources,
    ProjectUnits,
    JointMeetingUnits,
    ChairRota,
    KindCount
};
QList<QList<int>> planCounts(const QString& output)
{
    QList<QList<int>> counts;
    static const QRegularExpression number(QStringLiteral("\\d+"));
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size() && counts.size() < KindCount; ++i) {
        QList<int> numbers;
        for (auto it = number.globalMatch(lines[i]); it.hasNext();)
            numbers << it.next().captured().toInt();
        if (lines[i].startsWith(QStringLiteral("  ")) && numbers.size() == 4)
            counts << numbers;
    }
    return counts;
}

// A community (the demo) and a street with its own street committee, keys exchanged both ways.
struct CommunityAndStreet
{
    TempWorkspace community{true};
    TempWorkspace street{false};
    QTemporaryDir dir;
    qint64 streetNode = 0;

    explicit CommunityAndStreet(int streetCommittees = 1)
    {
        for (int i = 0; i < streetCommittees; ++i) {
            Organisation node;
            node.name = i == 0 ? QStringLiteral("东风街道党工委") : QStringLiteral("西湖街道党工委");
            node.type = OrgType::StreetCommittee;
            const qint64 id = street.workspace().organisationService().saveOrganisation(node).id;
            REQUIRE(id > 0);
            if (streetNode == 0)
                streetNode = id;
        }
        const QStringList communityKeys = publicKeys(community.path());
        const QStringList streetKeys = publicKeys(street.path());
        REQUIRE(cli("package", "recipient", "--name", "东风街道", "--key", streetKeys[1], "--db",
                    community.path())
                    .exitCode == 0);
        REQUIRE(
            cli("package", "trust", "--name", "和平社区", "--key", communityKeys[0], "--db", street.path())
                .exitCode == 0);
    }

    // The community's year as a package now.
    QString exported(const QString& name, const QString& year = QStringLiteral("2026"))
    {
        const QString file = dir.filePath(name + QStringLiteral(".pdpkg"));
        const Run run = cli("package", "export", "--year", year, "--out", file, "--db", community.path());
        INFO(run.output.toStdString());
        REQUIRE(run.exitCode == 0);
        return file;
    }

    Run import(const QString& file) { return cli("package", "import", file, "--db", street.path()); }
};

} // namespace

TEST_CASE("A community's year goes to its street as a package the street alone can open", "[package][cli]")
{
    TempWorkspace community(true);
    TempWorkspace street(false);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("和平社区-2026.pdpkg"));
    const QStringList communityKeys = publicKeys(community.path());
    const QStringList streetKeys = publicKeys(street.path());
    CHECK(publicKeys(community.path()) == communityKeys); // made once, kept

    // Before the street's key is known there is nowhere to send to.
    Run run = cli("package", "export", "--year", "2026", "--out", file, "--db", community.path());
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFile::exists(file));

    run = cli("package", "recipient", "--name", "东风街道", "--key", streetKeys[1], "--db", community.path());
    REQUIRE(run.exitCode == 0);
    run = cli("package", "export", "--year", "2026", "--out", file, "--db", community.path());
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(QFile::exists(file));

    // The street does not open it until it trusts the community's key.
    run = cli("package", "show", file, "--db", street.path());
    CHECK(run.exitCode == 1);
    run = cli("package", "trust", "--name", "和平社区", "--key", communityKeys[0], "--db", street.path());
    REQUIRE(run.exitCode == 0);
    // A key that is not one is refused, and says so.
    run = cli("package", "trust", "--name", "某社区", "--key", "abc", "--db", street.path());
    CHECK(run.exitCode == 1);

    run = cli("package", "show", file, "--db", street.path());
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.output.contains(QStringLiteral("和平社区")));
    CHECK(run.output.contains(QString::number(count(community.db(), QStringLiteral("member")))));
    // All the community's organisations but its copy of the street, which stands for the street's node.
    CHECK(run.output.contains(QString::number(count(community.db(), QStringLiteral("organisation")) - 1)));

    // Seen by the community itself, everything is the same as it has it.
    run = cli("package", "trust", "--name", "本社区", "--key", communityKeys[0], "--db", community.path());
    REQUIRE(run.exitCode == 0);
    run = cli("package", "show", file, "--db", community.path());
    CHECK(run.exitCode == 1); // made for the street, not for the community's own receiving key

    // One byte altered: refused.
    QFile original(file);
    REQUIRE(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    original.close();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    const QString altered = dir.filePath(QStringLiteral("altered.pdpkg"));
    QFile out(altered);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    run = cli("package", "show", altered, "--db", street.path());
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.output.isEmpty());
}

TEST_CASE("The street merges a community's packages by uid: new, changed, left, never twice, never older",
          "[package][cli]")
{
    CommunityAndStreet both;
    const QSqlDatabase street = both.street.db();
    const QSqlDatabase community = both.community.db();
    const QString first = both.exported(QStringLiteral("first"));

    // A dry run tells and writes nothing.
    const QByteArray empty = contents(street);
    Run run = cli("package", "import", first, "--dry-run", "--db", both.street.path());
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    const int members = count(community, "member");
    const int organisations = count(community, "organisation");
    CHECK(planCounts(run.output).mid(0, 3) == QList<QList<int>>{{organisations - 1, 0, 0, 0},
                                                                {count(community, "grid"), 0, 0, 0},
                                                                {members, 0, 0, 0}});
    CHECK(contents(street) == empty);

    run = both.import(first);
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    // The community's copy of its street is this street's node: one each, the rest all here.
    CHECK(count(street, "member") == members);
    CHECK(count(street, "organisation") == organisations);
    CHECK(count(street, "grid") == count(community, "grid"));
    CHECK(count(street, "audit_log WHERE action = 'package.import'") == 1);
    const QString committeeUid =
        scalar(community, QStringLiteral("SELECT uid FROM organisation WHERE org_type "
                                         "= 'big_committee'"))
            .toString();
    CHECK(scalar(street,
                 QStringLiteral("SELECT parent_id FROM organisation WHERE uid = '%1'").arg(committeeUid))
              .toLongLong() == both.streetNode);
    // References are this file's ids: every member's branch has the branch's uid of the community.
    CHECK(
        scalar(street, QStringLiteral("SELECT count(*) FROM member m JOIN organisation o ON o.id = m.org_id "
                                      "WHERE o.uid IS NULL"))
            .toInt() == 0);
    CHECK(scalar(street, QStringLiteral("SELECT count(*) FROM member WHERE id_number IS NOT NULL")).toInt() ==
          scalar(community, QStringLiteral("SELECT count(*) FROM member WHERE id_number IS NOT "
                                           "NULL"))
              .toInt());

    // The same package again: everything the same, nothing written, not even the audit trail.
    const QByteArray merged = contents(street);
    run = both.import(first);
    INFO(run.output.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(planCounts(run.output).mid(0, 3) == QList<QList<int>>{{0, 0, organisations - 1, 0},
                                                                {0, 0, count(community, "grid"), 0},
                                                                {0, 0, members, 0}});
    CHECK(contents(street) == merged);

    // A member's phone changed in the community: one changed, and the street has the new number.
    const QString edited =
        scalar(community, QStringLiteral("SELECT uid FROM member ORDER BY id LIMIT 1")).toString();
    QSqlQuery q(community);
    REQUIRE(q.exec(QStringLiteral("UPDATE member SET phone = '13912345678' WHERE uid = '%1'").arg(edited)));
    const QString second = both.exported(QStringLiteral("second"));
    run = both.import(second);
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(planCounts(run.output).value(2) == QList<int>{0, 1, members - 1, 0});
    CHECK(
        scalar(street, QStringLiteral("SELECT phone FROM member WHERE uid = '%1'").arg(edited)).toString() ==
        QStringLiteral("13912345678"));
    CHECK(scalar(street, QStringLiteral("SELECT row_version FROM member WHERE uid = '%1'").arg(edited))
              .toInt() == 2);

    // The older package after the newer one: refused, nothing changed.
    const QByteArray afterSecond = contents(street);
    run = both.import(first);
    INFO(run.output.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(contents(street) == afterSecond);

    // A member deleted in the community: left, and gone from the street after the import.
    const QString removed =
        scalar(community, QStringLiteral("SELECT uid FROM member ORDER BY id DESC LIMIT 1")).toString();
    REQUIRE(q.exec(QStringLiteral("DELETE FROM member WHERE uid = '%1'").arg(removed)));
    const QString third = both.exported(QStringLiteral("third"));
    run = cli("package", "show", third, "--db", both.street.path());
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(planCounts(run.output).value(2) == QList<int>{0, 0, members - 1, 1});
    run = both.import(third);
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(
        scalar(street, QStringLiteral("SELECT count(*) FROM member WHERE uid = '%1'").arg(removed)).toInt() ==
        0);
    CHECK(count(street, "member") == members - 1);
    CHECK(count(street, "audit_log WHERE action = 'package.import'") == 3);
}

TEST_CASE("A package of another year made before the newest one imported is refused; made again, it goes",
          "[package][cli]")
{
    CommunityAndStreet both;
    const QSqlDatabase street = both.street.db();
    const QSqlDatabase community = both.community.db();
    REQUIRE(count(community, "meeting WHERE held_on BETWEEN '2025-01-01' AND '2025-12-31'") > 0);
    // Last year's package, made and left lying; then a member's phone changes and this year's goes.
    const QString lastYear = both.exported(QStringLiteral("2025-old"), QStringLiteral("2025"));
    const QString edited =
        scalar(community, QStringLiteral("SELECT uid FROM member ORDER BY id LIMIT 1")).toString();
    QSqlQuery q(community);
    REQUIRE(q.exec(QStringLiteral("UPDATE member SET phone = '13912345678' WHERE uid = '%1'").arg(edited)));
    Run run = both.import(both.exported(QStringLiteral("2026")));
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);

    // The old package of 2025 carries the old phone: refused, and the street keeps the new one.
    const QByteArray before = contents(street);
    run = both.import(lastYear);
    INFO(run.output.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.output.contains(QStringLiteral("2025")));
    CHECK(contents(street) == before);

    // Made again now, 2025 goes, and the phone stays the newest.
    run = both.import(both.exported(QStringLiteral("2025-new"), QStringLiteral("2025")));
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(count(street, "meeting WHERE held_on BETWEEN '2025-01-01' AND '2025-12-31'") ==
          count(community, "meeting WHERE held_on BETWEEN '2025-01-01' AND '2025-12-31'"));
    CHECK(
        scalar(street, QStringLiteral("SELECT phone FROM member WHERE uid = '%1'").arg(edited)).toString() ==
        QStringLiteral("13912345678"));
}

TEST_CASE("A community goes under the street's one street committee, or where --under says", "[package][cli]")
{
    CommunityAndStreet both(2);
    const QString file = both.exported(QStringLiteral("package"));
    const QByteArray before = contents(both.street.db());
    // Two street committees: which one is for the user to say.
    Run run = both.import(file);
    INFO(run.output.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.output.contains(QStringLiteral("--under")));
    CHECK(contents(both.street.db()) == before);
    run = cli("package", "import", file, "--under", "999", "--db", both.street.path());
    CHECK(run.exitCode == 1);

    const qint64 second = both.streetNode + 1;
    run = cli("package", "import", file, "--under", QString::number(second), "--db", both.street.path());
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(scalar(both.street.db(), QStringLiteral("SELECT parent_id FROM organisation WHERE org_type = "
                                                  "'big_committee'"))
              .toLongLong() == second);
    CHECK(count(both.street.db(), "member") == count(both.community.db(), "member"));
}

namespace {

const char* const meetingsOf2026 = "meeting WHERE held_on BETWEEN '2026-01-01' AND '2026-12-31'";
const char* const attendanceOf2026 = "attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.held_on "
                                     "BETWEEN '2026-01-01' AND '2026-12-31'";

// Attendance of the year as both sides count it: by meeting (uid) and status.
QMap<QString, int> attendanceTally(const QSqlDatabase& db)
{
    QMap<QString, int> tally;
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT m.uid, a.status, count(*) FROM %1 GROUP BY m.uid, a.status")
                       .arg(QLatin1String(attendanceOf2026))));
    while (q.next())
        tally.insert(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString(), q.value(2).toInt());
    return tally;
}

} // namespace

TEST_CASE("The year's meetings travel with their attendance, actions and members' tags; twice is once",
          "[package][cli]")
{
    CommunityAndStreet both;
    const QSqlDatabase street = both.street.db();
    const QSqlDatabase community = both.community.db();
    const int meetings = count(community, meetingsOf2026);
    const int attendance = count(community, attendanceOf2026);
    REQUIRE(meetings > 0);
    REQUIRE(attendance > 0);
    // Meetings of other years stay at home.
    REQUIRE(count(community, "meeting") > meetings);

    Run run = both.import(both.exported(QStringLiteral("first")));
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(count(street, "meeting") == meetings);
    CHECK(count(street, attendanceOf2026) == attendance);
    CHECK(attendanceTally(street) == attendanceTally(community));
    CHECK(count(street, "member_tag") == count(community, "member_tag"));
    CHECK(count(street, "meeting_action") ==
          count(community, "meeting_action a JOIN meeting m ON m.id = a.meeting_id WHERE m.held_on BETWEEN "
                           "'2026-01-01' AND '2026-12-31'"));
    // Every meeting under the branch of the same uid.
    CHECK(
        scalar(street, QStringLiteral("SELECT count(*) FROM meeting m JOIN organisation o ON o.id = m.org_id "
                                      "WHERE o.uid IS NULL"))
            .toInt() == 0);

    // A new package of the same year with nothing changed: all the same, nothing written but the record
    // of the import.
    run = both.import(both.exported(QStringLiteral("again")));
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    const QList<QList<int>> again = planCounts(run.output);
    REQUIRE(again.size() == KindCount);
    CHECK(again[Meetings] == QList<int>{0, 0, meetings, 0});
    CHECK(again[Attendance] == QList<int>{0, 0, attendance, 0});
    for (const QList<int>& kind : again)
        CHECK(kind[0] + kind[1] + kind[3] == 0);
    const int meetingRows = count(street, "meeting");
    CHECK(attendanceTally(street) == attendanceTally(community));
    CHECK(meetingRows == meetings);

    // The community deletes a meeting and marks someone absent who was present: one meeting left, one
    // attendance changed, and the street follows.
    QSqlQuery q(community);
    REQUIRE(q.exec(QStringLiteral("SELECT max(id) FROM %1").arg(QLatin1String(meetingsOf2026))));
    REQUIRE(q.next());
    const qint64 dropped = q.value(0).toLongLong();
    const int droppedAttendance =
        count(community, QStringLiteral("attendance WHERE meeting_id = %1").arg(dropped));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM meeting WHERE id = %1").arg(dropped)));
    REQUIRE(
        q.exec(QStringLiteral("UPDATE attendance SET status = 'absent' WHERE (meeting_id, member_id) = "
                              "(SELECT a.meeting_id, a.member_id FROM %1 AND a.status = 'present' ORDER BY "
                              "a.meeting_id, a.member_id LIMIT 1)")
                   .arg(QLatin1String(attendanceOf2026))));
    const QString third = both.exported(QStringLiteral("third"));
    run = cli("package", "show", third, "--db", both.street.path());
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    const QList<QList<int>> shown = planCounts(run.output);
    REQUIRE(shown.size() == KindCount);
    CHECK(shown[Meetings] == QList<int>{0, 0, meetings - 1, 1});
    CHECK(shown[Attendance] == QList<int>{0, 1, attendance - droppedAttendance - 1, 0});
    run = both.import(third);
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(count(street, "meeting") == meetings - 1);
    CHECK(attendanceTally(street) == attendanceTally(community));
}

namespace {

// The co-governance records as both sides hold them, each a line of its uid, the uids of the records
// it refers to and what it says: equal lists mean the same records, on the same units and
// organisations, with the same values.
QStringList coGovernance(const QSqlDatabase& db)
{
    const QStringList queries = {
        QStringLiteral(
            "SELECT u.uid, o.uid, u.name, u.unit_kind, coalesce(u.left_on, '') FROM co_building_unit "
            "u JOIN organisation o ON o.id = u.committee_id"),
        QStringLiteral(
            "SELECT p.uid, u.uid, p.name, p.committee_role FROM unit_person p JOIN co_building_unit u "
            "ON u.id = p.unit_id"),
        QStringLiteral("SELECT a.uid, u.uid, a.held_on, a.title FROM unit_activity a JOIN co_building_unit u "
                       "ON u.id = a.unit_id WHERE a.held_on BETWEEN '2026-01-01' AND '2026-12-31'"),
        QStringLiteral("SELECT n.uid, o.uid, coalesce(g.uid, ''), n.title, n.status, coalesce(n.closed_on, "
                       "'') FROM cogov_need n JOIN organisation o ON o.id = n.committee_id LEFT JOIN grid g "
                       "ON g.id = n.grid_id"),
        QStringLiteral(
            "SELECT r.uid, u.uid, r.title, coalesce(r.withdrawn_on, '') FROM cogov_resource r JOIN "
            "co_building_unit u ON u.id = r.unit_id"),
        QStringLiteral("SELECT p.uid, o.uid, coalesce(u.uid, ''), p.title, p.status, p.budget FROM "
                       "cogov_project p JOIN organisation o ON o.id = p.committee_id LEFT JOIN "
                       "co_building_unit u ON u.id = p.lead_unit_id"),
        QStringLiteral("SELECT 'need', p.uid, n.uid FROM cogov_project_need l JOIN cogov_project p ON p.id = "
                       "l.project_id JOIN cogov_need n ON n.id = l.need_id"),
        QStringLiteral(
            "SELECT 'resource', p.uid, r.uid FROM cogov_project_resource l JOIN cogov_project p ON "
            "p.id = l.project_id JOIN cogov_resource r ON r.id = l.resource_id"),
        QStringLiteral("SELECT 'unit', p.uid, u.uid FROM cogov_project_unit l JOIN cogov_project p ON p.id = "
                       "l.project_id JOIN co_building_unit u ON u.id = l.unit_id"),
        QStringLiteral("SELECT m.uid, o.uid, m.held_on, coalesce(u.uid, '') FROM joint_meeting m JOIN "
                       "organisation o ON o.id = m.committee_id LEFT JOIN co_building_unit u ON u.id = "
                       "m.chair_unit_id WHERE m.held_on BETWEEN '2026-01-01' AND '2026-12-31'"),
        QStringLiteral("SELECT d.uid, m.uid, d.decision, d.status FROM joint_decision d JOIN joint_meeting m "
                       "ON m.id = d.meeting_id WHERE m.held_on BETWEEN '2026-01-01' AND '2026-12-31'"),
        QStringLiteral(
            "SELECT m.uid, u.uid, a.attendee FROM joint_meeting_unit a JOIN joint_meeting m ON m.id "
            "= a.meeting_id JOIN co_building_unit u ON u.id = a.unit_id WHERE m.held_on BETWEEN "
            "'2026-01-01' AND '2026-12-31'"),
        QStringLiteral("SELECT o.uid, r.month, u.uid FROM chair_rota r JOIN organisation o ON o.id = "
                       "r.committee_id JOIN co_building_unit u ON u.id = r.unit_id"),
        QStringLiteral(
            "SELECT w.uid, o.uid, coalesce(m.uid, ''), coalesce(u.uid, ''), w.wish, "
            "coalesce(w.fulfilled_on, '') FROM micro_wish w JOIN organisation o ON o.id = w.org_id "
            "LEFT JOIN member m ON m.id = w.claimer_member_id LEFT JOIN co_building_unit u ON u.id "
            "= w.claimer_unit_id WHERE w.wished_on BETWEEN '2026-01-01' AND '2026-12-31'"),
    };
    QStringList lines;
    for (const QString& sql : queries) {
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < q.record().count(); ++c)
                values << q.value(c).toString();
            lines << values.join(QLatin1Char('|'));
        }
    }
    lines.sort();
    return lines;
}

} // namespace

TEST_CASE("A prescribed action the street's list lacks comes in inactive, named, and its meetings keep it",
          "[package][cli]")
{
    CommunityAndStreet both;
    const QSqlDatabase street = both.street.db();
    const QSqlDatabase community = both.community.db();
    const QString action = QStringLiteral("学习新修订的《条例》");
    QSqlQuery q(community);
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO prescribed_action (position, name, active, uid) VALUES ((SELECT "
                       "max(position) + 1 FROM prescribed_action), '%1', 1, 'action-new') RETURNING id")
            .arg(action)));
    REQUIRE(q.next());
    const qint64 actionId = q.value(0).toLongLong();
    REQUIRE(q.exec(QStringLiteral("INSERT INTO meeting_action (meeting_id, action_id) SELECT id, %1 FROM %2")
                       .arg(actionId)
                       .arg(QLatin1String(meetingsOf2026))));
    const int meetings = count(community, meetingsOf2026);
    REQUIRE(meetings > 0);

    const Run run = both.import(both.exported(QStringLiteral("with-action")));
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.output.contains(action));
    CHECK(scalar(street, QStringLiteral("SELECT active FROM prescribed_action WHERE name = '%1'").arg(action))
              .toInt() == 0);
    CHECK(scalar(street,
                 QStringLiteral("SELECT count(*) FROM meeting_action a JOIN prescribed_action p ON p.id = "
                                "a.action_id WHERE p.name = '%1'")
                     .arg(action))
              .toInt() == meetings);
}

TEST_CASE("The co-governance lists travel whole, the year's joint meetings and wishes with them",
          "[package][cli]")
{
    CommunityAndStreet both;
    const QSqlDatabase street = both.street.db();
    const QSqlDatabase community = both.community.db();
    REQUIRE(count(community, "cogov_project_need") > 0);
    REQUIRE(count(community, "chair_rota") > 0);
    // Joint meetings and wishes of other years stay at home; the lists go whole, whenever raised.
    REQUIRE(count(community, "joint_meeting WHERE held_on < '2026-01-01'") > 0);
    REQUIRE(count(community, "cogov_need WHERE raised_on < '2026-01-01'") > 0);

    Run run = both.import(both.exported(QStringLiteral("first")));
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(coGovernance(street) == coGovernance(community));
    CHECK(count(street, "cogov_need") == count(community, "cogov_need"));
    CHECK(count(street, "joint_meeting") == count(community, "joint_meeting WHERE held_on >= '2026-01-01'"));
    CHECK(count(street, "micro_wish") == count(community, "micro_wish WHERE wished_on >= '2026-01-01'"));

    // The community meets a need, withdraws a resource, drops a project's tie to a unit, deletes a
    // joint decision and hands a month's chair to another unit: the street shows it and follows.
    QSqlQuery q(community);
    REQUIRE(q.exec(QStringLiteral("UPDATE cogov_need SET status = 'met', closed_on = '2026-11-20' WHERE id = "
                                  "(SELECT min(id) FROM cogov_need WHERE status = 'open')")));
    REQUIRE(q.numRowsAffected() == 1);
    REQUIRE(
        q.exec(QStringLiteral("DELETE FROM cogov_resource WHERE id = (SELECT max(id) FROM cogov_resource)")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM cogov_project_unit WHERE (project_id, unit_id) = (SELECT "
                                  "project_id, unit_id FROM cogov_project_unit ORDER BY 1, 2 LIMIT 1)")));
    REQUIRE(
        q.exec(QStringLiteral("DELETE FROM joint_decision WHERE id = (SELECT max(d.id) FROM joint_decision "
                              "d JOIN joint_meeting m ON m.id = d.meeting_id WHERE m.held_on >= "
                              "'2026-01-01')")));
    REQUIRE(
        q.exec(QStringLiteral("UPDATE chair_rota SET unit_id = (SELECT max(id) FROM co_building_unit WHERE "
                              "id <> chair_rota.unit_id) WHERE month = '2026-12'")));
    REQUIRE(q.numRowsAffected() == 1);
    const QString second = both.exported(QStringLiteral("second"));
    run = cli("package", "show", second, "--db", both.street.path());
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    const QList<QList<int>> shown = planCounts(run.output);
    REQUIRE(shown.size() == KindCount);
    CHECK(shown[Needs] == QList<int>{0, 1, count(community, "cogov_need") - 1, 0});
    CHECK(shown[Resources] == QList<int>{0, 0, count(community, "cogov_resource"), 1});
    CHECK(shown[ProjectUnits] == QList<int>{0, 0, count(community, "cogov_project_unit"), 1});
    CHECK(shown[JointDecisions][3] == 1);
    CHECK(shown[ChairRota] == QList<int>{0, 1, count(community, "chair_rota") - 1, 0});
    CHECK(shown[CoBuildingUnits] == QList<int>{0, 0, count(community, "co_building_unit"), 0});
    run = both.import(second);
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(coGovernance(street) == coGovernance(community));

    // A unit the community no longer has goes with its people and resources; its projects stay,
    // without it.
    REQUIRE(q.exec(QStringLiteral("SELECT max(id) FROM co_building_unit")));
    REQUIRE(q.next());
    const qint64 unit = q.value(0).toLongLong();
    for (const QString& sql :
         {QStringLiteral("DELETE FROM chair_rota WHERE unit_id = %1"),
          QStringLiteral("UPDATE cogov_project SET lead_unit_id = NULL WHERE lead_unit_id = %1"),
          QStringLiteral("UPDATE joint_meeting SET chair_unit_id = NULL WHERE chair_unit_id = %1"),
          QStringLiteral(
              "UPDATE joint_decision SET responsible_unit_id = NULL WHERE responsible_unit_id = %1"),
          QStringLiteral("UPDATE micro_wish SET claimer_unit_id = NULL WHERE claimer_unit_id = %1"),
          QStringLiteral("DELETE FROM co_building_unit WHERE id = %1")})
        REQUIRE(q.exec(sql.arg(unit)));
    run = both.import(both.exported(QStringLiteral("third")));
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(coGovernance(street) == coGovernance(community));
    CHECK(count(street, "co_building_unit") == count(community, "co_building_unit"));
    CHECK(count(street, "cogov_project") == count(community, "cogov_project"));
}

namespace {

// Each rated branch's (total in hundredths, stars) by its uid, as the workspace computes them.
QMap<QString, std::pair<qint64, int>> results(TempWorkspace& temp, int year)
{
    const std::optional<RatingYear> rated = temp.workspace().ratings().loadYear(year);
    REQUIRE(rated);
    const RatingOutcome outcome = computeRatings(rated->ratingTemplate, rated->sheets, {});
    QMap<QString, std::pair<qint64, int>> byUid;
    for (const RatingResult& result : outcome.results)
        byUid.insert(
            scalar(temp.db(), QStringLiteral("SELECT uid FROM organisation WHERE id = %1").arg(result.orgId))
                .toString(),
            {result.total.hundredths(), result.stars});
    return byUid;
}

QStringList uidsOf(const QSqlDatabase& db, const QString& sql)
{
    QStringList uids;
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    while (q.next())
        uids << q.value(0).toString();
    uids.sort();
    return uids;
}

const QString templateTasks = QStringLiteral("SELECT k.uid FROM rating_task k JOIN rating_aspect a ON a.id = "
                                             "k.aspect_id JOIN rating_template t ON t.id = "
                                             "a.template_id WHERE t.year = 2026");

} // namespace

TEST_CASE("The street sends its template and plan down; the community's ratings come back onto it",
          "[package][cli]")
{
    CommunityAndStreet both;
    // The other way round: the street sends to the community, which trusts the street's key.
    const QStringList communityKeys = publicKeys(both.community.path());
    const QStringList streetKeys = publicKeys(both.street.path());
    REQUIRE(cli("package", "recipient", "--name", "和平社区", "--key", communityKeys[1], "--db",
                both.street.path())
                .exitCode == 0);
    REQUIRE(
        cli("package", "trust", "--name", "东风街道", "--key", streetKeys[0], "--db", both.community.path())
            .exitCode == 0);
    REQUIRE(both.street.workspace().ratingService().startYear(2026).ok());
    QSqlQuery q(both.street.db());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO monthly_plan (month, theme, day) VALUES ('2026-12', "
                                  "'学习全会精神', 15)")));
    const int communityPlans = count(both.community.db(), "monthly_plan");

    const QString plan = both.dir.filePath(QStringLiteral("plan.pdpkg"));
    Run run = cli("package", "export-plan", "--year", "2026", "--out", plan, "--to", "和平社区", "--db",
                  both.street.path());
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    // The street now has two recipients: its own street for nothing, the community by name.
    run = cli("package", "import", plan, "--db", both.community.path());
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(uidsOf(both.community.db(), templateTasks) == uidsOf(both.street.db(), templateTasks));
    CHECK_FALSE(uidsOf(both.community.db(), templateTasks).isEmpty());
    CHECK(
        scalar(both.community.db(), QStringLiteral("SELECT theme FROM monthly_plan WHERE month = '2026-12'"))
            .toString() == QStringLiteral("学习全会精神"));
    CHECK(count(both.community.db(), "monthly_plan") >= communityPlans);
    // Twice: nothing to do.
    run = cli("package", "import", plan, "--db", both.community.path());
    CHECK(run.exitCode == 0);

    // The community scores its branches against it.
    RatingRepository& ratings = both.community.workspace().ratings();
    const WriteResult session = ratings.ensureSession(2026, QDate(2026, 11, 15));
    REQUIRE(session.ok());
    const std::optional<RatingYear> lastYear = ratings.loadYear(2025);
    REQUIRE(lastYear);
    REQUIRE(ratings.setSessionOrganisations(session.id, lastYear->orgIds).ok());
    const RatingTemplate t = *ratings.templateForYear(2026);
    QList<ScoreSheet> sheets;
    for (int i = 0; i < lastYear->orgIds.size(); ++i) {
        ScoreSheet sheet;
        sheet.orgId = lastYear->orgIds[i];
        for (const RatingAspect& aspect : t.aspects)
            for (const RatingTask& task : aspect.tasks)
                sheet.tasks.insert(
                    task.id, {std::nullopt,
                              Score::fromHundredths(task.maxPoints.hundredths() * (60 + 8 * i % 40) / 100),
                              {}});
        sheets << sheet;
    }
    REQUIRE(ratings.saveSheets(session.id, sheets).ok());

    run = both.import(both.exported(QStringLiteral("rated")));
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    const QMap<QString, std::pair<qint64, int>> atHome = results(both.community, 2026);
    REQUIRE(atHome.size() == lastYear->orgIds.size());
    CHECK(results(both.street, 2026) == atHome);
    CHECK(count(both.street.db(), "rating_score") ==
          count(both.community.db(), "rating_score r JOIN rating_session s ON s.id = r.session_id JOIN "
                                     "rating_template t ON t.id = s.template_id WHERE t.year = 2026"));

    // A template the community has scored against is never overwritten by a later one.
    REQUIRE(q.exec(QStringLiteral("UPDATE rating_task SET guide = 'changed' WHERE id = (SELECT min(id) FROM "
                                  "rating_task)")));
    QThread::msleep(3);
    run = cli("package", "export-plan", "--year", "2026", "--out", plan, "--to", "和平社区", "--db",
              both.street.path());
    REQUIRE(run.exitCode == 0);
    run = cli("package", "import", plan, "--db", both.community.path());
    INFO(run.output.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(scalar(both.community.db(),
                 QStringLiteral("SELECT count(*) FROM rating_task WHERE guide = 'changed'"))
              .toInt() == 0);
}

namespace {

QString dir2025(CommunityAndStreet& both)
{
    const QString file = both.dir.filePath(QStringLiteral("2025.pdpkg"));
    const Run run = cli("package", "export", "--year", "2025", "--out", file, "--db", both.community.path());
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    return file;
}

} // namespace

TEST_CASE("Ratings scored against another template are not imported, the rest is", "[package][cli]")
{
    CommunityAndStreet both;
    // The street made its own template for 2025: other uids than the community's.
    REQUIRE(both.street.workspace().ratingService().startYear(2025).ok());
    const QString file = dir2025(both);
    Run run = both.import(file);
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(count(both.street.db(), "member") == count(both.community.db(), "member"));
    CHECK(count(both.street.db(), "rating_score") == 0);
    CHECK(count(both.street.db(), "rating_session_org") == 0);
}
