#include "PackageEnvelope.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <sodium.h>

namespace partydesk::PackageEnvelope {

namespace {

const QByteArray magic = QByteArrayLiteral("PartyDeskPackage");
constexpr quint32 formatVersion = 1;
constexpr int headerBytes = 16 + 4 + keyBytes;
constexpr int innerHeaderBytes = crypto_sign_PUBLICKEYBYTES + crypto_sign_BYTES;

static_assert(crypto_box_PUBLICKEYBYTES == keyBytes && crypto_sign_PUBLICKEYBYTES == keyBytes);

bool sodiumReady()
{
    return sodium_init() >= 0;
}

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

// What the signature covers: the recipient's key, so that a package cannot be passed on to another
// recipient as if it had been made for them, and the payload.
QByteArray signedPart(const QByteArray& recipientPublicKey, const QByteArray& payload)
{
    return recipientPublicKey + payload;
}

} // namespace

KeyPair newSigningKeys()
{
    KeyPair keys;
    if (!sodiumReady())
        return keys;
    keys.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(bytes(keys.publicKey), bytes(keys.secretKey));
    return keys;
}

KeyPair newBoxKeys()
{
    KeyPair keys;
    if (!sodiumReady())
        return keys;
    keys.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(bytes(keys.publicKey), bytes(keys.secretKey));
    return keys;
}

QByteArray seal(const QByteArray& payload, const KeyPair& sender, const QByteArray& recipientPublicKey,
                QString* error)
{
    if (!sodiumReady()) {
        *error =
            QCoreApplication::translate("PackageEnvelope", "The encryption library could not be started.");
        return {};
    }
    if (sender.publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        sender.secretKey.size() != crypto_sign_SECRETKEYBYTES ||
        recipientPublicKey.size() != crypto_box_PUBLICKEYBYTES) {
        *error = QCoreApplication::translate(
            "PackageEnvelope", "The package keys are not valid: set up the keys of this workspace and of the "
                               "recipient again.");
        return {};
    }
    if (payload.size() > maxPayloadBytes) {
        *error = QCoreApplication::translate("PackageEnvelope", "The data is too large for one package.");
        return {};
    }
    QByteArray inner = sender.publicKey;
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    const QByteArray covered = signedPart(recipientPublicKey, payload);
    crypto_sign_detached(bytes(signature), nullptr, bytes(covered), quint64(covered.size()),
                         bytes(sender.secretKey));
    inner += signature;
    inner += payload;

    QByteArray package = magic;
    char version[4];
    qToLittleEndian(formatVersion, version);
    package.append(version, 4);
    package += recipientPublicKey;
    const qsizetype sealedAt = package.size();
    package.resize(sealedAt + inner.size() + crypto_box_SEALBYTES);
    if (crypto_box_seal(bytes(package) + sealedAt, bytes(inner), quint64(inner.size()),
                        bytes(recipientPublicKey)) != 0) {
        *error = QCoreApplication::translate("PackageEnvelope", "The package could not be encrypted.");
        return {};
    }
    sodium_memzero(inner.data(), size_t(inner.size()));
    return package;
}

Opened open(const QByteArray& package, const KeyPair& recipient, const QList<QByteArray>& trustedSenders)
{
    Opened opened;
    if (!sodiumReady()) {
        opened.error =
            QCoreApplication::translate("PackageEnvelope", "The encryption library could not be started.");
        return opened;
    }
    if (package.size() < headerBytes || !package.startsWith(magic)) {
        opened.error =
            QCoreApplication::translate("PackageEnvelope", "This is not a PartyDesk data package (.pdpkg).");
        return opened;
    }
    const quint32 version = qFromLittleEndian<quint32>(package.constData() + 16);
    if (version != formatVersion) {
        opened.error =
            QCoreApplication::translate(
                "PackageEnvelope", "The package was made by a newer version of PartyDesk (format %1): update "
                                   "the program to read it.")
                .arg(version);
        return opened;
    }
    if (recipient.publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        recipient.secretKey.size() != crypto_box_SECRETKEYBYTES) {
        opened.error = QCoreApplication::translate(
            "PackageEnvelope", "This workspace has no package keys yet, so it cannot open packages.");
        return opened;
    }
    if (package.mid(20, keyBytes) != recipient.publicKey) {
        opened.error = QCoreApplication::translate(
            "PackageEnvelope", "The package was made for another recipient, not for this workspace.");
        return opened;
    }
    const qsizetype sealedSize = package.size() - headerBytes;
    if (sealedSize < crypto_box_SEALBYTES + innerHeaderBytes ||
        sealedSize > maxPayloadBytes + crypto_box_SEALBYTES + innerHeaderBytes) {
        opened.error = QCoreApplication::translate(
            "PackageEnvelope",
            "The package is damaged or was changed after it was made (its length is wrong).");
        return opened;
    }
    QByteArray inner(sealedSize - crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(inner), bytes(package) + headerBytes, quint64(sealedSize),
                             bytes(recipient.publicKey), bytes(recipient.secretKey)) != 0) {
        opened.error = QCoreApplication::translate(
            "PackageEnvelope", "The package is damaged or was changed after it was made; it was not opened.");
        return opened;
    }
    const QByteArray sender = inner.left(crypto_sign_PUBLICKEYBYTES);
    const QByteArray signature = inner.mid(crypto_sign_PUBLICKEYBYTES, crypto_sign_BYTES);
    QByteArray payload = inner.mid(innerHeaderBytes);
    sodium_memzero(inner.data(), size_t(inner.size()));
    if (!trustedSenders.contains(sender)) {
        opened.error = QCoreApplication::translate(
            "PackageEnvelope", "The package is signed by a key this workspace does not know; it was not "
                               "opened. Add the sender's public key first if you trust it.");
        return opened;
    }
    const QByteArray covered = signedPart(recipient.publicKey, payload);
    if (crypto_sign_verify_detached(bytes(signature), bytes(covered), quint64(covered.size()),
                                    bytes(sender)) != 0) {
        opened.error = QCoreApplication::translate(
            "PackageEnvelope", "The package's signature does not match its contents; it was not opened.");
        return opened;
    }
    opened.payload = std::move(payload);
    opened.senderPublicKey = sender;
    return opened;
}

QByteArray readFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = QCoreApplication::translate("PackageEnvelope", "%1 does not exist.").arg(path);
        return {};
    }
    if (info.size() > maxPayloadBytes + headerBytes + crypto_box_SEALBYTES + innerHeaderBytes) {
        *error = QCoreApplication::translate("PackageEnvelope",
                                             "%1 is larger than any data package can be; it was not read.")
                     .arg(path);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("PackageEnvelope", "%1 could not be read: %2")
                     .arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace partydesk::PackageEnvelope
