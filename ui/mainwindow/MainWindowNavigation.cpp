// Where each line of the home page leads: the page where that work is done, at the organisation
// or member the line names.
#include "cogovernance/CoGovernancePage.h"
#include "development/DevelopmentPage.h"
#include "dues/DuesPage.h"
#include "MainWindow.h"
#include "meetings/MeetingsPage.h"
#include "rating/RatingPage.h"
#include "roster/RosterPage.h"
#include "transfers/TransfersPage.h"

#include <QTabWidget>

namespace partydesk {

void MainWindow::openFromHome(AgendaPlace place, qint64 orgId, qint64 memberId, qint64 recordId)
{
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
        selectOrganisation(orgId);
        showPage(Page::Development);
        m_development->selectMember(memberId);
        break;
    case AgendaPlace::Transfers:
        selectOrganisation(orgId);
        showPage(Page::Transfers);
        if (recordId > 0)
            m_transfers->showTransfer(recordId);
        else
            m_transfers->showWaitingReceipts();
        break;
    case AgendaPlace::Dues:
        selectOrganisation(orgId);
        showPage(Page::Dues);
        m_dues->selectMember(memberId);
        break;
    case AgendaPlace::Wishes:
        selectOrganisation(orgId);
        showPage(Page::CoGovernance);
        m_coGovernance->showPart(CoGovernancePage::Part::Wishes, recordId);
        break;
    case AgendaPlace::JointMeetings:
        selectOrganisation(orgId);
        showPage(Page::CoGovernance);
        m_coGovernance->showPart(CoGovernancePage::Part::JointMeetings, recordId);
        break;
    case AgendaPlace::CoBuildingLists:
        selectOrganisation(orgId);
        showPage(Page::CoGovernance);
        m_coGovernance->showPart(CoGovernancePage::Part::Lists, recordId);
        break;
    case AgendaPlace::Member:
        selectOrganisation(orgId);
        showPage(Page::Roster);
        if (memberId > 0)
            m_roster->selectMember(memberId);
        break;
    }
}

} // namespace partydesk
