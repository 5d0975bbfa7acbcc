#include "EncryptedBackup.h"

#include "BackupWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <sodium.h>

namespace partydesk {

namespace {

const QByteArray magic("PartyDeskBackup\0", 16);
constexpr quint32 formatVersion = 1;
constexpr qint64 chunkSize = 64 * 1024;
constexpr int fixedHeaderSize = 16 + 4 + 8 + 8 + crypto_pwhash_SALTBYTES; // the additional data
constexpr int headerSize = fixedHeaderSize + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr quint64 largestMemLimit = crypto_pwhash_MEMLIMIT_SENSITIVE; // 1 GiB: a file cannot ask for more
constexpr quint64 largestOpsLimit = 64;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The key, wiped when it goes.
struct Key
{
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    ~Key() { sodium_memzero(bytes, sizeof bytes); }
};

bool deriveKey(Key* key, const QByteArray& password, const unsigned char* salt, quint64 ops, quint64 mem)
{
    return crypto_pwhash(key->bytes, sizeof key->bytes, password.constData(), quint64(password.size()), salt,
                         ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// Reads up to `size` bytes, as many as the file still has.
QByteArray readUpTo(QFile& file, qint64 size, bool* ok)
{
    QByteArray data(int(size), Qt::Uninitialized);
    qint64 got = 0;
    while (got < size) {
        const qint64 n = file.read(data.data() + got, size - got);
        if (n < 0) {
            *ok = false;
            return {};
        }
        if (n == 0)
            break;
        got += n;
    }
    *ok = true;
    data.resize(int(got));
    return data;
}

bool writeAll(QFile& file, const unsigned char* data, qint64 size)
{
    return file.write(reinterpret_cast<const char*>(data), size) == size;
}

QString writeFailure(const QFile& file)
{
    return QCoreApplication::translate(
               "EncryptedBackup",
               "\"%1\" cannot be written (%2); check that the disk has room, or choose another place.")
        .arg(native(file.fileName()), file.errorString());
}

} // namespace

EncryptedBackup::KeyCost EncryptedBackup::moderateCost()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

EncryptedBackup::KeyCost EncryptedBackup::fastestCost()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool EncryptedBackup::isEncryptedBackup(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(magic.size()) == magic;
}

QString EncryptedBackup::encrypt(const QString& plainPath, const QString& outPath, const QByteArray& password,
                                 KeyCost cost, const BackupProgress& progress, bool* cancelled)
{
    bool ignored = false;
    bool& stopped = cancelled ? *cancelled : ignored;
    stopped = false;
    if (password.isEmpty())
        return QCoreApplication::translate("EncryptedBackup", "Enter a password for the encrypted backup.");
    if (sodium_init() < 0)
        return QCoreApplication::translate("EncryptedBackup", "The encryption library could not start.");
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("EncryptedBackup", "\"%1\" cannot be read: %2")
            .arg(native(plainPath), in.errorString());
    const QString partial = outPath + QStringLiteral(".partial");
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeFailure(out);
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto fail = [&](const QString& error) {
        out.close();
        QFile::remove(partial);
        return error;
    };

    QByteArray header = magic;
    header.resize(headerSize);
    auto* h = reinterpret_cast<unsigned char*>(header.data());
    qToLittleEndian<quint32>(formatVersion, h + 16);
    qToLittleEndian<quint64>(cost.opsLimit, h + 20);
    qToLittleEndian<quint64>(cost.memLimit, h + 28);
    unsigned char* salt = h + 36;
    randombytes_buf(salt, crypto_pwhash_SALTBYTES);
    Key key;
    if (!deriveKey(&key, password, salt, cost.opsLimit, cost.memLimit))
        return fail(QCoreApplication::translate(
            "EncryptedBackup", "There is not enough memory to derive the key of the encrypted backup."));
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, h + fixedHeaderSize, key.bytes);
    if (!writeAll(out, h, headerSize))
        return fail(writeFailure(out));

    const qint64 total = in.size();
    qint64 done = 0;
    bool ok = true;
    QByteArray chunk = readUpTo(in, chunkSize, &ok);
    QByteArray sealed(int(chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES), Qt::Uninitialized);
    bool first = true;
    while (ok) {
        QByteArray next = readUpTo(in, chunkSize, &ok);
        if (!ok)
            break;
        const bool last = next.isEmpty();
        unsigned long long sealedSize = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(sealed.data()), &sealedSize,
            reinterpret_cast<const unsigned char*>(chunk.constData()), quint64(chunk.size()),
            first ? h : nullptr, first ? fixedHeaderSize : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        if (!writeAll(out, reinterpret_cast<const unsigned char*>(sealed.constData()), qint64(sealedSize)))
            return fail(writeFailure(out));
        done += chunk.size();
        if (progress && !progress(done, total)) {
            stopped = true;
            return fail({});
        }
        if (last)
            break;
        chunk = next;
    }
    if (!ok)
        return fail(QCoreApplication::translate("EncryptedBackup", "\"%1\" cannot be read: %2")
                        .arg(native(plainPath), in.errorString()));
    if (!out.flush())
        return fail(writeFailure(out));
    out.close();
    if (!BackupFileSystem::sync(partial))
        return fail(writeFailure(out));
    if (const QString error = BackupFileSystem::replace(partial, outPath); !error.isEmpty())
        return fail(error);
    return {};
}

QString EncryptedBackup::decrypt(const QString& encryptedPath, const QString& outPath,
                                 const QByteArray& password, const BackupProgress& progress, bool* cancelled)
{
    bool ignored = false;
    bool& stopped = cancelled ? *cancelled : ignored;
    stopped = false;
    if (sodium_init() < 0)
        return QCoreApplication::translate("EncryptedBackup", "The encryption library could not start.");
    QFile in(encryptedPath);
    if (!in.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("EncryptedBackup", "\"%1\" cannot be read: %2")
            .arg(native(encryptedPath), in.errorString());
    bool ok = true;
    QByteArray header = readUpTo(in, headerSize, &ok);
    const QString notOurs =
        QCoreApplication::translate("EncryptedBackup",
                                    "\"%1\" is not an encrypted PartyDesk backup, or it was cut off.")
            .arg(native(encryptedPath));
    if (!ok || header.size() < headerSize || !header.startsWith(magic))
        return notOurs;
    const auto* h = reinterpret_cast<const unsigned char*>(header.constData());
    const quint32 version = qFromLittleEndian<quint32>(h + 16);
    const quint64 ops = qFromLittleEndian<quint64>(h + 20);
    const quint64 mem = qFromLittleEndian<quint64>(h + 28);
    if (version > formatVersion)
        return QCoreApplication::translate(
                   "EncryptedBackup",
                   "\"%1\" was written by a newer version of PartyDesk; please upgrade PartyDesk first.")
            .arg(native(encryptedPath));
    if (version != formatVersion || ops < crypto_pwhash_OPSLIMIT_MIN || ops > largestOpsLimit ||
        mem < crypto_pwhash_MEMLIMIT_MIN || mem > largestMemLimit)
        return notOurs;
    Key key;
    if (!deriveKey(&key, password, h + 36, ops, mem))
        return QCoreApplication::translate(
            "EncryptedBackup", "There is not enough memory to derive the key of the encrypted backup.");
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, h + fixedHeaderSize, key.bytes) != 0)
        return notOurs;

    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeFailure(out);
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto fail = [&](const QString& error) {
        out.close();
        QFile::remove(outPath);
        return error;
    };
    const qint64 total = in.size();
    QByteArray plain(int(chunkSize), Qt::Uninitialized);
    bool first = true;
    bool finished = false;
    while (!finished) {
        const QByteArray sealed = readUpTo(in, chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES, &ok);
        if (!ok)
            return fail(QCoreApplication::translate("EncryptedBackup", "\"%1\" cannot be read: %2")
                            .arg(native(encryptedPath), in.errorString()));
        if (sealed.size() < int(crypto_secretstream_xchacha20poly1305_ABYTES))
            return fail(QCoreApplication::translate(
                            "EncryptedBackup",
                            "\"%1\" is incomplete: it was cut off after it was written. Use another backup.")
                            .arg(native(encryptedPath)));
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char*>(plain.data()), &plainSize, &tag,
                reinterpret_cast<const unsigned char*>(sealed.constData()), quint64(sealed.size()),
                first ? h : nullptr, first ? fixedHeaderSize : 0) != 0)
            return fail(
                first ? QCoreApplication::translate(
                            "EncryptedBackup",
                            "The password is wrong, or \"%1\" was changed after it was written. Nothing "
                            "was restored; check the password (capitals, input method) and try again.")
                            .arg(native(encryptedPath))
                      : QCoreApplication::translate(
                            "EncryptedBackup",
                            "\"%1\" was changed or damaged after it was written; it cannot be used. Use "
                            "another backup.")
                            .arg(native(encryptedPath)));
        first = false;
        if (!writeAll(out, reinterpret_cast<const unsigned char*>(plain.constData()), qint64(plainSize)))
            return fail(writeFailure(out));
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!finished && in.atEnd())
            return fail(QCoreApplication::translate(
                            "EncryptedBackup",
                            "\"%1\" is incomplete: it was cut off after it was written. Use another backup.")
                            .arg(native(encryptedPath)));
        if (progress && !progress(in.pos(), total)) {
            stopped = true;
            return fail({});
        }
    }
    if (!in.atEnd())
        return fail(
            QCoreApplication::translate(
                "EncryptedBackup",
                "\"%1\" was changed or damaged after it was written; it cannot be used. Use another backup.")
                .arg(native(encryptedPath)));
    if (!out.flush())
        return fail(writeFailure(out));
    out.close();
    return {};
}

QString EncryptedBackup::writeEncryptedBackup(const QString& workspacePath, const QString& outPath,
                                              const QByteArray& password, KeyCost cost,
                                              const BackupProgress& progress, bool* cancelled)
{
    bool ignored = false;
    bool& stopped = cancelled ? *cancelled : ignored;
    stopped = false;
    if (password.isEmpty())
        return QCoreApplication::translate("EncryptedBackup", "Enter a password for the encrypted backup.");
    // The plain copy goes where the workspace already is, never to the (perhaps removable) target.
    // A copy left by a killed run is removed first.
    const QString plain = workspacePath + QStringLiteral(".encrypting.sqlite");
    QFile::remove(plain);
    QFile::remove(plain + QStringLiteral(".partial"));
    const BackupOutcome copy = BackupWriter::write(workspacePath, plain, progress);
    stopped = copy.cancelled;
    if (!copy.ok())
        return copy.error;
    const QString error = encrypt(copy.path, outPath, password, cost, progress, &stopped);
    QFile::remove(copy.path);
    return error;
}

QByteArray EncryptedBackup::readPasswordFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("EncryptedBackup", "The password file \"%1\" cannot be read: %2")
                     .arg(native(path), file.errorString());
        return {};
    }
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        *error = QCoreApplication::translate(
                     "EncryptedBackup", "The password file \"%1\" is empty; its first line is the password.")
                     .arg(native(path));
    return line;
}

} // namespace partydesk
