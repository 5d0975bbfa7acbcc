#include "AuditPage.h"

#include "AuditTrailModel.h"
#include "report/XlsxReportWriter.h"
#include "reports/FileWrittenMessage.h"
#include "security/AuditReport.h"
#include "widgets/ColumnFitter.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace partydesk {

AuditPage::AuditPage(Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("AuditPage"));
    setWindowTitle(tr("Audit trail"));
    m_model = new AuditTrailModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    ColumnFitter::attach(m_view);

    m_user = new QComboBox;
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->addItem(tr("Every user"), QString());
    for (const QString& name : workspace.audit().userNames())
        m_user->addItem(name.isEmpty() ? tr("(no sign-in)") : name, name);
    m_action = new QComboBox;
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("Every action"), QString());
    for (const QString& action : workspace.audit().actions())
        m_action->addItem(auditActionName(action), action);
    m_useDates = new QCheckBox(tr("From"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_to = new QDateEdit(QDate::currentDate());
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User")));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Action")));
    filters->addWidget(m_action);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_to);
    filters->addStretch();
    for (QComboBox* box : {m_user, m_action})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_useDates, &QCheckBox::toggled, this, &AuditPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::reload);

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* verify = buttons->addButton(tr("Verify the chain"), QDialogButtonBox::ActionRole);
    verify->setObjectName(QStringLiteral("verifyButton"));
    QPushButton* exportButton = buttons->addButton(tr("Export to Excel…"), QDialogButtonBox::ActionRole);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportToExcel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    reload();
    resize(1000, 600);
}

void AuditPage::reload()
{
    AuditFilter filter;
    filter.userName = m_user->currentData().toString();
    filter.action = m_action->currentData().toString();
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    // An empty user name is a real value (entries written without sign-in); "every user" is the first item.
    QList<AuditEntry> entries = m_workspace.audit().entries(filter);
    if (m_user->currentIndex() > 0 && filter.userName.isEmpty()) {
        QList<AuditEntry> anonymous;
        for (const AuditEntry& e : entries)
            if (e.userName.isEmpty())
                anonymous << e;
        entries = anonymous;
    }
    m_model->setEntries(entries);
}

void AuditPage::verifyChain()
{
    const AuditVerification result = m_workspace.audit().verify();
    m_result->setText(result.message);
    m_result->setStyleSheet(result.intact ? QStringLiteral("color: #1b5e20")
                                          : QStringLiteral("color: #b00020"));
    m_workspace.audit().record(QStringLiteral("audit.verify"),
                               result.intact ? QStringLiteral("intact, %1 entries").arg(result.checked)
                                             : QStringLiteral("broken at entry %1").arg(result.brokenId));
}

QString AuditPage::exportTo(const QString& path)
{
    if (const QString why = m_workspace.session().refusal(Permission::ViewAudit); !why.isEmpty())
        return why;
    const QList<AuditEntry>& entries = m_model->entries();
    const QString subtitle =
        tr("%n entries, exported %1", nullptr, int(entries.size()))
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    const QString error = writeXlsx({auditReport(entries, subtitle)}, path);
    if (error.isEmpty())
        m_workspace.audit().record(QStringLiteral("audit.export"),
                                   QStringLiteral("%1 entries → %2").arg(entries.size()).arg(path));
    return error;
}

void AuditPage::exportToExcel()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit trail"),
        tr("Audit trail %1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export the audit trail"), error);
        return;
    }
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
    FileWrittenMessage::show(this, tr("Export the audit trail"), tr("The audit trail shown is exported."),
                             path);
}

} // namespace partydesk
