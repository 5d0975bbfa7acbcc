// The 发展党员 page: a clerk selects a candidate, ticks the documents, types the missing sponsor
// and moves the candidate on by clicking; the lists pass Qt's model tester.
#include "development/AdvanceDialog.h"
#include "development/DevelopmentDetail.h"
#include "development/DevelopmentPage.h"
#include "development/PipelineModel.h"
#include "development/ProbationModel.h"
#include "domain/IdNumber.h"
#include "ExternalReaders.h"
#include "GuiTestSupport.h"
#include "models/OrganisationTreeModel.h"
#include "report/XlsxReportWriter.h"
#include "TestSupport.h"
#include "unit/SecurityTestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

namespace {

Member person(qint64 branch, const QString& name, QDate birth, int serial, MemberStatus status)
{
    Member m;
    m.name = name;
    m.sex = Sex::Male;
    m.ethnicity = QStringLiteral("汉族");
    m.birthDate = birth;
    QString id = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                 QStringLiteral("%1").arg(serial * 10 + 1, 3, 10, QLatin1Char('0'));
    m.idNumber = id + IdNumber::checkCharacter(id);
    m.orgId = branch;
    m.status = status;
    m.appliedOn = QDate(2023, 2, 1);
    if (status >= MemberStatus::Activist)
        m.activistOn = QDate(2023, 4, 1);
    if (status >= MemberStatus::Candidate)
        m.candidateOn = QDate(2024, 5, 1);
    if (status >= MemberStatus::Probationary)
        m.joinedOn = QDate(2025, 9, 1);
    return m;
}

void clickCell(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

TEST_CASE("A clerk selects a candidate, ticks the documents and moves the candidate on by clicking",
          "[gui][development]")
{
    TempWorkspace temp; // today: 2026-11-15
    Workspace& ws = temp.workspace();
    const qint64 branch = addStreetWithBranch(ws);
    const qint64 street = ws.organisations().get(branch).parentId;
    const ServiceResult candidate = ws.memberService().save(
        person(branch, QStringLiteral("陈晓"), QDate(1995, 4, 2), 1, MemberStatus::Candidate));
    REQUIRE(candidate.ok());
    Member applicant = person(branch, QStringLiteral("林立"), QDate(1999, 1, 1), 2, MemberStatus::Applicant);
    applicant.appliedOn = QDate(2026, 9, 1); // the talk was due on 2026-10-01
    const ServiceResult applied = ws.memberService().save(applicant);
    REQUIRE(applied.ok());
    const ServiceResult probationary = ws.memberService().save(
        person(branch, QStringLiteral("周正"), QDate(1990, 3, 3), 3, MemberStatus::Probationary));
    REQUIRE(probationary.ok());
    DevelopmentService service = developmentService(ws);
    DevelopmentRecord prepared;
    prepared.memberId = candidate.id;
    prepared.reviewedOn = QDate(2025, 8, 1);
    prepared.trainedOn = QDate(2025, 9, 1);
    prepared.trainingHours = 24;
    prepared.sponsorOne = QStringLiteral("王芳");
    REQUIRE(service.saveRecord(prepared).ok());
    DevelopmentRecord letter;
    letter.memberId = applied.id;
    letter.documents.append({DevelopmentDocument::Application, QDate(2026, 9, 1), {}});
    REQUIRE(service.saveRecord(letter).ok());

    OrganisationTreeModel tree;
    tree.setOrganisations(ws.organisations().all());
    DevelopmentPage page(ws, tree);
    QAbstractItemModelTester pipelineTester(page.pipeline(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester probationTester(page.probations(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setOrganisation(street);
    page.resize(1400, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    // Three people; the applicant's talk is overdue: red, with a tooltip saying since when.
    REQUIRE(page.pipeline()->rowCount() == 3);
    bool redApplicant = false;
    for (int row = 0; row < page.pipeline()->rowCount(); ++row) {
        const QModelIndex index = page.pipeline()->index(row, PipelineModel::NameColumn);
        if (index.data().toString() == QStringLiteral("林立")) {
            redApplicant = index.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xc0, 0, 0);
            CHECK(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2026-10-01")));
            CHECK(page.pipeline()->index(row, PipelineModel::DueColumn).data().toString() ==
                  QStringLiteral("2026-10-01"));
        }
    }
    CHECK(redApplicant);
    // The probation, admitted 2025-09-01, ended 2026-09-01: overdue in the probation list.
    REQUIRE(page.probations()->rowCount() == 1);
    CHECK(page.probations()
              ->index(0, ProbationModel::DaysColumn)
              .data()
              .toString()
              .contains(QStringLiteral("75")));

    // Select the candidate by clicking the row.
    auto* view = child<QTableView>(&page, "pipelineView");
    clickCell(view, page.pipeline()->index(page.pipeline()->rowOf(candidate.id), PipelineModel::NameColumn));
    REQUIRE(page.detail()->person().id == candidate.id);

    // Tick the three documents of the candidate's stage (space on each check box).
    auto* documents = child<QTableWidget>(&page, "documentsView");
    int ticked = 0;
    for (int row = 0; row < documents->rowCount(); ++row) {
        const QString name = documents->item(row, 0)->text();
        if (name == documentLabel(DevelopmentDocument::PoliticalReview) ||
            name == documentLabel(DevelopmentDocument::TrainingCertificate) ||
            name == documentLabel(DevelopmentDocument::MembershipForm)) {
            clickCell(documents, documents->model()->index(row, 0));
            QTest::keyClick(documents, Qt::Key_Space);
            CHECK(documents->item(row, 1)->text() == QStringLiteral("2026-11-15"));
            ++ticked;
        }
    }
    REQUIRE(ticked == 3);

    // The second sponsor is missing, and the documents are dated after the day typed: the dialog
    // refuses, naming them, and stays open.
    QString refusal;
    onModalDialog([&](QWidget* dialog) {
        typeInto(dialog, "advanceDateField", QStringLiteral("2026-11-10"));
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        refusal = static_cast<AdvanceDialog*>(dialog)->refusal();
        static_cast<QDialog*>(dialog)->reject();
    });
    QTest::mouseClick(child<QPushButton>(&page, "advanceButton"), Qt::LeftButton);
    CHECK(refusal.contains(QStringLiteral("second sponsor")));
    CHECK(refusal.contains(QStringLiteral("Political review materials is dated 2026-11-15, after the step")));
    CHECK(ws.members().get(candidate.id).status == MemberStatus::Candidate);

    // Typed in, and moved on.
    typeInto(&page, "sponsorTwoEdit", QStringLiteral("赵强"));
    onModalDialog([&](QWidget* dialog) {
        typeInto(dialog, "advanceDateField", QStringLiteral("2026-11-15"));
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (dialog->isVisible()) { // refused: let the test fail with the reason
            refusal = static_cast<AdvanceDialog*>(dialog)->refusal();
            static_cast<QDialog*>(dialog)->reject();
        }
    });
    QTest::mouseClick(child<QPushButton>(&page, "advanceButton"), Qt::LeftButton);
    INFO(refusal.toStdString());
    const Member admitted = ws.members().get(candidate.id);
    CHECK(admitted.status == MemberStatus::Probationary);
    CHECK(admitted.joinedOn == QDate(2026, 11, 15));
    const DevelopmentRecord saved = service.repository().record(candidate.id);
    CHECK(saved.sponsorTwo == QStringLiteral("赵强"));
    CHECK(saved.received(DevelopmentDocument::MembershipForm) == QList<QDate>{QDate(2026, 11, 15)});
    // Still in the list, now probationary, and still selected.
    CHECK(page.detail()->person().status == MemberStatus::Probationary);
}

TEST_CASE("The development lists exported to Excel read back in LibreOffice with the overdue marked",
          "[gui][development][export]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    OrganisationTreeModel tree;
    tree.setOrganisations(ws.organisations().all());
    DevelopmentPage page(ws, tree);
    page.setOrganisation(temp.firstOrganisation(OrgType::BigCommittee));
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const QList<TableReport> reports = page.reports();
    REQUIRE(reports.size() == 2);
    CHECK(reports[0].rowCount == page.pipeline()->rowCount());
    CHECK(reports[0].subtitle.contains(QStringLiteral("12"))); // the plan's 12 people

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("development.xlsx"));
    REQUIRE(writeXlsx(reports, path).isEmpty());
    const QMap<QString, Sheet> sheets = readWithLibreOffice(path);
    REQUIRE(sheets.contains(QStringLiteral("Development")));
    REQUIRE(sheets.contains(QStringLiteral("Probation")));
    // The overdue people in the list are the ones marked in the file, with their due dates.
    int overdueRows = 0;
    for (int row = 0; row < page.pipeline()->rowCount(); ++row) {
        if (!page.pipeline()->index(row, 0).data(PipelineModel::OverdueRole).toBool())
            continue;
        const QString name = page.pipeline()->index(row, PipelineModel::NameColumn).data().toString();
        const QString due = page.pipeline()->index(row, PipelineModel::DueColumn).data().toString();
        for (const QList<SheetCell>& line : sheets.value(QStringLiteral("Development")))
            if (line.size() > 6 && line[0].text == name) {
                CHECK(line[6].text == QStringLiteral("overdue"));
                CHECK(line[5].value == due);
                ++overdueRows;
            }
    }
    CHECK(overdueRows == page.pipeline()->overdueCount());
    CHECK(overdueRows >= 3);
    bool overdueProbation = false;
    for (const QList<SheetCell>& line : sheets.value(QStringLiteral("Probation")))
        overdueProbation = overdueProbation || (line.size() > 4 && line[4].type == QStringLiteral("float") &&
                                                line[4].value.toInt() < 0);
    CHECK(overdueProbation);
}
