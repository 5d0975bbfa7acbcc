#include "PackageReceivePanel.h"

#include "domain/Enums.h"
#include "package/PackageKeys.h"
#include "package/PackageKinds.h"
#include "package/PackageMerge.h"
#include "package/PlanPackage.h"
#include "PackageCountsModel.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace partydesk {

PackageReceivePanel::PackageReceivePanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    auto* choose = new QPushButton(tr("&Open a package…"));
    choose->setObjectName(QStringLiteral("openPackage"));
    m_file = new QLabel(tr("No package opened."));
    m_file->setObjectName(QStringLiteral("packageFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* top = new QHBoxLayout;
    top->addWidget(choose);
    top->addWidget(m_file, 1);

    m_about = new QLabel;
    m_about->setObjectName(QStringLiteral("packageAbout"));
    m_about->setWordWrap(true);
    m_under = new QComboBox;
    m_under->setObjectName(QStringLiteral("packageUnder"));
    m_underLabel = new QLabel(tr("The community goes under:"));
    auto* place = new QHBoxLayout;
    place->addWidget(m_underLabel);
    place->addWidget(m_under, 1);
    m_model = new PackageCountsModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("packageCounts"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PackageCountsModel::Kind, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("packageNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_import = new QPushButton(tr("&Import"));
    m_import->setObjectName(QStringLiteral("importPackage"));
    m_import->setEnabled(false);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("receiveResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_about);
    layout->addLayout(place);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_import, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    connect(choose, &QPushButton::clicked, this, &PackageReceivePanel::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &PackageReceivePanel::importShown);
    connect(m_under, &QComboBox::activated, this, &PackageReceivePanel::showPreview);
    fillPlaces();
    m_underLabel->hide();
    m_under->hide();
}

void PackageReceivePanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a package"), QDir::homePath(),
                                                      tr("PartyDesk data packages (*.pdpkg)"));
    if (!path.isEmpty())
        openFile(path);
}

// The street committees here, where a community may go; with none, every organisation at the top.
void PackageReceivePanel::fillPlaces()
{
    m_under->clear();
    const QList<Organisation> organisations = m_workspace.organisations().all();
    for (const Organisation& org : organisations)
        if (org.type == OrgType::StreetCommittee)
            m_under->addItem(org.name, org.id);
    if (m_under->count() == 0)
        for (const Organisation& org : organisations)
            if (org.parentId == 0)
                m_under->addItem(org.name, org.id);
}

bool PackageReceivePanel::openFile(const QString& path)
{
    m_model->clear();
    m_notes->clear();
    m_about->clear();
    m_import->setEnabled(false);
    showResult(QString(), false);
    m_file->setText(QDir::toNativeSeparators(path));
    PackageKeys keys(m_workspace.database(), m_workspace.writeGate(), m_workspace.audit());
    QString error;
    const PackageKeys::Own own = keys.own(&error);
    m_received = error.isEmpty() ? PackageTransfer::open(path, keys, own) : PackageTransfer::Received{};
    if (!error.isEmpty())
        m_received.error = error;
    if (!m_received.ok()) {
        showResult(m_received.error, true);
        return false;
    }
    showPreview();
    return true;
}

void PackageReceivePanel::showPreview()
{
    const bool year = m_received.content == PackageTransfer::Content::Year;
    m_underLabel->setVisible(year);
    m_under->setVisible(year);
    m_table->setVisible(year);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    if (year) {
        const PackageImport::Plan plan =
            PackageImport::plan(m_workspace.database(), m_received.payload, m_received.senderKey,
                                m_under->currentData().toLongLong());
        QGuiApplication::restoreOverrideCursor();
        if (!plan.error.isEmpty()) {
            showResult(plan.error, true);
            return;
        }
        m_about->setText(tr("From %1 (%2): the year %3, made %4.")
                             .arg(m_received.senderName, plan.sender)
                             .arg(plan.year)
                             .arg(PackageHistory::shownTime(plan.madeAt)));
        m_model->setPlan(plan);
        const QStringList notes = PackageImport::notes(plan, true);
        m_notes->setText(notes.join(QLatin1Char('\n')));
        m_import->setEnabled(plan.freshness != PackageHistory::Freshness::SamePackage &&
                             PackageImport::freshnessRefusal(plan).isEmpty() && plan.refusal.isEmpty());
        return;
    }
    const PlanPackage::Preview plan =
        PlanPackage::preview(m_workspace.database(), m_received.payload, m_received.senderKey);
    QGuiApplication::restoreOverrideCursor();
    if (!plan.error.isEmpty()) {
        showResult(plan.error, true);
        return;
    }
    m_about->setText(tr("From %1 (%2): the rating template and theme-day plan of %3, made %4.")
                         .arg(m_received.senderName, plan.sender)
                         .arg(plan.year)
                         .arg(PackageHistory::shownTime(plan.madeAt)));
    QStringList lines = PlanPackage::describe(plan, false);
    for (QString& line : lines)
        line = line.trimmed();
    m_notes->setText(lines.join(QLatin1Char('\n')));
    m_import->setEnabled(plan.freshness != PackageHistory::Freshness::SamePackage);
}

bool PackageReceivePanel::importShown()
{
    if (!m_received.ok() || m_received.payload.isEmpty())
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString failure;
    QStringList done;
    if (m_received.content == PackageTransfer::Content::Year) {
        const PackageImport::Outcome outcome = PackageImport::merge(
            m_workspace.database(), m_workspace.writeGate(), m_workspace.audit(), m_received.payload,
            m_received.senderKey, m_under->currentData().toLongLong());
        if (outcome.status == PackageImport::Outcome::Status::Refused ||
            outcome.status == PackageImport::Outcome::Status::Failed)
            failure = outcome.message;
        for (const QString& table : PackageImport::kindsInOrder()) {
            const PackageImport::Counts c = outcome.done(table);
            if (c.added + c.changed + c.left > 0)
                done << tr("%1: %2 added, %3 changed, %4 removed")
                            .arg(PackageKinds::plural(table))
                            .arg(c.added)
                            .arg(c.changed)
                            .arg(c.left);
        }
        done << PackageImport::afterMerge(outcome);
    } else {
        const PlanPackage::Outcome outcome =
            PlanPackage::install(m_workspace.database(), m_workspace.writeGate(), m_workspace.audit(),
                                 m_received.payload, m_received.senderKey);
        if (outcome.status == PlanPackage::Outcome::Status::Refused ||
            outcome.status == PlanPackage::Outcome::Status::Failed)
            failure = outcome.message;
        for (const QString& line : PlanPackage::describe(outcome.done, true))
            done << line.trimmed();
    }
    QGuiApplication::restoreOverrideCursor();
    if (!failure.isEmpty()) {
        showResult(tr("Not imported, nothing was changed: %1").arg(failure), true);
        return false;
    }
    m_import->setEnabled(false);
    showResult(done.isEmpty() ? tr("Nothing to do: nothing was changed.")
                              : tr("Imported.") + QLatin1Char('\n') + done.join(QLatin1Char('\n')),
               false);
    fillPlaces();
    emit imported();
    return true;
}

void PackageReceivePanel::showResult(const QString& text, bool problem)
{
    m_result->setText(text);
    m_result->setStyleSheet(problem ? QStringLiteral("color: #b71c1c") : QString());
}

} // namespace partydesk
