#include "ScreenshotPages.h"

#include "appraisal/AppraisalPage.h"
#include "cogovernance/cobuilding/CoBuildingListsPage.h"
#include "cogovernance/CoGovernancePage.h"
#include "cogovernance/inservice/InServicePage.h"
#include "cogovernance/jointmeetings/JointMeetingsPage.h"
#include "cogovernance/wishes/WishesPage.h"
#include "development/DevelopmentPage.h"
#include "dues/DuesPage.h"
#include "home/HomePage.h"
#include "mainwindow/MainWindow.h"
#include "meetings/MeetingsPage.h"
#include "rating/RatingPage.h"
#include "rating/RatingResultsModel.h"
#include "Workspace.h"

#include <functional>
#include <QTableView>
#include <QTabWidget>

namespace partydesk {

namespace {

// Whom a page is shown for: the whole tree (the window's first selection), the community committee
// (its grids, units, lists and fund), or the first branch with members of its own (a ledger, an
// appraisal).
enum class Shown
{
    Tree,
    Community,
    Branch
};

struct WindowShot
{
    const char* name;
    MainWindow::Page page;
    Shown shown;
    // The part of the page to bring forward (a tab), after the page shows; may be empty.
    std::function<void(MainWindow&)> part;
};

// The `index`-th tab of the tab widget that is `owner`'s own (the first one found under it).
std::function<void(MainWindow&)> tab(std::function<QWidget*(MainWindow&)> owner, int index)
{
    return [owner, index](MainWindow& window) {
        if (auto* tabs = owner(window)->findChild<QTabWidget*>())
            tabs->setCurrentIndex(index);
    };
}

std::function<void(MainWindow&)> coGovernance(CoGovernancePage::Part part, int subTab = -1)
{
    return [part, subTab](MainWindow& window) {
        CoGovernancePage* page = window.coGovernancePage();
        page->showPart(part);
        if (subTab < 0)
            return;
        QWidget* owner = nullptr;
        switch (part) {
        case CoGovernancePage::Part::InService:
            owner = page->inServicePage();
            break;
        case CoGovernancePage::Part::Wishes:
            owner = page->wishesPage();
            break;
        case CoGovernancePage::Part::Lists:
            owner = page->listsPage();
            break;
        case CoGovernancePage::Part::JointMeetings:
            owner = page->jointMeetingsPage();
            break;
        default:
            return;
        }
        if (auto* tabs = owner->findChild<QTabWidget*>())
            tabs->setCurrentIndex(subTab);
    };
}

// The scoring tab at the first lagging branch of the year shown: its rectification list shows.
void laggingBranch(MainWindow& window)
{
    RatingPage* page = window.ratingPage();
    page->findChild<QTabWidget*>()->setCurrentIndex(0);
    RatingResultsModel* results = page->results();
    for (const RatingResult& r : results->outcome().results)
        if (r.lagging) {
            if (auto* view = page->findChild<QTableView*>(QStringLiteral("ratingResultsView")))
                view->selectRow(results->rowOf(r.orgId));
            return;
        }
}

const QList<WindowShot>& windowShots()
{
    using Page = MainWindow::Page;
    using Part = CoGovernancePage::Part;
    const auto home = [](MainWindow& w) -> QWidget* { return w.homePage(); };
    const auto development = [](MainWindow& w) -> QWidget* { return w.developmentPage(); };
    const auto meetings = [](MainWindow& w) -> QWidget* { return w.meetingsPage(); };
    const auto rating = [](MainWindow& w) -> QWidget* { return w.ratingPage(); };
    static const QList<WindowShot> shots{
        {"home", Page::Home, Shown::Tree, tab(home, 0)},
        {"home-stars", Page::Home, Shown::Tree, tab(home, 1)},
        {"home-fund", Page::Home, Shown::Tree, tab(home, 2)},
        {"roster", Page::Roster, Shown::Tree, {}},
        {"organisation", Page::Organisation, Shown::Community, {}},
        {"statistics", Page::Statistics, Shown::Tree, {}},
        {"development", Page::Development, Shown::Tree, tab(development, 0)},
        {"development-probation", Page::Development, Shown::Tree, tab(development, 1)},
        {"transfers", Page::Transfers, Shown::Tree, {}},
        {"dues", Page::Dues, Shown::Branch, {}},
        {"dues-community", Page::Dues, Shown::Community, {}},
        {"meetings", Page::Meetings, Shown::Tree, tab(meetings, 0)},
        {"meetings-compliance", Page::Meetings, Shown::Tree, tab(meetings, 1)},
        {"meetings-charts", Page::Meetings, Shown::Tree, tab(meetings, 2)},
        {"appraisal", Page::Appraisal, Shown::Branch, {}},
        {"appraisal-summary", Page::Appraisal, Shown::Community, {}},
        {"cogov-inservice", Page::CoGovernance, Shown::Community, coGovernance(Part::InService, 0)},
        {"cogov-inservice-posts", Page::CoGovernance, Shown::Community, coGovernance(Part::InService, 1)},
        {"cogov-inservice-units", Page::CoGovernance, Shown::Community, coGovernance(Part::InService, 2)},
        {"cogov-inservice-idle", Page::CoGovernance, Shown::Community, coGovernance(Part::InService, 3)},
        {"cogov-inservice-years", Page::CoGovernance, Shown::Community, coGovernance(Part::InService, 4)},
        {"cogov-wishes", Page::CoGovernance, Shown::Community, coGovernance(Part::Wishes, 0)},
        {"cogov-wishes-counts", Page::CoGovernance, Shown::Community, coGovernance(Part::Wishes, 1)},
        {"cogov-lists", Page::CoGovernance, Shown::Community, coGovernance(Part::Lists, 0)},
        {"cogov-lists-resources", Page::CoGovernance, Shown::Community, coGovernance(Part::Lists, 1)},
        {"cogov-lists-projects", Page::CoGovernance, Shown::Community, coGovernance(Part::Lists, 2)},
        {"cogov-meetings", Page::CoGovernance, Shown::Community, coGovernance(Part::JointMeetings, 0)},
        {"cogov-meetings-decisions", Page::CoGovernance, Shown::Community,
         coGovernance(Part::JointMeetings, 1)},
        {"cogov-meetings-rota", Page::CoGovernance, Shown::Community, coGovernance(Part::JointMeetings, 2)},
        {"cogov-meetings-activities", Page::CoGovernance, Shown::Community,
         coGovernance(Part::JointMeetings, 3)},
        {"cogov-units", Page::CoGovernance, Shown::Community, coGovernance(Part::Units)},
        {"cogov-fund", Page::CoGovernance, Shown::Community, coGovernance(Part::Fund)},
        // Above the community: every community's fund in one table.
        {"cogov-fund-all", Page::CoGovernance, Shown::Tree, coGovernance(Part::Fund)},
        {"rating", Page::Rating, Shown::Tree, tab(rating, 0)},
        {"rating-lagging", Page::Rating, Shown::Tree, laggingBranch},
        {"rating-charts", Page::Rating, Shown::Tree, tab(rating, 1)}};
    return shots;
}

qint64 shownFor(Workspace& workspace, Shown shown)
{
    for (const Organisation& org : workspace.organisations().all()) {
        if (shown == Shown::Tree && org.parentId == 0)
            return org.id;
        if (shown == Shown::Community && isCommunityCommittee(org.type))
            return org.id;
        // The dues ledger and the appraisal are a branch's: the first one with members.
        if (shown == Shown::Branch && isBranchLevel(org.type) && org.type != OrgType::PartyGroup)
            return org.id;
    }
    return 0;
}

} // namespace

QStringList windowScreenshotPages()
{
    QStringList names;
    for (const WindowShot& shot : windowShots())
        names << QString::fromLatin1(shot.name);
    return names;
}

bool showWindowScreenshotPage(MainWindow& window, Workspace& workspace, const QString& page)
{
    for (const WindowShot& shot : windowShots()) {
        if (page != QLatin1String(shot.name))
            continue;
        if (const qint64 org = shownFor(workspace, shot.shown))
            window.selectOrganisation(org);
        window.showPage(shot.page);
        if (shot.part)
            shot.part(window);
        return true;
    }
    return false;
}

} // namespace partydesk
