// The page's actions on the selected wish: each opens its form or step dialog, whose service call
// checks the rules, then reloads and keeps the wish selected.
#include "cogovernance/CommitteeScope.h"
#include "cogovernance/WishService.h"
#include "domain/OrganisationTree.h"
#include "models/OrganisationTreeModel.h"
#include "widgets/ScaledJpeg.h"
#include "WishesPage.h"
#include "WishForm.h"
#include "WishListModel.h"
#include "WishStepDialog.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QTableView>

namespace partydesk {

void WishesPage::afterWrite(qint64 id)
{
    reload();
    if (m_model->rowOf(id) < 0)
        m_stage->setCurrentIndex(0);
    if (const int row = m_model->rowOf(id); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void WishesPage::newWish()
{
    const qint64 community = committee();
    if (!community)
        return;
    QList<qint64> branches;
    const QSet<qint64> scope = subtreeIds(m_tree.organisations(), community);
    for (const Organisation& org : m_tree.organisations())
        if (scope.contains(org.id) && isBranchLevel(org.type) && org.type != OrgType::PartyGroup)
            branches << org.id;
    MicroWish w;
    w.orgId = m_orgId;
    WishForm form(*m_service, m_tree.organisations(), branches, w, m_workspace.clock().today(), this);
    if (form.exec() == QDialog::Accepted)
        afterWrite(form.savedId());
}

void WishesPage::editWish()
{
    const MicroWish* w = current();
    if (!w || !committee())
        return;
    QList<qint64> branches;
    const QSet<qint64> scope = subtreeIds(m_tree.organisations(), committee());
    for (const Organisation& org : m_tree.organisations())
        if (scope.contains(org.id) && isBranchLevel(org.type) && org.type != OrgType::PartyGroup)
            branches << org.id;
    WishForm form(*m_service, m_tree.organisations(), branches, *w, m_workspace.clock().today(), this);
    if (form.exec() == QDialog::Accepted)
        afterWrite(form.savedId());
}

void WishesPage::publish()
{
    if (const MicroWish* w = current()) {
        const qint64 id = w->id;
        WishStepDialog dialog(*m_service, *w, WishStepDialog::Step::Publish, m_workspace.clock().today(),
                              this);
        if (dialog.exec() == QDialog::Accepted)
            afterWrite(id);
    }
}

void WishesPage::claim()
{
    if (const MicroWish* w = current()) {
        const qint64 id = w->id;
        const qint64 community = committeeOf(m_tree.organisations(), w->orgId);
        const QSet<qint64> scope = subtreeIds(m_tree.organisations(), community);
        WishStepDialog dialog(*m_service, *w, WishStepDialog::Step::Claim, m_workspace.clock().today(), this);
        dialog.setCandidates(
            m_service->wishes().claimableMembers(QList<qint64>(scope.cbegin(), scope.cend())),
            m_workspace.organisations().coBuildingUnits(community));
        if (dialog.exec() == QDialog::Accepted)
            afterWrite(id);
    }
}

void WishesPage::fulfil()
{
    if (const MicroWish* w = current()) {
        const qint64 id = w->id;
        WishStepDialog dialog(*m_service, *w, WishStepDialog::Step::Fulfil, m_workspace.clock().today(),
                              this);
        if (dialog.exec() == QDialog::Accepted) {
            addPhotos(id, dialog.photoFiles());
            afterWrite(id);
        }
    }
}

void WishesPage::addPhotos(qint64 wishId, const QStringList& files)
{
    for (const QString& file : files) {
        const QImage image(file);
        WishPhoto photo;
        photo.wishId = wishId;
        photo.caption = QFileInfo(file).completeBaseName();
        if (!image.isNull()) {
            photo.image = scaledJpeg(image, 1600);
            photo.thumbnail = scaledJpeg(image, 200);
        }
        if (const ServiceResult added = m_service->addPhoto(photo); !added.ok())
            QMessageBox::warning(this, tr("Photo not added"), tr("%1: %2").arg(file, added.message));
    }
}

void WishesPage::withdraw()
{
    if (const MicroWish* w = current()) {
        const qint64 id = w->id;
        WishStepDialog dialog(*m_service, *w, WishStepDialog::Step::Withdraw, m_workspace.clock().today(),
                              this);
        if (dialog.exec() == QDialog::Accepted)
            afterWrite(id);
    }
}

void WishesPage::stepBack()
{
    const MicroWish* w = current();
    if (!w)
        return;
    const qint64 id = w->id;
    if (QMessageBox::question(this, tr("Back a stage"),
                              tr("Move \"%1\" back from \"%2\" to the stage before?")
                                  .arg(w->wish, wishStageName(w->stage()))) != QMessageBox::Yes)
        return;
    if (const ServiceResult back = m_service->stepBack(id); !back.ok())
        QMessageBox::warning(this, tr("Back a stage"), back.message);
    afterWrite(id);
}

} // namespace partydesk
