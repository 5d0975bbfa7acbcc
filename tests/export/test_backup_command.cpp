#include "storage/BackupCatalogue.h"
#include "storage/EncryptedBackup.h"
#include "TestSupport.h"
#include "unit/BackupTestSupport.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <QDir>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("partydesk backup and restore through the real program", "[file][backup][cli]")
{
    TempWorkspace temp(true);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("usb"));

    // The folder is remembered in the workspace, so the window finds the same backups.
    Run run = runPartydesk(
        {QStringLiteral("backup"), QStringLiteral("--folder"), folder, QStringLiteral("--db"), temp.path()});
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(BackupSettings::load(temp.db()).folder == QFileInfo(folder).absoluteFilePath());
    QList<BackupEntry> entries = BackupCatalogue::list(folder, temp.path());
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().verified);
    CHECK(entries.first().name.reason == BackupReason::Manual);

    run = runPartydesk(
        {QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("--db"), temp.path()});
    CHECK(run.exitCode == 0);
    CHECK(run.output.contains(QFileInfo(entries.first().path).fileName()));

    const QString renamed = renameFirstMember(temp.db());
    QSqlDatabase db = temp.db();
    db.close(); // as when the window is closed

    run =
        runPartydesk({QStringLiteral("restore"), entries.first().path, QStringLiteral("--db"), temp.path()});
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(db.open());
    CHECK(membersNamed(db, renamed) == 0);
    entries = BackupCatalogue::list(folder, temp.path());
    REQUIRE(entries.size() == 2);
    const auto before = std::find_if(entries.begin(), entries.end(), [](const BackupEntry& e) {
        return e.name.reason == BackupReason::BeforeRestore;
    });
    REQUIRE(before != entries.end());
    CHECK(membersNamedIn(before->path, renamed) == 1);
}

TEST_CASE("partydesk backup --out and an encrypted backup with a password file", "[file][backup][cli]")
{
    TempWorkspace temp(true);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("copy.sqlite"));
    Run run = runPartydesk(
        {QStringLiteral("backup"), QStringLiteral("--out"), out, QStringLiteral("--db"), temp.path()});
    REQUIRE(run.exitCode == 0);
    CHECK(BackupWriter::verify(out).ok());
    run = runPartydesk(
        {QStringLiteral("backup"), QStringLiteral("--out"), out, QStringLiteral("--db"), temp.path()});
    CHECK(run.exitCode == 2); // never over an existing file

    const QString passwordFile = dir.filePath(QStringLiteral("password.txt"));
    QFile file(passwordFile);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("correct horse\n");
    file.close();
    const QString encrypted = dir.filePath(QStringLiteral("copy.pdenc"));
    run = runPartydesk({QStringLiteral("backup"), QStringLiteral("--out"), encrypted,
                        QStringLiteral("--encrypt"), QStringLiteral("--password-file"), passwordFile,
                        QStringLiteral("--db"), temp.path()});
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(EncryptedBackup::isEncryptedBackup(encrypted));

    const QString restored = dir.filePath(QStringLiteral("restored.sqlite"));
    run = runPartydesk({QStringLiteral("restore"), encrypted, QStringLiteral("--db"), restored});
    CHECK(run.exitCode == 1); // no password
    CHECK_FALSE(QFile::exists(restored));
    QFile wrong(passwordFile);
    REQUIRE(wrong.open(QIODevice::WriteOnly | QIODevice::Truncate));
    wrong.write("correct horse battery\n");
    wrong.close();
    run = runPartydesk({QStringLiteral("restore"), encrypted, QStringLiteral("--password-file"), passwordFile,
                        QStringLiteral("--db"), restored});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFile::exists(restored));
    REQUIRE(wrong.open(QIODevice::WriteOnly | QIODevice::Truncate));
    wrong.write("correct horse\r\n");
    wrong.close();
    run = runPartydesk({QStringLiteral("restore"), encrypted, QStringLiteral("--password-file"), passwordFile,
                        QStringLiteral("--db"), restored});
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(BackupWriter::verify(restored).memberCount == BackupWriter::memberCount(out));
}
