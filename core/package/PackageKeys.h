#pragma once

#include "PackageEnvelope.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace partydesk {

class AuditLog;
class WriteGate;

// The keys of data packages, kept in the workspace's settings. A community signs what it sends
// with its signing key and seals it to its street's box key; a street opens what it receives with
// its box key, from the communities whose signing keys it trusts. A workspace's own keys are made
// the first time they are asked for; public keys are handed over as text (Base64).
class PackageKeys
{
public:
    PackageKeys(QSqlDatabase db, const WriteGate& gate, AuditLog& audit)
        : m_db(std::move(db)), m_gate(gate), m_audit(audit)
    {
    }

    struct Own
    {
        PackageEnvelope::KeyPair signing; // sends
        PackageEnvelope::KeyPair box;     // receives
    };
    // This workspace's key pairs, made now when it has none; empty and `*error` set when they
    // could not be saved.
    Own own(QString* error);

    struct Named
    {
        QString name;
        QByteArray key;
    };
    // The senders whose packages this workspace opens.
    QList<Named> trustedSenders() const;
    // Trusts `keyText` as `name`'s signing key (replacing what that name had); recorded in the audit
    // log. An error when the key is not a key or the name is empty. Trusting a key, and naming where
    // packages go, is for those who manage users: it decides who may change this workspace's data.
    QString trustSender(const QString& name, const QString& keyText);
    // Where this workspace sends its packages: a community has one recipient (its street), a street one
    // per community it sends its plan to. Each name has one key; naming it again replaces the key.
    QList<Named> recipients() const;
    // The recipient called `name`, or with an empty name the only one; empty when there is no such one.
    Named recipient(const QString& name = {}) const;
    QString setRecipient(const QString& name, const QString& keyText);

    static QString keyText(const QByteArray& key);
    // The key in `text`, or empty when it is not a 32-byte key written as keyText writes it.
    static QByteArray keyFromText(const QString& text);

private:
    QSqlDatabase m_db;
    const WriteGate& m_gate;
    AuditLog& m_audit;
};

} // namespace partydesk
