#include "security/AuditReport.h"
// The audit page shows each stored entry in words: labels for field codes, names for codes.
#include "domain/Enums.h"
#include "security/AuditText.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <catch2/catch.hpp>

using namespace partydesk;

TEST_CASE("Audit details are shown with field labels and value names, and unknown text as stored", "[audit]")
{
    CHECK(readableAuditDetail(QStringLiteral("roster: 400 rows, masked → /tmp/r.xlsx")) ==
          QStringLiteral("roster: 400 rows, ID numbers masked → /tmp/r.xlsx"));
    CHECK(readableAuditDetail(QStringLiteral("monthly report 2026-10: 12 rows, full ID numbers")) ==
          QStringLiteral("monthly report 2026-10: 12 rows, full ID numbers"));

    const QString change = readableAuditDetail(
        QStringLiteral("member 12 张三: phone: 13900000000 → 13800000000; status: probationary → full"));
    CHECK(change.startsWith(QStringLiteral("member 12 张三: ")));
    CHECK(change.contains(QStringLiteral("Phone: 13900000000 → 13800000000")));
    CHECK(change.contains(enumLabel(MemberStatus::Full)));
    CHECK(change.contains(enumLabel(MemberStatus::Probationary)));
    CHECK_FALSE(change.contains(QStringLiteral("status:")));

    // A field this version does not know: the whole entry as it was recorded.
    const QString unknown = QStringLiteral("member 3 李四: shoe_size: 40 → 41");
    CHECK(readableAuditDetail(unknown) == unknown);
    CHECK(readableAuditDetail(QStringLiteral("2025 (2025-12-20): a correction")) ==
          QStringLiteral("2025 (2025-12-20): a correction"));
}

TEST_CASE("A saved member's audit entry reads with the form's labels", "[audit]")
{
    test::TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const RosterRow first = ws.members().roster().front();
    Member member = ws.members().get(first.id);
    member.phone = QStringLiteral("13912345678");
    REQUIRE(ws.memberService().save(member).ok());
    const QList<AuditEntry> entries = ws.audit().entries();
    REQUIRE_FALSE(entries.isEmpty());
    const QString shown = readableAuditDetail(entries.first().detail);
    INFO(entries.first().detail.toStdString());
    CHECK(shown.contains(QStringLiteral("Phone: ")));
    CHECK(shown.contains(QStringLiteral("13912345678")));
    CHECK_FALSE(shown.contains(QStringLiteral("phone:")));
}

TEST_CASE("The audit trail names the development, transfer, dues and appraisal actions in words", "[audit]")
{
    // The codes their services record (core/development, core/transfers, core/dues, core/appraisal).
    for (const char* code :
         {"development.update", "development.advance", "development.plan", "transfer.out", "transfer.in",
          "transfer.within", "transfer.receipt", "transfer.cancel", "dues.base", "dues.payment",
          "dues.rate_table", "appraisal.open", "appraisal.session", "appraisal.grade", "appraisal.finish",
          "appraisal.reopen", "appraisal.cap"}) {
        INFO(code);
        CHECK(auditActionName(QString::fromLatin1(code)) != QString::fromLatin1(code));
    }
}

TEST_CASE("The audit trail names the in-service members' actions in words", "[audit][inservice]")
{
    // The codes InServiceService records (core/cogovernance/InServiceService.cpp).
    for (const char* code : {"inservice.post_add", "inservice.post_update", "inservice.post_close",
                             "inservice.claim", "inservice.release", "inservice.record_add",
                             "inservice.record_update", "inservice.record_delete"}) {
        INFO(code);
        CHECK(auditActionName(QString::fromLatin1(code)) != QString::fromLatin1(code));
    }
}

TEST_CASE("The audit trail names the joint meeting actions in words", "[audit][jointmeetings]")
{
    // The codes JointMeetingService records (core/cogovernance/JointMeetingService.cpp).
    for (const char* code : {"jointmeeting.add", "jointmeeting.update", "jointmeeting.delete",
                             "jointdecision.follow_up", "chairrota.generate", "chairrota.month",
                             "unitactivity.add", "unitactivity.update", "unitactivity.delete"}) {
        INFO(code);
        CHECK(auditActionName(QString::fromLatin1(code)) != QString::fromLatin1(code));
    }
}

TEST_CASE("The audit trail names the co-building list actions in words", "[audit][cobuilding]")
{
    // The codes CoBuildingService records (core/cogovernance/CoBuildingService.cpp).
    for (const char* code : {"unit_person.save", "unit_person.delete", "cogov_need.save",
                             "cogov_resource.save", "cogov_project.save"}) {
        INFO(code);
        CHECK(auditActionName(QString::fromLatin1(code)) != QString::fromLatin1(code));
    }
}

TEST_CASE("The audit trail names the service fund's actions in words", "[audit][fund]")
{
    // The codes FundService records (core/cogovernance/FundService.cpp).
    for (const char* code :
         {"fund.budget", "fund.project_add", "fund.project_update", "fund.project_delete",
          "fund.spending_add", "fund.spending_update", "fund.spending_delete", "fund.evaluation"}) {
        INFO(code);
        CHECK(auditActionName(QString::fromLatin1(code)) != QString::fromLatin1(code));
    }
}

TEST_CASE("The audit trail names the micro-wish actions in words", "[audit][wishes]")
{
    // The codes WishService records (core/cogovernance/WishService.cpp).
    for (const char* code : {"wish.add", "wish.update", "wish.publish", "wish.claim", "wish.fulfil",
                             "wish.withdraw", "wish.step_back", "wish.photo_add", "wish.photo_delete"}) {
        INFO(code);
        CHECK(auditActionName(QString::fromLatin1(code)) != QString::fromLatin1(code));
    }
}
