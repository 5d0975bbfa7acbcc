#include "PackageDialog.h"

#include "PackageKeysPanel.h"
#include "PackageReceivePanel.h"
#include "PackageSendPanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace partydesk {

PackageDialog::PackageDialog(Workspace& workspace, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Data packages"));
    m_send = new PackageSendPanel(workspace);
    m_receive = new PackageReceivePanel(workspace);
    m_keys = new PackageKeysPanel(workspace);
    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("packageTabs"));
    tabs->addTab(m_send, tr("&Send"));
    tabs->addTab(m_receive, tr("&Receive"));
    tabs->addTab(m_keys, tr("&Keys"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keys, &PackageKeysPanel::recipientsChanged, m_send, &PackageSendPanel::reloadRecipients);
    connect(m_receive, &PackageReceivePanel::imported, this, &PackageDialog::imported);
    resize(880, 600);
}

} // namespace partydesk
