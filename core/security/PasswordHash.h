#pragma once

#include <QByteArray>
#include <QString>

namespace partydesk::PasswordHash {

// Argon2id through libsodium's crypto_pwhash_str (salt and parameters inside the text); never a
// home-made hash. Empty on failure (out of memory).
QByteArray hash(const QString& password);
bool verify(const QByteArray& storedHash, const QString& password);

} // namespace partydesk::PasswordHash
