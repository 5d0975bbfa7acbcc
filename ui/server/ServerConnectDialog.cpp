#include "ServerConnectDialog.h"

#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/StorageErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVBoxLayout>

namespace partydesk {

namespace {

const char* const lastServerKey = "server/lastUrl";

} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to server"));
    auto* intro = new QLabel(tr("A street or district keeps one shared workspace on a PostgreSQL server, so "
                                "that several clerks work on it at once. Ask whoever runs the server for "
                                "these details."),
                             this);
    intro->setWordWrap(true);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("serverResult"));
    m_result->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    QPushButton* test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    test->setObjectName(QStringLiteral("testConnection"));
    connect(test, &QPushButton::clicked, this, &ServerConnectDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    QString error;
    const ServerAddress last =
        ServerAddress::parse(QSettings().value(QLatin1String(lastServerKey)).toString(), &error);
    if (error.isEmpty()) {
        m_host->setText(last.host);
        m_port->setValue(last.port);
        m_database->setText(last.database);
        m_user->setText(last.user);
    }
}

QString ServerConnectDialog::url() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    return address.url();
}

QString ServerConnectDialog::password() const
{
    return m_password->text();
}

bool ServerConnectDialog::testConnection()
{
    QString problem;
    if (m_host->text().trimmed().isEmpty())
        problem = tr("Enter the server's name or address.");
    else if (m_database->text().trimmed().isEmpty())
        problem = tr("Enter the database's name.");
    else if (m_user->text().trimmed().isEmpty())
        problem = tr("Enter your user name on the server.");
    if (problem.isEmpty()) {
        const ServerAddress address = ServerAddress::parse(url(), &problem);
        const QString connection = QStringLiteral("server-connect-test");
        if (problem.isEmpty()) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
                Database::configureServerConnection(db, address, password());
                if (!db.open())
                    problem =
                        tr("No connection: %1").arg(serverConnectionCause(db.lastError().databaseText()));
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
    }
    m_result->setText(problem.isEmpty() ? tr("The server answered and accepted the sign-in.") : problem);
    return problem.isEmpty();
}

void ServerConnectDialog::accept()
{
    if (!testConnection())
        return;
    QSettings().setValue(QLatin1String(lastServerKey), url());
    QDialog::accept();
}

} // namespace partydesk
