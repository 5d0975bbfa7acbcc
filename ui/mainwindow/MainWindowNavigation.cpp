// Where each line of the home page leads: the page where that work is done, at the organisation
// or member the line names.
#include "MainWindow.h"

#include "meetings/MeetingsPage.h"
#include "rating/RatingPage.h"
#include "roster/RosterPage.h"

#include <QTabWidget>

namespace partydesk {

void MainWindow::openFromHome(AgendaPlace place, qint64 orgId, qint64 memberId, qint64 recordId)
{
    Q_UNUSED(recordId);
    switch (place) {
    case AgendaPlace::Meetings:
        selectOrganisation(orgId);
        showPage(Page::Meetings);
        break;
    case AgendaPlace::Compliance:
        selectOrganisation(orgId);
        showPage(Page::Meetings);
        m_meetingsPage->showCompliance();
        break;
    case AgendaPlace::Organisation:
        selectOrganisation(orgId);
        showPage(Page::Organisation);
        break;
    case AgendaPlace::Rating:
        showPage(Page::Rating);
        m_rating->selectBranch(orgId);
        break;
    case AgendaPlace::Development:
    case AgendaPlace::Transfers:
    case AgendaPlace::Dues:
    case AgendaPlace::Member:
        selectOrganisation(orgId);
        showPage(Page::Roster);
        if (memberId > 0)
            m_roster->selectMember(memberId);
        break;
    }
}

} // namespace partydesk
