#include "PackageKeys.h"

#include "repository/AuditLog.h"
#include "repository/Settings.h"
#include "repository/SqlTransaction.h"
#include "service/WriteRefusal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace partydesk {

namespace {

const QString signingPublic = QStringLiteral("package.signing.public");
const QString signingSecret = QStringLiteral("package.signing.secret");
const QString boxPublic = QStringLiteral("package.box.public");
const QString boxSecret = QStringLiteral("package.box.secret");
const QString trustedKey = QStringLiteral("package.trusted");
const QString recipientName = QStringLiteral("package.recipient.name");
const QString recipientKey = QStringLiteral("package.recipient.key");
// Several recipients (a street's communities), as [{name, key}]; the single pair above is what
// workspaces named before there could be several, and is read as the first.
const QString recipientList = QStringLiteral("package.recipients");

QByteArray fromBase64(const QString& text)
{
    return QByteArray::fromBase64(text.toLatin1());
}

} // namespace

QString PackageKeys::keyText(const QByteArray& key)
{
    return QString::fromLatin1(key.toBase64());
}

QByteArray PackageKeys::keyFromText(const QString& text)
{
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != PackageEnvelope::keyBytes)
        return {};
    return decoded.decoded;
}

PackageKeys::Own PackageKeys::own(QString* error)
{
    Own keys{{fromBase64(readSetting(m_db, signingPublic)), fromBase64(readSetting(m_db, signingSecret))},
             {fromBase64(readSetting(m_db, boxPublic)), fromBase64(readSetting(m_db, boxSecret))}};
    if (keys.signing.isValid() && keys.box.isValid())
        return keys;
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::ShowFullIdNumbers);
        !why.isEmpty()) {
        *error = why;
        return {};
    }
    ScopedTransaction transaction(m_db);
    QString failed = transaction.error();
    const Own made{PackageEnvelope::newSigningKeys(), PackageEnvelope::newBoxKeys()};
    if (failed.isEmpty() && (!made.signing.isValid() || !made.box.isValid()))
        failed = QCoreApplication::translate("PackageKeys", "The package keys could not be made.");
    for (const auto& [name, value] :
         {std::pair{signingPublic, made.signing.publicKey}, std::pair{signingSecret, made.signing.secretKey},
          std::pair{boxPublic, made.box.publicKey}, std::pair{boxSecret, made.box.secretKey}})
        if (failed.isEmpty())
            failed = writeSetting(m_db, name, keyText(value));
    if (failed.isEmpty() && !m_audit.record(QStringLiteral("package.keys"), QStringLiteral("made")))
        failed = QStringLiteral("audit_log: could not record the change");
    if (failed.isEmpty())
        failed = transaction.commit();
    if (!failed.isEmpty()) {
        *error = failed;
        return {};
    }
    return made;
}

QList<PackageKeys::Named> PackageKeys::trustedSenders() const
{
    QList<Named> senders;
    const QJsonArray list = QJsonDocument::fromJson(readSetting(m_db, trustedKey).toUtf8()).array();
    for (const QJsonValue& entry : list) {
        const QJsonObject object = entry.toObject();
        const QByteArray key = keyFromText(object.value(QStringLiteral("key")).toString());
        if (!key.isEmpty())
            senders.append({object.value(QStringLiteral("name")).toString(), key});
    }
    return senders;
}

QString PackageKeys::trustSender(const QString& name, const QString& keyText)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::ManageUsers); !why.isEmpty())
        return why;
    const QByteArray key = keyFromText(keyText);
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("PackageKeys", "Enter the name of the sender whose key this is.");
    if (key.isEmpty())
        return QCoreApplication::translate("PackageKeys", "This is not a package key: copy the whole key (44 "
                                                          "characters) as the sender's workspace shows it.");
    QJsonArray list;
    for (const Named& sender : trustedSenders())
        if (sender.name != name.trimmed() && sender.key != key)
            list.append(QJsonObject{{QStringLiteral("name"), sender.name},
                                    {QStringLiteral("key"), PackageKeys::keyText(sender.key)}});
    list.append(QJsonObject{{QStringLiteral("name"), name.trimmed()},
                            {QStringLiteral("key"), PackageKeys::keyText(key)}});
    ScopedTransaction transaction(m_db);
    QString failed = transaction.error();
    if (failed.isEmpty())
        failed = writeSetting(m_db, trustedKey,
                              QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    if (failed.isEmpty() &&
        !m_audit.record(QStringLiteral("package.trust"),
                        QStringLiteral("%1 %2").arg(name.trimmed(), PackageKeys::keyText(key))))
        failed = QStringLiteral("audit_log: could not record the change");
    return failed.isEmpty() ? transaction.commit() : failed;
}

QList<PackageKeys::Named> PackageKeys::recipients() const
{
    QList<Named> list;
    const Named single{readSetting(m_db, recipientName), keyFromText(readSetting(m_db, recipientKey))};
    if (!single.key.isEmpty())
        list.append(single);
    for (const QJsonValue& entry :
         QJsonDocument::fromJson(readSetting(m_db, recipientList).toUtf8()).array()) {
        const QJsonObject object = entry.toObject();
        const Named named{object.value(QStringLiteral("name")).toString(),
                          keyFromText(object.value(QStringLiteral("key")).toString())};
        if (!named.key.isEmpty() && named.name != single.name)
            list.append(named);
    }
    return list;
}

PackageKeys::Named PackageKeys::recipient(const QString& name) const
{
    const QList<Named> list = recipients();
    if (name.trimmed().isEmpty())
        return list.size() == 1 ? list.constFirst() : Named{};
    for (const Named& named : list)
        if (named.name == name.trimmed())
            return named;
    return {};
}

QString PackageKeys::setRecipient(const QString& name, const QString& keyText)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::ManageUsers); !why.isEmpty())
        return why;
    const QByteArray key = keyFromText(keyText);
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("PackageKeys",
                                           "Enter the name of the recipient whose key this is.");
    if (key.isEmpty())
        return QCoreApplication::translate("PackageKeys",
                                           "This is not a package key: copy the whole key (44 "
                                           "characters) as the recipient's workspace shows it.");
    ScopedTransaction transaction(m_db);
    QString failed = transaction.error();
    // The first recipient keeps the single pair older versions read; the others go to the list.
    const Named single{readSetting(m_db, recipientName), keyFromText(readSetting(m_db, recipientKey))};
    if (single.key.isEmpty() || single.name == name.trimmed()) {
        if (failed.isEmpty())
            failed = writeSetting(m_db, recipientName, name.trimmed());
        if (failed.isEmpty())
            failed = writeSetting(m_db, recipientKey, PackageKeys::keyText(key));
    } else {
        QJsonArray list;
        for (const Named& other : recipients())
            if (other.name != single.name && other.name != name.trimmed())
                list.append(QJsonObject{{QStringLiteral("name"), other.name},
                                        {QStringLiteral("key"), PackageKeys::keyText(other.key)}});
        list.append(QJsonObject{{QStringLiteral("name"), name.trimmed()},
                                {QStringLiteral("key"), PackageKeys::keyText(key)}});
        if (failed.isEmpty())
            failed = writeSetting(m_db, recipientList,
                                  QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    }
    if (failed.isEmpty() &&
        !m_audit.record(QStringLiteral("package.recipient"),
                        QStringLiteral("%1 %2").arg(name.trimmed(), PackageKeys::keyText(key))))
        failed = QStringLiteral("audit_log: could not record the change");
    return failed.isEmpty() ? transaction.commit() : failed;
}

} // namespace partydesk
