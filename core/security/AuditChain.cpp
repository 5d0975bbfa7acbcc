#include "AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace partydesk::AuditChain {

QByteArray canonical(const AuditEntry& entry)
{
    const QJsonArray fields{QString::number(entry.id), entry.recordedAt, entry.userName, entry.action,
                            entry.detail};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QString link(const QString& previousHash, const AuditEntry& entry)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(previousHash.toLatin1());
    sha.addData(QByteArrayView("\n"));
    sha.addData(canonical(entry));
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace partydesk::AuditChain
