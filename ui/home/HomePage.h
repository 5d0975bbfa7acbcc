#pragma once

#include "home/Agenda.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace partydesk {

class AgendaModel;
class HomeFactsPanel;
class HomeLoader;
struct HomeFacts;
class OrganisationTreeModel;
class Workspace;

// 首页: the first screen after start. What needs doing in the selected part of the tree, from facts
// already in the workspace, each line opening the place where it is done; and the community at a
// glance. Read again each time the page is shown, so it never shows what was done meanwhile.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    HomePage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);

    void setOrganisation(qint64 orgId);
    // Starts reading the agenda and the figures on a thread of their own; loaded() follows.
    void reload();
    bool isLoading() const;
    AgendaModel* agenda() const { return m_agenda; }
    HomeFactsPanel* facts() const { return m_facts; }
    QTreeView* agendaView() const { return m_view; }

signals:
    // The user chose an entry: open `place` at the organisation, member or record it names.
    void openRequested(partydesk::AgendaPlace place, qint64 orgId, qint64 memberId, qint64 recordId);
    // The agenda and the figures are on the page.
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void open(const QModelIndex& index);
    void showLoaded(const QList<AgendaItem>& items, const HomeFacts& facts);
    void fitColumns();

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    qint64 m_orgId = 0;
    int m_widestWhat = 0; // what the first column's names need
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    AgendaModel* m_agenda = nullptr;
    HomeLoader* m_loader = nullptr;
    QTreeView* m_view = nullptr;
    HomeFactsPanel* m_facts = nullptr;
};

} // namespace partydesk
