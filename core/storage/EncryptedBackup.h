#pragma once

#include "BackupFiles.h"

#include <QByteArray>
#include <QString>

namespace partydesk {

// A password-protected backup file (.pdenc), with libsodium only:
//   magic "PartyDeskBackup\0" (16 bytes), format version (u32 LE), Argon2id ops limit (u64 LE) and
//   memory limit (u64 LE), salt (16 bytes), secretstream header (24 bytes), then the workspace copy
//   in chunks of 64 KiB, each sealed with crypto_secretstream_xchacha20poly1305 (the last one
//   tagged final; the header above is the first chunk's additional data, so it cannot be altered).
// The key comes from crypto_pwhash (Argon2id) over the password and the random salt. A wrong
// password, a changed byte, a cut-off or lengthened file: a clear message and no output file.
namespace EncryptedBackup {

struct KeyCost
{
    quint64 opsLimit;
    quint64 memLimit;
};
// What the product uses: libsodium's "moderate" Argon2id (about 1 s and 256 MiB).
KeyCost moderateCost();
// The least libsodium allows: for tests only.
KeyCost fastestCost();

bool isEncryptedBackup(const QString& path);

// Encrypts the file `plainPath` into `outPath` (written as `.partial`, flushed and renamed).
// Returns an error message, or an empty string; `*cancelled` tells a cancellation apart.
QString encrypt(const QString& plainPath, const QString& outPath, const QByteArray& password, KeyCost cost,
                const BackupProgress& progress = {}, bool* cancelled = nullptr);
// Decrypts `encryptedPath` into `outPath` (created or overwritten; removed on any failure).
QString decrypt(const QString& encryptedPath, const QString& outPath, const QByteArray& password,
                const BackupProgress& progress = {}, bool* cancelled = nullptr);

// A verified plain copy of the workspace, encrypted into `outPath`; the plain copy is written
// beside the workspace (where the same data already is) and removed at once.
QString writeEncryptedBackup(const QString& workspacePath, const QString& outPath, const QByteArray& password,
                             KeyCost cost, const BackupProgress& progress = {}, bool* cancelled = nullptr);

// The password in a file: its first line, without the line break.
QByteArray readPasswordFile(const QString& path, QString* error);

} // namespace EncryptedBackup

} // namespace partydesk
