// The documents a secretary hands to the street office stay within their pages: the monthly report
// (one or two A4 pages per branch), the joint meeting's record (one page), the service fund's report
// (three at most), the in-service feedback letter (a page per unit) and a co-building unit's yearly
// sheet (one page). Built from the demo community, printed in Chinese and read back with pdfinfo and
// pdftotext.

#include "cogovernance/CoBuildingQueries.h"
#include "cogovernance/CoBuildingUnitYear.h"
#include "cogovernance/CommitteeScope.h"
#include "cogovernance/FundReport.h"
#include "cogovernance/FundService.h"
#include "cogovernance/InServiceLetter.h"
#include "cogovernance/JointMeetingReports.h"
#include "cogovernance/JointMeetingRepository.h"
#include "domain/OrganisationTree.h"
#include "ExternalReaders.h"
#include "meetings/MonthlyReport.h"
#include "meetings/MonthlyReportTables.h"
#include "PrintedInChinese.h"
#include "reports/ReportRenderer.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// A photo as the meeting form keeps it, landscape or portrait: JPEG, 1600 pixels on the long side.
QByteArray jpeg(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

MeetingPhoto photo(qint64 meeting, int index, bool portrait)
{
    QImage image(portrait ? QSize(1200, 1600) : QSize(1600, 1200), QImage::Format_RGB32);
    image.fill(QColor::fromHsv((index * 47) % 360, 160, 200));
    QPainter painter(&image);
    painter.setPen(QPen(Qt::black, 20));
    painter.drawEllipse(image.rect().adjusted(200, 200, -200, -200));
    painter.end();
    return {0, meeting, QStringLiteral("集体学习%1").arg(index + 1), jpeg(image),
            jpeg(image.scaledToWidth(200, Qt::SmoothTransformation))};
}

// The demo's branch with the most members expected at its theme day of `month`, and that meeting.
std::pair<qint64, qint64> largestThemeDay(Workspace& ws, QDate month)
{
    qint64 branch = 0, meeting = 0;
    qsizetype most = -1;
    for (const Meeting& m : ws.meetings().meetings(std::nullopt, month, month.addMonths(1).addDays(-1)))
        if (m.kind == MeetingKind::ThemeDay) {
            const qsizetype expected = ws.meetings().attendanceSheet(m.id).size();
            if (expected > most) {
                most = expected;
                branch = m.orgId;
                meeting = m.id;
            }
        }
    return {branch, meeting};
}

qint64 demoCommittee(TempWorkspace& temp)
{
    const qint64 big = temp.firstOrganisation(OrgType::BigCommittee);
    return big ? big : temp.firstOrganisation(OrgType::CommunityCommittee);
}

} // namespace

TEST_CASE("A branch's monthly report takes at most two A4 pages, with 40 members and its photos",
          "[export][pdf][pages]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const QDate month(2026, 11, 1);
    const auto [branch, themeDay] = largestThemeDay(ws, month);
    REQUIRE(themeDay > 0);
    REQUIRE(ws.meetings().attendanceSheet(themeDay).size() >= 40);
    for (int i = 0; i < 8; ++i)
        REQUIRE(ws.meetings().addPhoto(photo(themeDay, i, i % 3 == 2)).id > 0);

    InChinese chinese;
    QTemporaryDir dir;
    const QString one = printedPdf(dir, monthlyReportTables(ws, branch, month), QStringLiteral("branch"));
    CHECK(pdfPageCount(one) <= 2);
    const QString text = pdfText(one);
    const Meeting meeting = *ws.meetings().meeting(themeDay);
    CHECK(text.contains(meeting.theme.left(8)));
    for (const QString& label :
         {QStringLiteral("填报单位（盖章）"), QStringLiteral("填报人"), QStringLiteral("审核人"),
          QStringLiteral("出席率"), QStringLiteral("政治生日")})
        CHECK(text.contains(label));
    CHECK(text.contains(QStringLiteral("共 8 张")));
    // Present members are named; those away or absent are listed with their reasons.
    for (const AttendanceLine& line : ws.meetings().attendanceSheet(themeDay)) {
        CHECK(text.contains(line.member.name));
        if (!line.record.reason.isEmpty())
            CHECK(text.contains(line.record.reason));
    }

    // The community: the summary first, then each branch on pages of its own, two at most.
    const QList<MonthlyBranchReport> branches =
        monthlyReports(ws.meetings(), ws.organisations().all(), 0, month);
    REQUIRE(branches.size() > 5);
    for (const MonthlyBranchReport& report : branches) {
        const QString path = printedPdf(dir, monthlyReportTables(ws, report.orgId, month),
                                        QStringLiteral("branch%1").arg(report.orgId));
        INFO(report.branchName.toStdString());
        CHECK(pdfPageCount(path) <= 2);
    }
    const QString all = printedPdf(dir, monthlyReportTables(ws, 0, month), QStringLiteral("community"));
    CHECK(pdfPageCount(all) <= 1 + 2 * int(branches.size()));
    CHECK(pdfText(all, 1).contains(QStringLiteral("合计")));
}

TEST_CASE("A joint meeting's record is one page: facts, decisions and the signatures", "[export][pdf][pages]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const qint64 committee = demoCommittee(temp);
    JointMeetingRepository meetings(ws.database());
    const QList<JointMeetingRow> list = meetings.meetings({committee}, 2026, QDate(2026, 11, 15));
    REQUIRE(!list.isEmpty());
    QHash<qint64, QString> names;
    for (const CoBuildingUnit& unit : ws.organisations().coBuildingUnits(committee))
        names.insert(unit.id, unit.name);
    InChinese chinese;
    QTemporaryDir dir;
    for (const JointMeetingRow& listed : list) {
        const JointMeeting m = *meetings.meeting(listed.id);
        const QString pdf = printedPdf(dir, meetingRecordReports(m, QStringLiteral("和平社区大党委"), names),
                                       QStringLiteral("record%1").arg(m.id));
        CHECK(pdfPageCount(pdf) == 1);
        const QString text = pdfText(pdf);
        CHECK(text.contains(QStringLiteral("议定事项")));
        CHECK(text.contains(QStringLiteral("记录人")));
        for (qint64 unit : m.unitIds)
            CHECK(text.contains(names.value(unit)));
        for (const JointDecision& d : m.decisions)
            CHECK(text.contains(d.text.left(6)));
    }
}

TEST_CASE("The service fund's year report takes three pages at most", "[export][pdf][pages]")
{
    TempWorkspace temp(true);
    const qint64 committee = demoCommittee(temp);
    FundService fund(temp.workspace());
    InChinese chinese;
    QTemporaryDir dir;
    const QString pdf = printedPdf(
        dir, fundYearReport(fund, committee, 2026, QStringLiteral("和平社区大党委")), QStringLiteral("fund"));
    CHECK(pdfPageCount(pdf) <= 3);
    const QString text = pdfText(pdf);
    for (const QString& label :
         {QStringLiteral("执行率"), QStringLiteral("按类别使用情况"), QStringLiteral("绩效考评"),
          QStringLiteral("支出明细"), QStringLiteral("填报单位（盖章）"), QStringLiteral("经办人")})
        CHECK(text.contains(label));
}

TEST_CASE("The in-service feedback letter is one page per unit", "[export][pdf][pages]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const QList<Organisation> orgs = ws.organisations().all();
    const QHash<qint64, QString> names = organisationDisplayNames(orgs);
    const QList<InServiceMemberRow> rows = inServiceMembers(ws.database(), nullptr, 2026);
    QHash<qint64, QString> signer;
    for (const InServiceMemberRow& r : rows)
        signer.insert(r.orgId, names.value(committeeOf(orgs, r.orgId)));
    InChinese chinese;
    const QList<TableReport> letters = feedbackLetters(rows, signer, 2026, QDate(2026, 11, 15));
    REQUIRE(letters.size() >= 2);
    QTemporaryDir dir;
    const QString pdf = printedPdf(dir, letters, QStringLiteral("letters"));
    CHECK(pdfPageCount(pdf) == letters.size());
    const QString first = pdfText(pdf, 1);
    CHECK(first.contains(QStringLiteral("（盖章）")));
    CHECK(first.contains(QStringLiteral("合计")));
}

TEST_CASE("A co-building unit's yearly sheet is one page", "[export][pdf][pages]")
{
    TempWorkspace temp(true);
    const qint64 committee = demoCommittee(temp);
    QList<TableReport> sheets;
    InChinese chinese;
    for (const UnitSummary& unit : coBuildingUnits(temp.db(), {committee}))
        sheets << unitYearSheet(unitYear(temp.db(), unit.unit.id, 2026));
    REQUIRE(sheets.size() >= 3);
    QTemporaryDir dir;
    const QString pdf = printedPdf(dir, sheets, QStringLiteral("units"));
    CHECK(pdfPageCount(pdf) == sheets.size());
    const QString text = pdfText(pdf, 1);
    CHECK(text.contains(QStringLiteral("考评意见")));
    CHECK(text.contains(QStringLiteral("（盖章）")));
}
