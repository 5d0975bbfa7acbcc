#pragma once

#include "repository/RosterLoader.h"

#include <optional>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTableView;

namespace partydesk {

class OrganisationTreeModel;
class RosterModel;
class UndoHistory;
class Workspace;

// 花名册: every member under the selected part of the tree, with filters and search as you type.
class RosterPage : public QWidget
{
    Q_OBJECT

public:
    RosterPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);

    // Reads the roster and the tree's counts: the first rows at once, the rest and (for a
    // district) the counts in the background (a district's roster takes a few hundred milliseconds).
    void reload();
    bool isLoading() const { return m_loading; }
    // After organisations were renamed or added.
    void refreshOrganisationNames();
    void setOrganisation(qint64 orgId);
    // After a member was saved (the member form, leaving): that row alone is read again and moved,
    // and the tree's counts follow it.
    void memberSaved(qint64 memberId);
    RosterModel* model() const { return m_model; }
    // Saves, deletions and leavings become steps of this history; its undos refresh the roster.
    void setUndoHistory(UndoHistory* history);
    QTableView* view() const { return m_view; }

    // Selects the member's row, clearing a search that hides it (the home page opens members).
    void selectMember(qint64 memberId);

public slots:
    void addMember();
    void editSelectedMember();
    void recordLeaving();
    // For a member entered by mistake; people who leave are recorded as left.
    void deleteSelectedMember();
    void exportToExcel();
    void exportToPdf();
    void printPreview();
    void importRoster();
    void showImportHistory();

signals:
    // Many members changed (an import), or one whose counts are not known here: read everything again.
    void membersChanged();
    // One member was saved; the tree's counts are already up to date.
    void memberCountsChanged();

private:
    // Asks for the columns and writes the current view: Excel (true), PDF (false) or, with no
    // format, the print preview.
    void exportView(const QString& action, std::optional<bool> excel);
    // Reads the member's row again; false if the tree's counts could not follow it.
    bool refreshMember(qint64 memberId);
    void updateSummary();
    void onRosterLoaded(const std::shared_ptr<std::vector<RosterRow>>& rows);
    void onCountsLoaded(const QHash<qint64, MemberCounts>& counts);
    void applyFilter();
    void toggleFullIdNumbers(bool show);
    void updateCount();
    void updateActions();
    qint64 selectedMemberId() const;
    // After an undo or redo: the member's row again, or (deleted, or back) the whole roster.
    void memberUndone(qint64 memberId);

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    RosterModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_tag = nullptr;
    QCheckBox* m_includeLeft = nullptr;
    QCheckBox* m_fullIds = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_scope = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_add = nullptr;
    QToolButton* m_import = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_leave = nullptr;
    QPushButton* m_delete = nullptr;
    UndoHistory* m_undo = nullptr;
    qint64 m_orgId = 0;
    RosterLoader* m_loader = nullptr;
    bool m_loading = false;
    QList<qint64> m_savedWhileLoading;
};

} // namespace partydesk
