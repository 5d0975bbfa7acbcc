// The actions of JointMeetingsPage: the dialogs that record meetings, follow-up, the rota and activities.
#include "DecisionFollowUpDialog.h"
#include "JointMeetingDialog.h"
#include "JointMeetingModels.h"
#include "JointMeetingsPage.h"
#include "UnitActivityDialog.h"
#include "Workspace.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QTableView>

namespace partydesk {

void JointMeetingsPage::newMeeting()
{
    if (m_committee <= 0)
        return;
    JointMeeting m;
    m.committeeId = m_committee;
    JointMeetingDialog dialog(m_joint.service(), m, units(), m_workspace.clock().today(), this);
    if (dialog.exec() == QDialog::Accepted)
        showRecord(dialog.savedId());
}

void JointMeetingsPage::openMeeting()
{
    const std::optional<JointMeeting> m = m_joint.repository().meeting(selectedId(m_meetingsView));
    if (!m)
        return;
    JointMeetingDialog dialog(m_joint.service(), *m,
                              m_workspace.organisations().coBuildingUnits(m->committeeId),
                              m_workspace.clock().today(), this);
    if (dialog.exec() == QDialog::Accepted)
        showRecord(m->id);
}

void JointMeetingsPage::deleteMeeting()
{
    const qint64 id = selectedId(m_meetingsView);
    if (id <= 0 ||
        QMessageBox::question(this, tr("Delete joint meeting"),
                              tr("Delete this joint meeting with its decisions?")) != QMessageBox::Yes)
        return;
    if (const ServiceResult result = m_joint.service().deleteMeeting(id); !result.ok())
        QMessageBox::warning(this, tr("Delete joint meeting"), result.message);
    reload();
}

void JointMeetingsPage::followUpDecision()
{
    const std::optional<JointDecisionRow> row = m_joint.repository().decision(selectedId(m_decisionsView));
    if (!row)
        return;
    DecisionFollowUpDialog dialog(m_joint.service(), *row, m_workspace.clock().today(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void JointMeetingsPage::generateRota()
{
    if (m_committee <= 0)
        return;
    bool ok = false;
    const int from = QInputDialog::getInt(
        this, tr("Generate the rota"),
        tr("Generate the rota of %1 from month (earlier months are kept):").arg(year()), 1, 1, 12, 1, &ok);
    if (!ok)
        return;
    if (const ServiceResult result = m_joint.service().generateRota(m_committee, year(), from); !result.ok())
        QMessageBox::warning(this, tr("Generate the rota"), result.message);
    reload();
}

void JointMeetingsPage::changeRotaMonth()
{
    const QModelIndex index = m_rotaView->currentIndex();
    if (m_committee <= 0 || !index.isValid())
        return;
    const int month = m_rota->months()[index.row()].month;
    const QList<CoBuildingUnit> list = units();
    QStringList names{tr("(none)")};
    for (const CoBuildingUnit& unit : list)
        names << unit.name;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Chair of the month"),
        tr("Chair unit of %1-%2:").arg(year()).arg(month, 2, 10, QLatin1Char('0')), names, 0, false, &ok);
    if (!ok)
        return;
    const int at = int(names.indexOf(chosen)) - 1;
    const qint64 unitId = at >= 0 ? list[at].id : 0;
    if (const ServiceResult result = m_joint.service().setRotaMonth(m_committee, year(), month, unitId);
        !result.ok())
        QMessageBox::warning(this, tr("Chair of the month"), result.message);
    reload();
}

void JointMeetingsPage::newActivity()
{
    if (m_committee <= 0)
        return;
    UnitActivityDialog dialog(m_joint.service(), UnitActivity(), units(), m_workspace.clock().today(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void JointMeetingsPage::editActivity()
{
    const std::optional<UnitActivity> a = m_joint.repository().activity(selectedId(m_activitiesView));
    if (!a || m_committee <= 0)
        return;
    UnitActivityDialog dialog(m_joint.service(), *a, units(), m_workspace.clock().today(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void JointMeetingsPage::deleteActivity()
{
    const qint64 id = selectedId(m_activitiesView);
    if (id <= 0 ||
        QMessageBox::question(this, tr("Delete activity"), tr("Delete this activity?")) != QMessageBox::Yes)
        return;
    if (const ServiceResult result = m_joint.service().deleteActivity(id); !result.ok())
        QMessageBox::warning(this, tr("Delete activity"), result.message);
    reload();
}

} // namespace partydesk
