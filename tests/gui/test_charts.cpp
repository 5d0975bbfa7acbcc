#include "charts/ChartImage.h"
#include "charts/ChartStyle.h"
#include "charts/ChartView.h"
#include "domain/OrganisationTree.h"
#include "GuiTestSupport.h"
#include "home/HomePage.h"
#include "mainwindow/MainWindow.h"
#include "meetings/MeetingChartsPanel.h"
#include "meetings/MeetingsPage.h"
#include "rating/RatingCharts.h"
#include "rating/RatingChartsPanel.h"
#include "rating/RatingPage.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <memory>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>
#include <QXYSeries>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// The colour of each series, each bar set counted as a series of its own.
QList<QColor> seriesColours(const QChart* chart)
{
    QList<QColor> colours;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                colours << set->color();
        else if (auto* xy = qobject_cast<QXYSeries*>(series))
            colours << xy->pen().color();
    }
    return colours;
}

int seriesCount(const QChart* chart)
{
    return int(seriesColours(chart).size());
}

bool isNiceStep(double step)
{
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    return std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 5) < 1e-6;
}

// What a reader needs at a glance, checked on any chart of the program.
void checkReadable(const QChart* chart)
{
    INFO("chart \"" << chart->title().toStdString() << "\"");
    CHECK(seriesCount(chart) <= ChartStyle::maxSeries);
    const QList<QColor> colours = seriesColours(chart);
    for (int i = 0; i < colours.size(); ++i) {
        const bool known =
            ChartStyle::palette().contains(colours[i]) || colours[i] == ChartStyle::averageColour();
        CHECK(known);
        for (int j = i + 1; j < colours.size(); ++j)
            CHECK(colours[i] != colours[j]);
    }
    for (QAbstractAxis* axis : chart->axes()) {
        auto* values = qobject_cast<QValueAxis*>(axis);
        if (!values || qobject_cast<QCategoryAxis*>(axis)) // a radar's spokes are named, not ticked
            continue;
        // Ticks on a 1-2-5 step from a tick at each end: never 0/26/52/78/105.
        REQUIRE(values->tickCount() >= 2);
        const double step = (values->max() - values->min()) / (values->tickCount() - 1);
        INFO("value axis " << values->min() << ".." << values->max() << ", " << values->tickCount()
                           << " ticks");
        CHECK(isNiceStep(step));
        CHECK(std::abs(values->min() / step - std::round(values->min() / step)) < 1e-6);
        CHECK(values->tickCount() <= 8);
    }
    // Years, months and names are categories under (or beside) their bars and points, never a value
    // axis with ticks between them.
    for (QAbstractAxis* axis : chart->axes())
        if (qobject_cast<QBarCategoryAxis*>(axis))
            for (QAbstractAxis* other : chart->axes(axis->orientation()))
                CHECK(qobject_cast<QValueAxis*>(other) == nullptr);
}

RatingResult result(qint64 orgId, int hundredths, int stars)
{
    RatingResult r;
    r.orgId = orgId;
    r.rated = true;
    r.total = Score::fromHundredths(hundredths);
    r.stars = stars;
    return r;
}

// A non-white pixel: the image holds a drawing, not an empty page.
bool hasDrawing(const QImage& image)
{
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            if (image.pixelColor(x, y) != QColor(Qt::white))
                return true;
    return false;
}

} // namespace

TEST_CASE("A branch's totals over the years stand on a category axis, one label per year", "[gui][charts]")
{
    const std::unique_ptr<QChart> chart(
        RatingCharts::overYears({{2024, 81.5}, {2026, 90}, {2025, 104}}, QStringLiteral("第一网格党支部")));
    const QList<QAbstractAxis*> horizontal = chart->axes(Qt::Horizontal);
    REQUIRE(horizontal.size() == 1);
    auto* years = qobject_cast<QBarCategoryAxis*>(horizontal.first());
    REQUIRE(years != nullptr);
    CHECK(years->categories() ==
          QStringList{QStringLiteral("2024"), QStringLiteral("2025"), QStringLiteral("2026")});
    // Each point sits on its year's label.
    auto* line = qobject_cast<QXYSeries*>(chart->series().first());
    REQUIRE(line->count() == 3);
    CHECK(line->at(0) == QPointF(0, 81.5));
    CHECK(line->at(1) == QPointF(2, 90));
    CHECK(line->at(2) == QPointF(1, 104));
    auto* totals = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
    CHECK(totals->min() == 0);
    CHECK(totals->max() == 120);
    CHECK(totals->labelFormat() == QStringLiteral("%d"));
    checkReadable(chart.get());
}

TEST_CASE("Rating charts count in whole numbers on 1-2-5 steps and label their bars", "[gui][charts]")
{
    RatingOutcome outcome;
    QHash<qint64, QString> names;
    for (int i = 1; i <= 7; ++i) {
        outcome.results << result(i, 6000 + i * 500, i <= 4 ? 3 : 5);
        names.insert(i, QStringLiteral("第%1网格党支部").arg(i));
    }
    outcome.results << result(8, 10500, 5); // bonus points beyond 100
    names.insert(8, QStringLiteral("长沙和平物业服务有限公司党支部"));

    const std::unique_ptr<QChart> ranking(RatingCharts::ranking(outcome, names));
    checkReadable(ranking.get());
    auto* points = qobject_cast<QValueAxis*>(ranking->axes(Qt::Horizontal).first());
    CHECK(points->max() == 120);
    auto* branches = qobject_cast<QBarCategoryAxis*>(ranking->axes(Qt::Vertical).first());
    REQUIRE(branches != nullptr);
    CHECK(branches->categories().last() ==
          QStringLiteral("长沙和平物业服务有限公司党支部")); // best on top, whole

    const std::unique_ptr<QChart> stars(RatingCharts::starDistribution(outcome));
    checkReadable(stars.get());
    auto* count = qobject_cast<QValueAxis*>(stars->axes(Qt::Vertical).first());
    CHECK(count->labelFormat() == QStringLiteral("%d"));
    // Four three-star branches: whole steps up to a tick above the tallest bar.
    CHECK(count->max() >= 4);
    CHECK(count->max() == std::floor(count->max()));
    const double step = (count->max() - count->min()) / (count->tickCount() - 1);
    CHECK(step == std::floor(step));
}

TEST_CASE("A chart saved as PNG reads back as an image; a folder that does not exist is an error",
          "[gui][charts]")
{
    RatingOutcome outcome;
    outcome.results << result(1, 8800, 4) << result(2, 7200, 3);
    ChartView view;
    view.resize(480, 320);
    view.replaceChart(RatingCharts::starDistribution(outcome));
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.suggestedFileName().endsWith(QStringLiteral(".png")));

    QTemporaryDir dir;
    const QString path = dir.filePath(view.suggestedFileName());
    CHECK(view.saveImage(path).isEmpty());
    const QImage saved(path, "PNG");
    REQUIRE_FALSE(saved.isNull());
    CHECK(saved.size() == view.size() * 2);
    CHECK(hasDrawing(saved));

    // Saved again over the first file: replaced whole, no temporary file left beside it.
    CHECK(view.saveImage(path).isEmpty());
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 1);

    const QString nowhere = dir.filePath(QStringLiteral("missing/folder/chart.png"));
    const QString error = view.saveImage(nowhere);
    CHECK_FALSE(error.isEmpty());
    CHECK(error.contains(QStringLiteral("chart.png")));
    CHECK_FALSE(QFile::exists(nowhere));

    // The button and the context menu offer both; copying puts the picture on the clipboard.
    QMenu* menu = view.imageMenu();
    REQUIRE(menu->findChild<QAction*>(QStringLiteral("saveChartImage")) != nullptr);
    QAction* copy = menu->findChild<QAction*>(QStringLiteral("copyChartImage"));
    REQUIRE(copy != nullptr);
    CHECK(child<QToolButton>(&view, "chartImageButton")->menu() == menu);
    CHECK(child<QToolButton>(&view, "chartImageButton")->isVisible());
    copy->trigger();
    CHECK(QApplication::clipboard()->image().size() == view.size() * 2);
}

TEST_CASE("Charts for reports render sharp enough to print at full width", "[gui][charts]")
{
    RatingOutcome outcome;
    outcome.results << result(1, 8800, 4) << result(2, 7200, 3);
    const std::unique_ptr<QChart> chart(RatingCharts::starDistribution(outcome));
    const QByteArray png = RatingCharts::toPng(chart.get(), 680, 340);
    const QImage image = QImage::fromData(png, "PNG");
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(680, 340) * RatingCharts::printScale);
    CHECK(hasDrawing(image));
    // The caller keeps its chart, free of any scene, and may draw it again.
    CHECK(chart->scene() == nullptr);
    CHECK_FALSE(QImage::fromData(RatingCharts::toPng(chart.get(), 400, 200), "PNG").isNull());
}

TEST_CASE("Every chart on the home, rating and meetings pages can be read at a glance and saved",
          "[gui][charts]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.resize(1366, 768);
    window.show();

    window.showPage(MainWindow::Page::Home);
    for (int i = 0; i < 600 && window.homePage()->isLoading(); ++i)
        QTest::qWait(10);
    REQUIRE_FALSE(window.homePage()->isLoading());

    window.showPage(MainWindow::Page::Rating);
    window.selectOrganisation(temp.firstOrganisation(OrgType::Branch));
    window.ratingPage()->showYear(2025);
    auto* charts = window.ratingPage()->findChild<RatingChartsPanel*>();
    REQUIRE(charts != nullptr);
    auto* ratingTabs = qobject_cast<QTabWidget*>(charts->parentWidget()->parentWidget());
    REQUIRE(ratingTabs != nullptr);
    ratingTabs->setCurrentWidget(charts);
    for (ChartView* view : charts->views())
        CHECK_FALSE(view->chart()->series().isEmpty());
    auto* years =
        qobject_cast<QBarCategoryAxis*>(charts->views().last()->chart()->axes(Qt::Horizontal).value(0));
    REQUIRE(years != nullptr);
    CHECK(years->categories().contains(QStringLiteral("2025")));

    window.showPage(MainWindow::Page::Meetings);
    window.meetingsPage()->setMonth(QDate(2026, 11, 1));
    window.meetingsPage()->findChild<QTabWidget*>()->setCurrentIndex(2);
    auto* meetings = window.meetingsPage()->findChild<MeetingChartsPanel*>();
    REQUIRE(meetings != nullptr);
    // Ten branches: the five lowest over the year and the average of all ten, no more.
    const QChart* rates = meetings->ratesView()->chart();
    CHECK(rates->series().size() == 6);
    CHECK(ChartStyle::isAverage(rates->series().last()));
    CHECK(rates->title().contains(QStringLiteral("10")));
    auto* months = qobject_cast<QBarCategoryAxis*>(rates->axes(Qt::Horizontal).value(0));
    REQUIRE(months != nullptr);
    CHECK(months->count() == 12);
    CHECK(months->categories().first() == QStringLiteral("2025-12"));
    CHECK(months->categories().at(1) == QStringLiteral("2026-01"));
    // The legend names each branch in full (a tooltip, should it still have to shorten one).
    CHECK(rates->legend()->showToolTips());
    const QHash<qint64, QString> names = organisationDisplayNames(temp.workspace().organisations().all());
    for (QLegendMarker* marker : rates->legend()->markers())
        if (!ChartStyle::isAverage(marker->series()))
            CHECK(names.values().contains(marker->label()));

    // The chart is about the branches needing attention: none left out attends worse than one shown.
    const auto byMonth =
        temp.workspace().meetings().attendanceByMonth(QDate(2025, 12, 1), QDate(2026, 11, 30));
    QHash<QString, double> rateByName;
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
        AttendanceTally year;
        for (const AttendanceTally& month : it.value())
            year += month;
        if (year.expected > 0)
            rateByName.insert(names.value(it.key()), year.rate());
    }
    double worstLeftOut = 2, bestShown = -1;
    QStringList shown;
    for (QAbstractSeries* series : rates->series())
        if (!ChartStyle::isAverage(series))
            shown << series->name();
    for (auto it = rateByName.cbegin(); it != rateByName.cend(); ++it) {
        if (shown.contains(it.key()))
            bestShown = std::max(bestShown, it.value());
        else
            worstLeftOut = std::min(worstLeftOut, it.value());
    }
    CHECK(shown.size() == 5);
    CHECK(bestShown <= worstLeftOut);

    const QList<QChartView*> views = window.findChildren<QChartView*>();
    CHECK(views.size() >= 9); // three on the home page, four of the rating, two of the meetings
    for (QChartView* view : views) {
        auto* chartView = qobject_cast<ChartView*>(view);
        REQUIRE(chartView != nullptr); // every one can be saved and copied
        checkReadable(view->chart());
    }
}

TEST_CASE("A legend too long for one line under the chart moves beside it, names whole", "[gui][charts]")
{
    auto* chart = new QChart;
    ChartStyle::apply(chart, QStringLiteral("出勤率"));
    for (int i = 0; i < 5; ++i) {
        auto* line = new QLineSeries;
        line->setName(QStringLiteral("湖南星辰信息科技有限公司第%1党支部").arg(i + 1));
        line->append(0, 50 + i);
        line->append(1, 60 + i);
        chart->addSeries(line);
    }
    chart->createDefaultAxes();
    ChartStyle::colourSeries(chart);
    ChartView view;
    view.replaceChart(chart);
    view.resize(700, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(chart->legend()->alignment() == Qt::AlignRight);
    view.resize(2400, 400);
    CHECK(chart->legend()->alignment() == Qt::AlignBottom);
    CHECK(chart->legend()->showToolTips());
}
