#include "CoGovernancePage.h"

#include "cobuilding/CoBuildingListsPage.h"
#include "cobuilding/UnitsPage.h"
#include "fund/FundPage.h"
#include "help/HelpTopics.h"
#include "inservice/InServicePage.h"
#include "jointmeetings/JointMeetingsPage.h"
#include "wishes/WishesPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace partydesk {

CoGovernancePage::CoGovernancePage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_inService(new InServicePage(workspace, tree)),
      m_wishes(new WishesPage(workspace, tree)), m_lists(new CoBuildingListsPage(workspace, tree)),
      m_jointMeetings(new JointMeetingsPage(workspace, tree)), m_units(new UnitsPage(workspace, tree)),
      m_fund(new FundPage(workspace, tree))
{
    m_tabs->setObjectName(QStringLiteral("coGovernanceTabs"));
    m_tabs->setDocumentMode(true);
    // F1 opens the chapter at the part showing.
    HelpTopics::setTopic(this, QStringLiteral("cogovernance"));
    HelpTopics::setTopic(m_inService, QStringLiteral("cogovernance#inservice"));
    HelpTopics::setTopic(m_wishes, QStringLiteral("cogovernance#wishes"));
    HelpTopics::setTopic(m_lists, QStringLiteral("cogovernance#lists"));
    HelpTopics::setTopic(m_jointMeetings, QStringLiteral("cogovernance#jointmeetings"));
    HelpTopics::setTopic(m_units, QStringLiteral("cogovernance#units"));
    HelpTopics::setTopic(m_fund, QStringLiteral("cogovernance#fund"));
    // In the order of Part.
    m_tabs->addTab(m_inService, tr("In-service members"));
    m_tabs->addTab(m_wishes, tr("Micro-wishes"));
    m_tabs->addTab(m_lists, tr("Needs, resources, projects"));
    m_tabs->addTab(m_jointMeetings, tr("Joint meetings"));
    m_tabs->addTab(m_units, tr("Co-building units"));
    m_tabs->addTab(m_fund, tr("Service fund"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void CoGovernancePage::setOrganisation(qint64 orgId)
{
    m_inService->setOrganisation(orgId);
    m_wishes->setOrganisation(orgId);
    m_lists->setOrganisation(orgId);
    m_jointMeetings->setOrganisation(orgId);
    m_units->setOrganisation(orgId);
    m_fund->setOrganisation(orgId);
}

void CoGovernancePage::showPart(Part part, qint64 recordId)
{
    m_tabs->setCurrentIndex(int(part));
    switch (part) {
    case Part::InService:
        m_inService->showRecord(recordId);
        break;
    case Part::Wishes:
        m_wishes->showRecord(recordId);
        break;
    case Part::Lists:
        m_lists->showRecord(recordId);
        break;
    case Part::JointMeetings:
        m_jointMeetings->showRecord(recordId);
        break;
    case Part::Units:
        m_units->showRecord(recordId);
        break;
    case Part::Fund:
        m_fund->showRecord(recordId);
        break;
    }
}

CoGovernancePage::Part CoGovernancePage::currentPart() const
{
    return Part(m_tabs->currentIndex());
}

} // namespace partydesk
