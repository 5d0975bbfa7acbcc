#include "mainwindow/MainWindow.h"
#include "rating/RatingPage.h"
#include "rating/RatingResultsModel.h"
#include "TestSupport.h"
#include "widgets/ColumnFitter.h"
#include "widgets/ElidedToolTips.h"
#include "widgets/RecordList.h"
#include "widgets/WrappingHeader.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolTip>
#include <QTranslator>

using namespace partydesk;
using partydesk::test::TempWorkspace;

static void initTranslations()
{
    Q_INIT_RESOURCE(partydesk_translations); // declares a function: outside any namespace
}

namespace {

// Lets queued fits and layouts settle.
void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

// Every visible section ends inside the viewport, and nothing scrolls sideways.
void requireAllColumnsInView(QTableView* view)
{
    QHeaderView* header = view->horizontalHeader();
    QStringList sections;
    for (int i = 0; i < header->count(); ++i)
        sections << (header->isSectionHidden(i) ? QStringLiteral("hidden")
                                                : QString::number(header->sectionSize(i))) +
                        QLatin1Char('@') + QString::number(header->sectionPosition(i));
    sections << QStringLiteral("offset %1 length %2").arg(header->offset()).arg(header->length());
    INFO("sections " << sections.join(QLatin1Char(' ')).toStdString());
    int shown = 0;
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i))
            continue;
        ++shown;
        INFO("column " << i << " \"" << view->model()->headerData(i, Qt::Horizontal).toString().toStdString()
                       << "\" ends at " << header->sectionViewportPosition(i) + header->sectionSize(i)
                       << ", viewport " << view->viewport()->width());
        CHECK(header->sectionSize(i) > 0);
        CHECK(header->sectionViewportPosition(i) >= 0);
        CHECK(header->sectionViewportPosition(i) + header->sectionSize(i) <= view->viewport()->width());
    }
    CHECK(shown > 0);
    CHECK(view->horizontalScrollBar()->maximum() == 0);
    CHECK_FALSE(view->horizontalScrollBar()->isVisible());
}

QStandardItemModel* modelOf(const QStringList& headers, const QList<QStringList>& rows, QObject* parent)
{
    auto* model = new QStandardItemModel(parent);
    model->setHorizontalHeaderLabels(headers);
    for (const QStringList& row : rows) {
        QList<QStandardItem*> items;
        for (const QString& text : row)
            items << new QStandardItem(text);
        model->appendRow(items);
    }
    return model;
}

// What a tooltip shows for the middle of the cell, through the application's filter.
QString toolTipAt(QTableView* view, const QModelIndex& index)
{
    QToolTip::hideText();
    const QPoint pos = view->visualRect(index).center();
    QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

RatingResult result(qint64 orgId, int rank, int stars, double total)
{
    RatingResult r;
    r.orgId = orgId;
    r.parentId = 100;
    r.rated = true;
    r.complete = true;
    r.rank = rank;
    r.stars = stars;
    r.total = Score::fromHundredths(qint64(total * 100));
    return r;
}

} // namespace

TEST_CASE("Columns take what they hold: spare room to text, short room taken from the widest text", "[lists]")
{
    using Column = ColumnFitter::Column;
    // Room to spare: the text column grows (at most twice), the number keeps its width, the rest
    // goes to the last column.
    const QList<Column> roomy = {{100, 60, true}, {40, 40, false}, {60, 50, true}};
    QList<int> w = ColumnFitter::widths(roomy, 300);
    CHECK(w[1] == 40);
    CHECK(w[0] > 100);
    CHECK(w[0] <= 200);
    CHECK(w[0] + w[1] + w[2] == 300);
    w = ColumnFitter::widths(roomy, 1000);
    CHECK(w[0] == 200);
    CHECK(w[1] == 40);
    CHECK(w[0] + w[1] + w[2] == 1000);

    // Too little room: the widest text comes down first, nothing below its least, all in view.
    const QList<Column> tight = {{300, 90, true}, {40, 40, false}, {120, 90, true}, {80, 80, true}};
    w = ColumnFitter::widths(tight, 400);
    CHECK(w[0] + w[1] + w[2] + w[3] == 400);
    CHECK(w[1] == 40);
    CHECK(w[3] == 80);
    CHECK(w[2] == 120); // narrower than the common width the widest came down to
    CHECK(w[0] == 160);
    // Not even the least fits: every column at its least, the view scrolls.
    w = ColumnFitter::widths(tight, 200);
    CHECK(w == QList<int>{90, 40, 90, 80});

    CHECK(ColumnFitter::looksNumeric(QStringLiteral("2026-03-01")));
    CHECK(ColumnFitter::looksNumeric(QStringLiteral("12.50")));
    CHECK(ColumnFitter::looksNumeric(QStringLiteral("3 人")));
    CHECK(ColumnFitter::looksNumeric(QStringLiteral("—")));
    CHECK_FALSE(ColumnFitter::looksNumeric(QStringLiteral("流动党员（流出）")));
    CHECK_FALSE(ColumnFitter::looksNumeric(QStringLiteral("第一网格党支部")));
    CHECK_FALSE(ColumnFitter::looksNumeric(QStringLiteral("↓ 下降 1 位")));
}

TEST_CASE("The rating list shows every column beside the score sheet at 1366×768", "[lists][rating]")
{
    TempWorkspace temp(true);
    for (const bool chinese : {false, true}) {
        DYNAMIC_SECTION((chinese ? "Chinese" : "English"))
        {
            initTranslations();
            QTranslator translator;
            if (chinese) {
                REQUIRE(translator.load(QStringLiteral(":/i18n/partydesk_zh_CN.qm")));
                QCoreApplication::installTranslator(&translator);
            }
            MainWindow window(temp.workspace(), temp.path());
            window.resize(1366, 768);
            window.show();
            window.showPage(MainWindow::Page::Rating);
            window.ratingPage()->showYear(2025);
            settle();
            auto* view = window.ratingPage()->findChild<QTableView*>(QStringLiteral("ratingResultsView"));
            REQUIRE(view);
            REQUIRE(view->model()->rowCount() == 10);
            // The page beside the organisation tree is about 1,000 pixels wide.
            CHECK(window.ratingPage()->width() < 1100);
            requireAllColumnsInView(view);
            // Numbers, stars and ranks are never cut; a long branch name may be, with its tooltip.
            for (int row = 0; row < view->model()->rowCount(); ++row)
                for (int column : {int(RatingResultsModel::TotalColumn), int(RatingResultsModel::RankColumn)})
                    CHECK_FALSE(ElidedToolTips::isCut(view, view->model()->index(row, column)));
            QCoreApplication::removeTranslator(&translator);
        }
    }
}

TEST_CASE("A change of rank reads as a direction and a count, never a double negative", "[lists][rating]")
{
    initTranslations();
    RatingOutcome now, before;
    now.results = {result(1, 1, 5, 92), result(2, 3, 4, 85), result(3, 2, 4, 88)};
    before.results = {result(1, 3, 4, 84), result(2, 2, 4, 86), result(3, 2, 4, 88)};
    RatingOutcome fresh;
    fresh.results = {result(4, 1, 3, 75)};
    RatingResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(
        now, before,
        {{1, QStringLiteral("一支部")}, {2, QStringLiteral("二支部")}, {3, QStringLiteral("三支部")}});
    const auto change = [&](int row, int role = Qt::DisplayRole) {
        return model.index(row, RatingResultsModel::ChangeColumn).data(role).toString();
    };
    // (English plurals are written "(s)": the program ships no English catalogue.)
    CHECK(change(0) == QStringLiteral("↑ up 2 place(s)"));
    CHECK(change(1) == QStringLiteral("↓ down 1 place(s)"));
    CHECK(change(2) == QStringLiteral("same place"));
    // The tooltip says it all: stars, rank and points.
    CHECK(change(0, Qt::ToolTipRole) == QStringLiteral("Up 1 star(s) · rank up 2 place(s) · +8.00 points"));
    CHECK(change(1, Qt::ToolTipRole) == QStringLiteral("Same stars · rank down 1 place(s) · -1.00 points"));
    CHECK(change(2, Qt::ToolTipRole).contains(QStringLiteral("same rank")));

    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/partydesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    CHECK(change(0) == QStringLiteral("↑ 上升 2 位"));
    CHECK(change(1) == QStringLiteral("↓ 下降 1 位"));
    CHECK(change(2) == QStringLiteral("持平"));
    CHECK(change(1, Qt::ToolTipRole).contains(QStringLiteral("排名下降 1 位")));
    for (int row = 0; row < 3; ++row)
        for (const QString& text : {change(row), change(row, Qt::ToolTipRole)}) {
            INFO(text.toStdString());
            CHECK_FALSE(text.contains(QStringLiteral("下降 -")));
            CHECK_FALSE(text.contains(QStringLiteral("排名 -")));
        }
    QCoreApplication::removeTranslator(&chinese);

    // A branch not rated last year has nothing to compare with.
    model.setResults(fresh, before, {{4, QStringLiteral("四支部")}});
    CHECK(change(0) == QStringLiteral("—"));
    CHECK_FALSE(change(0, Qt::ToolTipRole).isEmpty());
}

TEST_CASE("A cell or title drawn cut short shows its whole text as a tooltip", "[lists]")
{
    ElidedToolTips::installEverywhere();
    ElidedToolTips::installEverywhere(); // once is enough: no second filter
    CHECK(qApp->findChildren<ElidedToolTips*>(QString(), Qt::FindDirectChildrenOnly).size() == 1);

    const QString longName = QStringLiteral("长沙和平物业服务有限公司党支部第一党小组");
    QStandardItemModel* model =
        modelOf({QStringLiteral("党支部"), QStringLiteral("人数"), QStringLiteral("服务时长（小时）")},
                {{longName, QStringLiteral("6"), QStringLiteral("12.5")},
                 {QStringLiteral("第二支部"), QStringLiteral("8"), QStringLiteral("3.0")}},
                nullptr);
    QTableView view;
    model->setParent(&view);
    view.setModel(model);
    view.resize(260, 200);
    view.horizontalHeader()->setStretchLastSection(false);
    view.setColumnWidth(0, 100);
    view.setColumnWidth(1, 60);
    view.setColumnWidth(2, 60);
    view.show();
    settle();

    // The long name is cut at 100 pixels: its tooltip is the whole name.
    const QModelIndex cut = model->index(0, 0);
    REQUIRE(ElidedToolTips::isCut(&view, cut));
    CHECK(toolTipAt(&view, cut) == longName);
    // A short text is whole: no tooltip of ours.
    CHECK_FALSE(ElidedToolTips::isCut(&view, model->index(1, 1)));
    CHECK(ElidedToolTips::cellToolTip(&view, view.visualRect(model->index(1, 1)).center()).isEmpty());
    // The model's own tooltip stands; when it does not repeat the cut text, the text comes first.
    model->item(0, 0)->setToolTip(QStringLiteral("所属：和平社区"));
    const QString combined = ElidedToolTips::cellToolTip(&view, view.visualRect(cut).center());
    CHECK(combined.startsWith(longName));
    CHECK(combined.contains(QStringLiteral("所属：和平社区")));
    model->item(0, 0)->setToolTip(longName + QStringLiteral("（6 人）"));
    CHECK(ElidedToolTips::cellToolTip(&view, view.visualRect(cut).center()).isEmpty());
    // Once the column is wide enough nothing is cut.
    view.setColumnWidth(0, 400);
    CHECK_FALSE(ElidedToolTips::isCut(&view, cut));

    // A plain header cuts the long title: its tooltip is the title.
    QHeaderView* header = view.horizontalHeader();
    const QPoint titlePos(header->sectionViewportPosition(2) + 5, header->height() / 2);
    CHECK(ElidedToolTips::sectionToolTip(header, titlePos) == QStringLiteral("服务时长（小时）"));
    QToolTip::hideText();
    QHelpEvent help(QEvent::ToolTip, titlePos, header->viewport()->mapToGlobal(titlePos));
    QApplication::sendEvent(header->viewport(), &help);
    CHECK(QToolTip::text() == QStringLiteral("服务时长（小时）"));
}

TEST_CASE("A record list fits its columns, wraps a long title and keeps every column in view", "[lists]")
{
    ElidedToolTips::installEverywhere();
    QList<QStringList> rows;
    for (int i = 0; i < 30; ++i)
        rows << QStringList{QStringLiteral("长沙和平物业服务有限公司党支部"),
                            QStringLiteral("2026-03-%1").arg(i % 28 + 1, 2, 10, QLatin1Char('0')),
                            QString::number(i * 1.5, 'f', 1), QStringLiteral("流动党员（流出）"),
                            QStringLiteral("湖南省长沙市芙蓉区人民政府办公室")};
    QStandardItemModel* model =
        modelOf({QStringLiteral("单位"), QStringLiteral("报到日期"), QStringLiteral("服务时长（小时）"),
                 QStringLiteral("人员类别"), QStringLiteral("工作单位")},
                rows, nullptr);
    QTableView* view = recordList(model, "fittedList");
    model->setParent(view);
    view->resize(430, 300);
    view->show();
    settle();
    requireAllColumnsInView(view);
    auto* header = qobject_cast<WrappingHeader*>(view->horizontalHeader());
    REQUIRE(header);
    // Dates and numbers are whole; the widest texts gave way, with their tooltips.
    for (int row = 0; row < 3; ++row) {
        CHECK_FALSE(ElidedToolTips::isCut(view, model->index(row, 1)));
        CHECK_FALSE(ElidedToolTips::isCut(view, model->index(row, 2)));
    }
    CHECK(ElidedToolTips::isCut(view, model->index(0, 4)));
    CHECK(toolTipAt(view, model->index(0, 4)) == QStringLiteral("湖南省长沙市芙蓉区人民政府办公室"));
    // The numbers' title is wider than the numbers: it wraps onto two lines, whole, and the header
    // is tall enough for them.
    CHECK(header->sectionSize(2) < header->oneLineWidth(2));
    CHECK(header->linesAt(2) == 2);
    CHECK_FALSE(header->isTitleCut(2));
    CHECK(header->height() >= 2 * header->fontMetrics().lineSpacing());

    // With room to spare every text is whole and nothing scrolls.
    view->resize(1400, 300);
    settle();
    requireAllColumnsInView(view);
    for (int column = 0; column < model->columnCount(); ++column)
        CHECK_FALSE(ElidedToolTips::isCut(view, model->index(0, column)));
    CHECK(header->linesAt(2) == 1);
    delete view;
}

TEST_CASE("Hiding a column leaves the others in view and the titles on one line", "[lists]")
{
    QStandardItemModel* model = modelOf(
        {QStringLiteral("党支部"), QStringLiteral("上级党组织"), QStringLiteral("状态")},
        {{QStringLiteral("第一网格党支部"), QStringLiteral("和平社区大党委"), QStringLiteral("已完成")}},
        nullptr);
    QTableView* view = recordList(model, "hiding");
    model->setParent(view);
    view->resize(400, 200);
    view->show();
    settle();
    // Qt resizes a column to nothing before it marks it hidden: a fit in between must not undo it.
    view->setColumnHidden(1, true);
    settle();
    requireAllColumnsInView(view);
    QHeaderView* header = view->horizontalHeader();
    CHECK(header->sectionPosition(2) == header->sectionSize(0));
    auto* wrapping = qobject_cast<WrappingHeader*>(header);
    REQUIRE(wrapping);
    CHECK(wrapping->linesAt(0) == 1);
    CHECK(wrapping->linesAt(2) == 1);
    CHECK(header->height() < 2 * header->fontMetrics().lineSpacing());
    delete view;
}
