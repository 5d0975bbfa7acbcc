#include "PackageKeysPanel.h"

#include "package/PackageKeys.h"
#include "Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace partydesk {

namespace {

QLineEdit* keyField(const QString& objectName)
{
    auto* field = new QLineEdit;
    field->setObjectName(objectName);
    field->setReadOnly(true);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
    return field;
}

} // namespace

PackageKeysPanel::PackageKeysPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    m_signingKey = keyField(QStringLiteral("signingKey"));
    m_boxKey = keyField(QStringLiteral("receivingKey"));
    auto* own = new QGroupBox(tr("This workspace's public keys"));
    auto* ownForm = new QFormLayout(own);
    for (const auto& [label, field, hint] :
         {std::tuple{tr("Signing key:"), m_signingKey,
                     tr("A community gives it to its street, which adds it under 'Senders trusted'.")},
          std::tuple{tr("Receiving key:"), m_boxKey,
                     tr("A street gives it to its communities, which add it under 'Recipients'.")}}) {
        auto* copy = new QPushButton(tr("Copy"));
        QLineEdit* shown = field;
        connect(copy, &QPushButton::clicked, this,
                [shown] { QApplication::clipboard()->setText(shown->text()); });
        auto* row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(copy);
        ownForm->addRow(label, row);
        auto* note = new QLabel(hint);
        note->setWordWrap(true);
        ownForm->addRow(QString(), note);
    }

    const auto addForm = [this](QGroupBox* box, QLabel*& list, QLineEdit*& name, QLineEdit*& key,
                                const QString& prefix, const QString& addText) {
        list = new QLabel;
        list->setWordWrap(true);
        list->setObjectName(prefix + QStringLiteral("List"));
        name = new QLineEdit;
        name->setObjectName(prefix + QStringLiteral("Name"));
        key = new QLineEdit;
        key->setObjectName(prefix + QStringLiteral("Key"));
        key->setPlaceholderText(tr("44 characters, as the other workspace shows it"));
        auto* add = new QPushButton(addText);
        add->setObjectName(prefix + QStringLiteral("Add"));
        auto* form = new QFormLayout(box);
        form->addRow(list);
        form->addRow(tr("Name:"), name);
        form->addRow(tr("Public key:"), key);
        form->addRow(QString(), add);
        return add;
    };
    auto* senders = new QGroupBox(tr("Senders trusted (their packages open here)"));
    connect(addForm(senders, m_senders, m_senderName, m_senderKey, QStringLiteral("sender"), tr("&Trust")),
            &QPushButton::clicked, this, &PackageKeysPanel::trustSender);
    auto* recipients = new QGroupBox(tr("Recipients (packages from here are sealed for them)"));
    connect(addForm(recipients, m_recipients, m_recipientName, m_recipientKey, QStringLiteral("recipient"),
                    tr("&Add recipient")),
            &QPushButton::clicked, this, &PackageKeysPanel::addRecipient);

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("keysResult"));
    m_result->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(own);
    auto* lists = new QHBoxLayout;
    lists->addWidget(senders);
    lists->addWidget(recipients);
    layout->addLayout(lists);
    layout->addWidget(m_result);
    layout->addStretch();
    reload();
}

void PackageKeysPanel::reload()
{
    PackageKeys keys(m_workspace.database(), m_workspace.writeGate(), m_workspace.audit());
    QString error;
    const PackageKeys::Own own = keys.own(&error);
    if (!error.isEmpty())
        showResult(error, true);
    m_signingKey->setText(error.isEmpty() ? PackageKeys::keyText(own.signing.publicKey) : QString());
    m_boxKey->setText(error.isEmpty() ? PackageKeys::keyText(own.box.publicKey) : QString());
    const auto names = [](const QList<PackageKeys::Named>& named) {
        QStringList list;
        for (const PackageKeys::Named& one : named)
            list << one.name;
        return list.isEmpty() ? tr("None yet.") : list.join(QStringLiteral("、"));
    };
    m_senders->setText(names(keys.trustedSenders()));
    m_recipients->setText(names(keys.recipients()));
}

void PackageKeysPanel::trustSender()
{
    addKey(m_senderName, m_senderKey, &PackageKeys::trustSender, tr("Packages signed by %1 will open here."));
}

void PackageKeysPanel::addRecipient()
{
    if (addKey(m_recipientName, m_recipientKey, &PackageKeys::setRecipient,
               tr("Packages from here can go to %1.")))
        emit recipientsChanged();
}

bool PackageKeysPanel::addKey(QLineEdit* name, QLineEdit* key,
                              QString (PackageKeys::*save)(const QString&, const QString&),
                              const QString& done)
{
    PackageKeys keys(m_workspace.database(), m_workspace.writeGate(), m_workspace.audit());
    const QString error = (keys.*save)(name->text(), key->text());
    if (!error.isEmpty()) {
        showResult(error, true);
        return false;
    }
    showResult(done.arg(name->text().trimmed()), false);
    name->clear();
    key->clear();
    reload();
    return true;
}

void PackageKeysPanel::showResult(const QString& text, bool problem)
{
    m_result->setText(text);
    m_result->setStyleSheet(problem ? QStringLiteral("color: #b71c1c") : QString());
}

} // namespace partydesk
