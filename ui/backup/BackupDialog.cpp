#include "BackupDialog.h"

#include "BackupJob.h"
#include "BackupTableModel.h"
#include "reports/FileWrittenMessage.h"
#include "security/Session.h"
#include "storage/BackupRestore.h"
#include "storage/EncryptedBackup.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

namespace partydesk {

namespace {

// A new password, typed twice; empty when the user cancels.
QByteArray askNewPassword(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(BackupDialog::tr("Encrypted backup"));
    auto* first = new QLineEdit;
    first->setObjectName(QStringLiteral("passwordEdit"));
    first->setEchoMode(QLineEdit::Password);
    auto* second = new QLineEdit;
    second->setObjectName(QStringLiteral("passwordAgainEdit"));
    second->setEchoMode(QLineEdit::Password);
    auto* problem = new QLabel;
    problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(
        new QLabel(BackupDialog::tr("The backup can only be opened with this password. Keep it safe: "
                                    "without it the backup is lost.")));
    form->addRow(BackupDialog::tr("Password:"), first);
    form->addRow(BackupDialog::tr("Again:"), second);
    form->addRow(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (first->text().size() < 8)
            problem->setText(BackupDialog::tr("Use at least 8 characters."));
        else if (first->text() != second->text())
            problem->setText(BackupDialog::tr("The two passwords differ; type them again."));
        else
            dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return first->text().toUtf8();
}

} // namespace

BackupDialog::BackupDialog(Workspace& workspace, const QString& workspacePath, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_workspacePath(QFileInfo(workspacePath).absoluteFilePath()),
      m_settings(BackupSettings::load(workspace.database()))
{
    setWindowTitle(tr("Backups and Restore"));
    setObjectName(QStringLiteral("BackupDialog"));
    m_closeConnection = [this] { m_workspace.database().close(); };
    m_reopenConnection = [this] {
        QSqlDatabase db = m_workspace.database();
        if (db.open())
            for (const char* pragma :
                 {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"})
                QSqlQuery(db).exec(QString::fromLatin1(pragma));
    };

    m_folderLabel = new QLabel;
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setWordWrap(true);
    auto* chooseFolderButton = new QPushButton(tr("Choose backup folder…"));
    chooseFolderButton->setObjectName(QStringLiteral("chooseFolderButton"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderLabel, 1);
    folderRow->addWidget(chooseFolderButton);

    const auto spin = [this](int value, const char* name) {
        auto* box = new QSpinBox;
        box->setObjectName(QLatin1String(name));
        box->setRange(0, 999);
        box->setValue(value);
        connect(box, qOverload<int>(&QSpinBox::valueChanged), this, &BackupDialog::savePolicy);
        return box;
    };
    m_daily = spin(m_settings.policy.daily, "keepDaily");
    m_weekly = spin(m_settings.policy.weekly, "keepWeekly");
    m_monthly = spin(m_settings.policy.monthly, "keepMonthly");
    auto* policyRow = new QHBoxLayout;
    policyRow->addWidget(new QLabel(tr("Keep the newest backup of each of the last")));
    policyRow->addWidget(m_daily);
    policyRow->addWidget(new QLabel(tr("days,")));
    policyRow->addWidget(m_weekly);
    policyRow->addWidget(new QLabel(tr("weeks and")));
    policyRow->addWidget(m_monthly);
    policyRow->addWidget(new QLabel(tr("months, and every backup of the last 24 hours.")));
    policyRow->addStretch();

    m_warning = new QLabel;
    m_warning->setObjectName(QStringLiteral("backupWarning"));
    m_warning->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
    m_warning->setWordWrap(true);

    m_model = new BackupTableModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("backupResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* now = new QPushButton(tr("Back up now"));
    now->setObjectName(QStringLiteral("backupNowButton"));
    auto* encrypted = new QPushButton(tr("Encrypted backup…"));
    encrypted->setObjectName(QStringLiteral("encryptedBackupButton"));
    m_restoreButton = new QPushButton(tr("Restore selected…"));
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setEnabled(false);
    auto* fromFile = new QPushButton(tr("Restore from a file…"));
    fromFile->setObjectName(QStringLiteral("restoreFromFileButton"));
    auto* close = new QPushButton(tr("Close"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {now, encrypted, m_restoreButton, fromFile})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(folderRow);
    layout->addLayout(policyRow);
    layout->addWidget(m_warning);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);
    layout->addLayout(buttons);

    connect(chooseFolderButton, &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    connect(now, &QPushButton::clicked, this, &BackupDialog::backUpNow);
    connect(encrypted, &QPushButton::clicked, this, &BackupDialog::backUpEncrypted);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupDialog::restoreSelected);
    connect(fromFile, &QPushButton::clicked, this, &BackupDialog::restoreFromFile);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_restoreButton->setEnabled(m_mayRestore && m_table->selectionModel()->hasSelection());
    });
    connect(m_table, &QTableView::doubleClicked, this, &BackupDialog::restoreSelected);
    // Restoring replaces everything (users too) and the settings are the workspace's: 书记/管理员 only.
    // Copies that leave the folder carry every full ID number.
    const QString mayNotRestore = m_workspace.session().refusal(Permission::ManageUsers);
    const QString mayNotExport = m_workspace.session().refusal(Permission::ShowFullIdNumbers);
    m_mayRestore = mayNotRestore.isEmpty();
    fromFile->setEnabled(m_mayRestore);
    fromFile->setToolTip(mayNotRestore);
    chooseFolderButton->setEnabled(m_mayRestore);
    for (QSpinBox* box : {m_daily, m_weekly, m_monthly})
        box->setEnabled(m_mayRestore);
    encrypted->setEnabled(mayNotExport.isEmpty());
    encrypted->setToolTip(mayNotExport);
    reload();
    resize(900, 520);
}

void BackupDialog::setConnectionHandlers(std::function<void()> close, std::function<void()> reopen)
{
    m_closeConnection = std::move(close);
    m_reopenConnection = std::move(reopen);
}

void BackupDialog::reload()
{
    const QString folder = m_settings.folderFor(m_workspacePath);
    m_folderLabel->setText(tr("Backup folder: %1").arg(QDir::toNativeSeparators(folder)));
    m_model->setEntries(BackupCatalogue::list(folder, m_workspacePath));
    m_table->resizeColumnsToContents();
    m_restoreButton->setEnabled(m_mayRestore && m_table->selectionModel()->hasSelection());
    m_warning->setText(
        BackupCatalogue::lastGoodOlderThan(m_model->entries(), QDateTime::currentDateTime())
            ? tr("The last good backup is more than a week old (or there is none): back up now.")
            : QString());
    m_warning->setVisible(!m_warning->text().isEmpty());
}

void BackupDialog::showResult(const QString& text, bool problem)
{
    m_result->setStyleSheet(problem ? QStringLiteral("color: #b71c1c") : QString());
    m_result->setText(text);
}

void BackupDialog::savePolicy()
{
    m_settings.policy = {m_daily->value(), m_weekly->value(), m_monthly->value()};
    QSqlDatabase db = m_workspace.database();
    if (const QString error = m_settings.save(db); !error.isEmpty())
        showResult(tr("The backup settings could not be saved: %1").arg(error), true);
}

void BackupDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose backup folder"),
                                                             m_settings.folderFor(m_workspacePath));
    if (folder.isEmpty())
        return;
    if (!QFileInfo(folder).isWritable()) {
        showResult(
            tr("\"%1\" cannot be written; choose another folder.").arg(QDir::toNativeSeparators(folder)),
            true);
        return;
    }
    m_settings.folder = folder;
    QSqlDatabase db = m_workspace.database();
    if (const QString error = m_settings.save(db); !error.isEmpty()) {
        showResult(tr("The backup settings could not be saved: %1").arg(error), true);
        return;
    }
    reload();
}

void BackupDialog::backUpNow()
{
    BackupOutcome outcome;
    const BackupSettings settings = m_settings;
    const QString path = m_workspacePath;
    BackupJob::run(this, tr("Backing up and checking the copy…"), [&](const BackupProgress& progress) {
        outcome = BackupCatalogue::take(path, settings, BackupReason::Manual, QDateTime::currentDateTime(),
                                        progress);
    });
    reload();
    if (outcome.cancelled)
        showResult(tr("Cancelled; no backup was written."), false);
    else if (!outcome.ok())
        showResult(outcome.error, true);
    else
        showResult(tr("Backup written and verified: %1 (%2)")
                       .arg(QDir::toNativeSeparators(outcome.path), BackupTableModel::sizeText(outcome.size)),
                   false);
}

void BackupDialog::backUpEncrypted()
{
    const QByteArray password = askNewPassword(this);
    if (password.isEmpty())
        return;
    const QString folder = m_settings.folderFor(m_workspacePath);
    QDir().mkpath(folder);
    const QString suggested = BackupCatalogue::newBackupPath(folder, m_workspacePath, BackupReason::Manual,
                                                             QDateTime::currentDateTime(), true);
    const QString out = QFileDialog::getSaveFileName(this, tr("Encrypted backup"), suggested,
                                                     tr("Encrypted PartyDesk backups (*.pdenc)"));
    if (out.isEmpty())
        return;
    QString error;
    bool cancelled = false;
    const QString workspace = m_workspacePath;
    BackupJob::run(this, tr("Writing the encrypted backup…"), [&](const BackupProgress& progress) {
        error = EncryptedBackup::writeEncryptedBackup(workspace, out, password,
                                                      EncryptedBackup::moderateCost(), progress, &cancelled);
    });
    reload();
    if (cancelled)
        showResult(tr("Cancelled; no backup was written."), false);
    else if (!error.isEmpty())
        showResult(error, true);
    else {
        showResult(tr("Encrypted backup written: %1").arg(QDir::toNativeSeparators(out)), false);
        FileWrittenMessage::show(this, tr("Encrypted backup"),
                                 tr("The encrypted backup is written. Keep it apart from this computer, "
                                    "and its password apart from it."),
                                 out, FileWrittenMessage::Offer::FolderOnly);
    }
}

void BackupDialog::restoreSelected()
{
    const BackupEntry* entry = m_model->entryAt(m_table->currentIndex().row());
    if (entry && m_mayRestore)
        restore(entry->path);
}

void BackupDialog::restoreFromFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Restore from a file"), m_settings.folderFor(m_workspacePath),
                                     tr("PartyDesk backups (*.sqlite *.pdenc);;All files (*)"));
    if (!path.isEmpty())
        restore(path);
}

void BackupDialog::restore(const QString& backupPath)
{
    const std::optional<BackupFileName> name = BackupFileName::parse(QFileInfo(backupPath).fileName());
    const QString when =
        name ? name->takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QFileInfo(backupPath).fileName();
    if (QMessageBox::question(
            this, tr("Restore"),
            tr("Replace the workspace with the backup of %1? Everything saved since then is "
               "replaced. The workspace as it is now is backed up first, so this can be "
               "undone by restoring that backup.")
                .arg(when)) != QMessageBox::Yes)
        return;
    RestoreRequest request;
    request.backupPath = backupPath;
    request.workspacePath = m_workspacePath;
    request.settings = m_settings;
    request.now = QDateTime::currentDateTime();
    request.userName = m_workspace.session().userName();
    if (EncryptedBackup::isEncryptedBackup(backupPath)) {
        bool ok = false;
        const QString password =
            QInputDialog::getText(this, tr("Restore"), tr("Password of the encrypted backup:"),
                                  QLineEdit::Password, QString(), &ok);
        if (!ok || password.isEmpty())
            return;
        request.password = password.toUtf8();
    }
    RestoreOutcome outcome;
    const std::function<void()> closeConnection = m_closeConnection;
    BackupJob::run(this, tr("Checking the backup and restoring…"), [&](const BackupProgress& progress) {
        outcome = BackupRestore::restore(
            request, [&] { BackupJob::onWindowThread(closeConnection); }, progress);
    });
    if (outcome.workspaceClosed && m_reopenConnection)
        m_reopenConnection();
    if (!outcome.ok()) {
        reload();
        showResult(outcome.cancelled ? tr("Cancelled; the workspace was not changed.") : outcome.error, true);
        return;
    }
    // The restored file keeps the backup folder and counts chosen here, not those it had then.
    QSqlDatabase db = m_workspace.database();
    m_settings.save(db);
    reload();
    showResult(tr("Restored: %1 members on the roster. The workspace as it was is backed up as %2.")
                   .arg(outcome.memberCount)
                   .arg(QDir::toNativeSeparators(QFileInfo(outcome.preRestoreBackup).fileName())),
               false);
    emit workspaceRestored();
}

} // namespace partydesk
