#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace partydesk {

// The envelope of a data package (.pdpkg) between a community and its street, with libsodium only:
//   magic "PartyDeskPackage" (16 bytes), format version (u32 LE), the recipient's public box key
//   (32 bytes), then crypto_box_seal(inner) to that key, where inner is the sender's public signing
//   key (32 bytes), an Ed25519 signature (64 bytes) of the recipient's key and the payload, and the
//   payload.
// Only the recipient can read it (the full ID numbers inside); it opens only for a sender the
// recipient trusts; a changed byte anywhere, a cut-off or lengthened file is refused with a message.
namespace PackageEnvelope {

constexpr int keyBytes = 32;
// Largest payload sealed or opened: a street's year is a few MiB; the limit keeps a hostile file
// from asking for more memory than an office PC has.
constexpr qint64 maxPayloadBytes = 256LL * 1024 * 1024;

// A sender's signing key pair (Ed25519) and a recipient's box key pair (X25519); the secret keys
// stay in their own workspace, the public ones are handed over.
struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
    bool isValid() const { return !publicKey.isEmpty() && !secretKey.isEmpty(); }
};
KeyPair newSigningKeys();
KeyPair newBoxKeys();

// Seals `payload` for the holder of `recipientPublicKey`, signed with `sender`. Empty and `*error`
// set when the keys or the payload are not acceptable.
QByteArray seal(const QByteArray& payload, const KeyPair& sender, const QByteArray& recipientPublicKey,
                QString* error);

struct Opened
{
    QByteArray payload;
    QByteArray senderPublicKey;
    QString error; // empty: opened
    bool ok() const { return error.isEmpty(); }
};
// Opens a package with the recipient's keys, provided a sender in `trustedSenders` signed it.
Opened open(const QByteArray& package, const KeyPair& recipient, const QList<QByteArray>& trustedSenders);

// Reads a package file, refusing one larger than any package can be before reading it.
QByteArray readFile(const QString& path, QString* error);

} // namespace PackageEnvelope
} // namespace partydesk
