#include "storage/BackupRestore.h"
#include "storage/BackupWriter.h"
#include "storage/EncryptedBackup.h"
#include "TestSupport.h"
#include "unit/BackupTestSupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

namespace {

QStringList idNumbers(const QSqlDatabase& db)
{
    QStringList ids;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id_number FROM member WHERE id_number IS NOT NULL AND id_number <> ''"));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void overwrite(const QString& path, const QByteArray& data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

} // namespace

TEST_CASE("An encrypted backup holds no ID number, opens with its password only, and round-trips", "[file][backup]")
{
    TempWorkspace temp(true);
    QTemporaryDir dir;
    const QString encrypted = dir.filePath(QStringLiteral("backup.pdenc"));
    const QByteArray password("东风 社区 2026!");
    REQUIRE(EncryptedBackup::writeEncryptedBackup(temp.path(), encrypted, password,
                                                  EncryptedBackup::fastestCost())
                .isEmpty());
    CHECK(EncryptedBackup::isEncryptedBackup(encrypted));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("backup.pdenc")});
    CHECK_FALSE(QFile::exists(temp.path() + QStringLiteral(".encrypting.sqlite")));

    // The plain copy shows the numbers (so the check below can fail); the encrypted file none.
    const QStringList ids = idNumbers(temp.db());
    REQUIRE(ids.size() > 300);
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    REQUIRE(BackupWriter::write(temp.path(), plain).ok());
    CHECK(contents(plain).contains(ids.first().toLatin1()));
    const QByteArray bytes = contents(encrypted);
    int found = 0;
    for (const QString& id : ids)
        found += bytes.contains(id.toLatin1()) ? 1 : 0;
    CHECK(found == 0);
    CHECK_FALSE(bytes.contains("SQLite format 3"));

    SECTION("the right password gives back the same workspace")
    {
        const QString out = dir.filePath(QStringLiteral("decrypted.sqlite"));
        REQUIRE(EncryptedBackup::decrypt(encrypted, out, password).isEmpty());
        const BackupCheck check = BackupWriter::verify(out);
        CHECK(check.ok());
        CHECK(check.memberCount == BackupWriter::memberCount(plain));
        CHECK(idNumbers(temp.db()).size() == ids.size());
    }
    SECTION("a wrong password opens nothing and writes nothing")
    {
        const QString out = dir.filePath(QStringLiteral("decrypted.sqlite"));
        const QString error = EncryptedBackup::decrypt(encrypted, out, QByteArray("东风 社区 2026?"));
        CHECK(error.contains(QStringLiteral("password")));
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("one changed byte, a cut-off or a lengthened file is refused")
    {
        const QByteArray original = contents(encrypted);
        const QString out = dir.filePath(QStringLiteral("decrypted.sqlite"));
        QByteArray changed = original;
        changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
        QByteArray header = original;
        header[30] = char(header[30] ^ 0x01); // the stored key cost: the header is authenticated too
        for (const QByteArray& damaged :
             {changed, original.left(original.size() - 100), original + "x", header}) {
            overwrite(encrypted, damaged);
            CHECK_FALSE(EncryptedBackup::decrypt(encrypted, out, password).isEmpty());
            CHECK_FALSE(QFile::exists(out));
        }
    }
    SECTION("restore takes the encrypted backup with its password, and refuses without it")
    {
        const QString renamed = renameFirstMember(temp.db());
        RestoreRequest request;
        request.backupPath = encrypted;
        request.workspacePath = temp.path();
        request.settings.folder = dir.filePath(QStringLiteral("backups"));
        request.now = QDateTime::currentDateTime();
        bool closed = false;
        RestoreOutcome outcome = BackupRestore::restore(request, [&closed] { closed = true; });
        CHECK_FALSE(outcome.ok());
        CHECK_FALSE(closed);
        request.password = "wrong";
        outcome = BackupRestore::restore(request, [&closed] { closed = true; });
        CHECK(outcome.error.contains(QStringLiteral("password")));
        CHECK_FALSE(closed);

        request.password = password;
        QSqlDatabase db = temp.db();
        outcome = BackupRestore::restore(request, [&db] { db.close(); });
        INFO(outcome.error.toStdString());
        REQUIRE(outcome.ok());
        REQUIRE(db.open());
        CHECK(membersNamed(db, renamed) == 0);
        CHECK(membersNamedIn(outcome.preRestoreBackup, renamed) == 1);
    }
}
