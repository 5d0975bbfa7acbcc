#include "PackageSendPanel.h"

#include "package/PackageKeys.h"
#include "package/PackageTransfer.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace partydesk {

PackageSendPanel::PackageSendPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    m_content = new QComboBox;
    m_content->setObjectName(QStringLiteral("packageContent"));
    m_content->addItem(tr("This community's year (members, organisations, meetings, ratings, co-governance), "
                          "for the street"),
                       int(PackageTransfer::Content::Year));
    m_content->addItem(tr("The street's rating template and theme-day plan of the year, for a community"),
                       int(PackageTransfer::Content::Plan));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("packageYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_recipient = new QComboBox;
    m_recipient->setObjectName(QStringLiteral("packageRecipient"));
    m_write = new QPushButton(tr("&Write the package…"));
    m_write->setObjectName(QStringLiteral("writePackage"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("sendResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* note = new QLabel(
        tr("The file is encrypted for the recipient alone and signed with this workspace's key: only the "
           "recipient can open it, and it can tell that nobody changed it on the way. It carries ID "
           "numbers: hand it over as the rules for personal data ask (no public chat groups)."));
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("What:"), m_content);
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("For:"), m_recipient);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_write, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addStretch();
    connect(m_write, &QPushButton::clicked, this, &PackageSendPanel::chooseFileAndWrite);
    reloadRecipients();
}

void PackageSendPanel::reloadRecipients()
{
    const PackageKeys keys(m_workspace.database(), m_workspace.writeGate(), m_workspace.audit());
    const QString current = m_recipient->currentText();
    m_recipient->clear();
    for (const PackageKeys::Named& named : keys.recipients())
        m_recipient->addItem(named.name);
    m_recipient->setCurrentIndex(std::max(0, m_recipient->findText(current)));
    m_write->setEnabled(m_recipient->count() > 0);
    if (m_recipient->count() == 0)
        showResult(tr("No recipient yet: add the receiving key of the workspace it goes to under 'Keys'."),
                   false);
    else
        showResult(QString(), false);
}

void PackageSendPanel::chooseFileAndWrite()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.pdpkg").arg(m_recipient->currentText()).arg(m_year->value()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Write the package"), suggested,
                                                      tr("PartyDesk data packages (*.pdpkg)"));
    if (!path.isEmpty())
        writeTo(path.endsWith(QLatin1String(".pdpkg")) ? path : path + QStringLiteral(".pdpkg"));
}

bool PackageSendPanel::writeTo(const QString& path)
{
    const PackageKeys keys(m_workspace.database(), m_workspace.writeGate(), m_workspace.audit());
    const PackageKeys::Named recipient = keys.recipient(m_recipient->currentText());
    if (recipient.key.isEmpty()) {
        showResult(tr("Choose whom the package is for."), true);
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error =
        PackageTransfer::write(m_workspace, PackageTransfer::Content(m_content->currentData().toInt()),
                               m_year->value(), recipient, path);
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        showResult(tr("The package was not written: %1").arg(error), true);
        return false;
    }
    showResult(tr("Written for %1: %2").arg(recipient.name, QDir::toNativeSeparators(path)), false);
    return true;
}

void PackageSendPanel::showResult(const QString& text, bool problem)
{
    m_result->setText(text);
    m_result->setStyleSheet(problem ? QStringLiteral("color: #b71c1c") : QString());
}

} // namespace partydesk
