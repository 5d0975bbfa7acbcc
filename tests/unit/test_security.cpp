#include "security/OutputPolicy.h"
#include "security/PasswordHash.h"
#include "security/SignInDelay.h"
#include "SecurityTestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("Passwords are stored as Argon2id hashes that only the right password matches", "[security]")
{
    const QByteArray hash = PasswordHash::hash(QStringLiteral("正确的密码 2026"));
    CHECK(hash.startsWith("$argon2id$"));
    CHECK_FALSE(hash.contains("2026"));
    CHECK(PasswordHash::verify(hash, QStringLiteral("正确的密码 2026")));
    CHECK_FALSE(PasswordHash::verify(hash, QStringLiteral("正确的密码 2025")));
    CHECK_FALSE(PasswordHash::verify(hash, QString()));
    CHECK_FALSE(PasswordHash::verify(QByteArray(), QStringLiteral("正确的密码 2026")));
    // Salted: the same password never gives the same text twice.
    CHECK(PasswordHash::hash(QStringLiteral("正确的密码 2026")) != hash);
}

TEST_CASE("The wait after wrong passwords grows with each one and is capped", "[security]")
{
    CHECK(SignInDelay::secondsAfter(0) == 0);
    CHECK(SignInDelay::secondsAfter(2) == 0);
    int previous = 0;
    for (int failures = 3; failures <= 9; ++failures) {
        INFO(failures << " failures");
        CHECK(SignInDelay::secondsAfter(failures) > previous);
        previous = SignInDelay::secondsAfter(failures);
    }
    CHECK(SignInDelay::secondsAfter(50) == SignInDelay::maximumSeconds);
}

TEST_CASE("Wrong passwords make the next try wait, even with the right password, and a restart keeps "
          "the wait",
          "[security]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    addStaff(ws);
    QDateTime now(QDate(2026, 11, 15), QTime(9, 0));
    const auto clock = [&now] { return now; };
    SecurityService security(temp.db(), ws.session(), ws.audit(), ws.writeGate(), clock);
    const QString officer = QString::fromUtf8(Staff::officer);

    CHECK_FALSE(security.signIn(officer, QStringLiteral("guess-one")).ok);
    CHECK_FALSE(security.signIn(officer, QStringLiteral("guess-two")).ok);
    CHECK(security.secondsToWait(officer) == 0);
    const SignInResult third = security.signIn(officer, QStringLiteral("guess-three"));
    CHECK_FALSE(third.ok);
    CHECK(third.waitSeconds == 5);

    // While waiting, not even the right password is tried.
    const SignInResult early = security.signIn(officer, Staff::password(Staff::officer));
    CHECK_FALSE(early.ok);
    CHECK(early.waitSeconds > 0);

    now = now.addSecs(5);
    const SignInResult fourth = security.signIn(officer, QStringLiteral("guess-four"));
    CHECK(fourth.waitSeconds == 10);

    // Another program on the same file (a restart) still has to wait.
    SecurityService restarted(temp.db(), ws.session(), ws.audit(), ws.writeGate(), clock);
    CHECK(restarted.secondsToWait(officer) == 10);
    now = now.addSecs(10);
    CHECK(restarted.secondsToWait(officer) == 0);
    const SignInResult right = restarted.signIn(officer, Staff::password(Staff::officer));
    CHECK(right.ok);
    CHECK(ws.session().user().role == Role::Officer);
    // Success starts the count again.
    CHECK_FALSE(restarted.signIn(officer, QStringLiteral("slip")).ok);
    CHECK(restarted.secondsToWait(officer) == 0);

    CHECK(ws.audit().count(QStringLiteral("sign_in.failed")) == 5);
    CHECK(ws.audit().entries({officer, QStringLiteral("sign_in.failed"), {}, {}, 0}).size() == 5);
}

TEST_CASE("A viewer cannot save or take a member off the roster; an officer can, but not an organisation",
          "[security]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addStreetWithBranch(ws);
    addStaff(ws);

    signInAs(ws, Staff::viewer);
    const ServiceResult refused = ws.memberService().save(longStandingMember(branch));
    CHECK(refused.kind == ServiceResult::Kind::Refused);
    CHECK(refused.message.contains(QString::fromUtf8(Staff::viewer)));
    CHECK(ws.members().roster().empty());

    signInAs(ws, Staff::officer);
    const ServiceResult saved = ws.memberService().save(longStandingMember(branch));
    REQUIRE(saved.ok());
    Organisation renamed = ws.organisations().get(branch);
    renamed.name = QStringLiteral("改名支部");
    CHECK(ws.organisationService().saveOrganisation(renamed).kind == ServiceResult::Kind::Refused);
    CHECK(ws.organisations().get(branch).name == QStringLiteral("测试支部"));

    signInAs(ws, Staff::viewer);
    CHECK(ws.memberService()
              .recordLeaving(saved.id, QDate(2026, 11, 1), LeaveKind::TransferOut, QString())
              .kind == ServiceResult::Kind::Refused);
    CHECK_FALSE(ws.members().get(saved.id).hasLeft());

    // Signed out, a workspace with sign-in refuses every write.
    ws.security().signOut();
    CHECK(ws.memberService().save(longStandingMember(branch)).kind == ServiceResult::Kind::Refused);
}

TEST_CASE("An officer exports masked but never full ID numbers; a viewer only prints masked", "[security]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    addStaff(ws);
    using Kind = OutputPolicy::Kind;

    signInAs(ws, Staff::officer);
    CHECK(OutputPolicy::refusal(ws.session(), Kind::Export, false).isEmpty());
    CHECK_FALSE(OutputPolicy::refusal(ws.session(), Kind::Export, true).isEmpty());
    CHECK_FALSE(OutputPolicy::refusal(ws.session(), Kind::Print, true).isEmpty());

    signInAs(ws, Staff::viewer);
    CHECK(OutputPolicy::refusal(ws.session(), Kind::Print, false).isEmpty());
    CHECK_FALSE(OutputPolicy::refusal(ws.session(), Kind::Export, false).isEmpty());

    signInAs(ws, Staff::admin);
    CHECK(OutputPolicy::refusal(ws.session(), Kind::Export, true).isEmpty());
}

TEST_CASE("The command line signs in from the environment and refuses what the role may not do", "[security]")
{
    TempWorkspace temp(true);
    addStaff(temp.workspace());
    const QString out = temp.filePath(QStringLiteral("roster.xlsx"));
    const QStringList fullExport{
        QStringLiteral("export"),    QStringLiteral("roster"), QStringLiteral("--format"),
        QStringLiteral("xlsx"),      QStringLiteral("--out"),  out,
        QStringLiteral("--full-id"), QStringLiteral("--db"),   temp.path()};
    qunsetenv("PARTYDESK_USER");
    const Run nobody = runPartydesk(fullExport);
    CHECK(nobody.exitCode != 0);
    CHECK(nobody.output.contains(QStringLiteral("PARTYDESK_USER")));

    qputenv("PARTYDESK_USER", QString::fromUtf8(Staff::officer).toUtf8());
    qputenv("PARTYDESK_PASSWORD", Staff::password(Staff::officer).toUtf8());
    const Run officer = runPartydesk(fullExport);
    CHECK(officer.exitCode == 1);
    CHECK_FALSE(QFile::exists(out));

    qputenv("PARTYDESK_USER", QString::fromUtf8(Staff::admin).toUtf8());
    qputenv("PARTYDESK_PASSWORD", Staff::password(Staff::admin).toUtf8());
    const Run admin = runPartydesk(fullExport);
    INFO(admin.output.toStdString());
    CHECK(admin.exitCode == 0);
    CHECK(QFile::exists(out));
    qunsetenv("PARTYDESK_USER");
    qunsetenv("PARTYDESK_PASSWORD");

    const QList<AuditEntry> exports =
        temp.workspace().audit().entries({{}, QStringLiteral("export_full_id_numbers"), {}, {}, 0});
    REQUIRE(exports.size() == 1);
    CHECK(exports.first().userName == QString::fromUtf8(Staff::admin));
    CHECK(exports.first().detail.contains(QStringLiteral("full ID numbers")));
}

TEST_CASE("The last active secretary / administrator can be neither demoted nor disabled", "[security]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    addStaff(ws);
    SecurityService& security = ws.security();
    const auto idOf = [&](const char* name) {
        for (const UserAccount& user : security.users())
            if (user.name == QString::fromUtf8(name))
                return user.id;
        return qint64(0);
    };
    const qint64 admin = idOf(Staff::admin);
    CHECK(security.changeRole(admin, Role::Officer).kind == ServiceResult::Kind::Refused);
    CHECK(security.setActive(admin, false).kind == ServiceResult::Kind::Refused);

    // With a second admin, the first may step down.
    REQUIRE(security.changeRole(idOf(Staff::officer), Role::Admin).ok());
    CHECK(security.setActive(admin, false).ok());
    CHECK(security.changeRole(idOf(Staff::officer), Role::Viewer).kind == ServiceResult::Kind::Refused);

    // Only admins manage users.
    signInAs(ws, Staff::viewer);
    CHECK(security.addUser(QStringLiteral("新人"), QStringLiteral("long-enough"), Role::Viewer).kind ==
          ServiceResult::Kind::Refused);
    CHECK(security.setSignInRequired(false).kind == ServiceResult::Kind::Refused);
}

TEST_CASE("A workspace without sign-in keeps working as before; an admin can turn sign-in on and off",
          "[security]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    CHECK_FALSE(ws.session().signInRequired());
    const qint64 branch = addStreetWithBranch(ws);
    CHECK(ws.memberService().save(longStandingMember(branch)).ok());
    // No admin yet: sign-in cannot be required.
    CHECK(ws.security().setSignInRequired(true).kind == ServiceResult::Kind::Refused);
    REQUIRE(
        ws.security().addUser(QStringLiteral("管理员"), QStringLiteral("admin-password"), Role::Admin).ok());
    REQUIRE(ws.security().setSignInRequired(true).ok());
    CHECK(SecurityService::readSetting(temp.db()) == SignInSetting::On);
    CHECK(ws.memberService().save(longStandingMember(branch)).kind == ServiceResult::Kind::Refused);
    REQUIRE(ws.security().signIn(QStringLiteral("管理员"), QStringLiteral("admin-password")).ok);
    REQUIRE(ws.security().setSignInRequired(false).ok());
    ws.security().signOut();
    CHECK(ws.security().setLockMinutes(5).ok());
    CHECK(ws.security().lockMinutes() == 5);
}

TEST_CASE("An officer records meetings, a viewer cannot; neither changes the star rating", "[security]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addStreetWithBranch(ws);
    addStaff(ws);
    Meeting meeting;
    meeting.orgId = branch;
    meeting.kind = MeetingKind::ThemeDay;
    meeting.heldOn = QDate(2026, 11, 15);
    meeting.theme = QStringLiteral("重温入党誓词");

    signInAs(ws, Staff::viewer);
    CHECK_FALSE(ws.meetings().saveMeeting(meeting).ok());
    CHECK(meeting.id == 0);

    signInAs(ws, Staff::officer);
    REQUIRE(ws.meetings().saveMeeting(meeting).ok());
    const QList<AuditEntry> added = ws.audit().entries({{}, QStringLiteral("meeting.add"), {}, {}, 0});
    REQUIRE(added.size() == 1);
    CHECK(added.first().userName == QString::fromUtf8(Staff::officer));
    CHECK(added.first().detail.contains(QStringLiteral("重温入党誓词")));
    CHECK(ws.ratingService().startYear(2026).kind == ServiceResult::Kind::Refused);

    signInAs(ws, Staff::admin);
    CHECK(ws.ratingService().startYear(2026).ok());
    CHECK(ws.meetings().deleteMeeting(meeting.id).ok());
    CHECK(ws.audit().count(QStringLiteral("meeting.delete")) == 1);
}
