#include "UsersDialog.h"

#include "security/SecurityService.h"
#include "UserDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace partydesk {

UsersDialog::UsersDialog(SecurityService& security, QWidget* parent) : QDialog(parent), m_security(security)
{
    setObjectName(QStringLiteral("UsersDialog"));
    setWindowTitle(tr("Users and sign-in"));
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Role"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto* add = new QPushButton(tr("Add a user…"));
    add->setObjectName(QStringLiteral("addUserButton"));
    auto* role = new QPushButton(tr("Change role…"));
    auto* active = new QPushButton(tr("Disable / enable"));
    auto* password = new QPushButton(tr("New password…"));
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(role, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(active, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(password, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    auto* userButtons = new QHBoxLayout;
    for (QPushButton* button : {add, role, active, password})
        userButtons->addWidget(button);
    userButtons->addStretch();

    m_signIn = new QCheckBox(tr("Everyone signs in to use this workspace"));
    m_signIn->setObjectName(QStringLiteral("signInRequired"));
    m_lockMinutes = new QSpinBox;
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutes"));
    m_lockMinutes->setRange(0, 24 * 60);
    m_lockMinutes->setSpecialValueText(tr("never"));
    m_lockMinutes->setSuffix(tr(" min"));
    auto* lockRow = new QHBoxLayout;
    lockRow->addWidget(new QLabel(tr("Lock the window after this time without use:")));
    lockRow->addWidget(m_lockMinutes);
    lockRow->addStretch();

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(userButtons);
    layout->addWidget(m_signIn);
    layout->addLayout(lockRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    reload();
    connect(m_signIn, &QCheckBox::toggled, this, &UsersDialog::setSignIn);
    connect(m_lockMinutes, &QSpinBox::editingFinished, this,
            [this] { setLockMinutes(m_lockMinutes->value()); });
    resize(640, 420);
}

void UsersDialog::reload()
{
    const QList<UserAccount> users = m_security.users();
    m_table->setRowCount(users.size());
    for (int r = 0; r < users.size(); ++r) {
        const UserAccount& user = users[r];
        auto* name = new QTableWidgetItem(user.name);
        name->setData(Qt::UserRole, user.id);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(Roles::displayName(user.role)));
        m_table->setItem(r, 2, new QTableWidgetItem(user.active ? tr("active") : tr("disabled")));
    }
    m_table->resizeColumnsToContents();
    const QSignalBlocker blockSignIn(m_signIn);
    const QSignalBlocker blockMinutes(m_lockMinutes);
    m_signIn->setChecked(m_security.setting() == SignInSetting::On);
    m_lockMinutes->setValue(m_security.lockMinutes());
}

qint64 UsersDialog::selectedUser(QString* name) const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return 0;
    if (name)
        *name = m_table->item(row, 0)->text();
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool UsersDialog::report(const ServiceResult& result)
{
    m_message->setText(result.ok() ? QString() : result.message);
    m_message->setStyleSheet(result.ok() ? QString() : QStringLiteral("color: #b00020"));
    return result.ok();
}

void UsersDialog::addUser()
{
    UserDialog dialog(m_security, 0, QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::changeRole()
{
    QString name;
    const qint64 id = selectedUser(&name);
    if (id == 0)
        return;
    QStringList names;
    for (Role role : Roles::all())
        names << Roles::displayName(role);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Change role"), tr("Role of %1").arg(name), names, 0, false, &ok);
    if (!ok)
        return;
    report(m_security.changeRole(id, Roles::all().at(names.indexOf(chosen))));
    reload();
}

void UsersDialog::toggleActive()
{
    const qint64 id = selectedUser();
    if (id == 0)
        return;
    bool active = true;
    for (const UserAccount& user : m_security.users())
        if (user.id == id)
            active = user.active;
    report(m_security.setActive(id, !active));
    reload();
}

void UsersDialog::resetPassword()
{
    QString name;
    const qint64 id = selectedUser(&name);
    if (id == 0)
        return;
    UserDialog dialog(m_security, id, name, this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->setText(tr("The password of %1 was changed.").arg(name));
}

void UsersDialog::setSignIn(bool on)
{
    report(m_security.setSignInRequired(on));
    reload();
}

void UsersDialog::setLockMinutes(int minutes)
{
    if (minutes != m_security.lockMinutes())
        report(m_security.setLockMinutes(minutes));
}

} // namespace partydesk
