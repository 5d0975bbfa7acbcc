#include "PasswordHash.h"

#include <sodium.h>

namespace partydesk::PasswordHash {

namespace {

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

// Interactive limits: about 0.1 s and 64 MiB on an office PC, so signing in stays quick while a
// stolen file's hashes stay expensive to guess.
constexpr unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

QByteArray hash(const QString& password)
{
    if (!ready())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), opsLimit,
                              memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QByteArray(out);
}

bool verify(const QByteArray& storedHash, const QString& password)
{
    if (!ready() || storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray text = storedHash + '\0';
    return crypto_pwhash_str_verify(text.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace partydesk::PasswordHash
