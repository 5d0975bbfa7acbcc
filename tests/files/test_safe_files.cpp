// Files that never lie: a finished export replaces the old one in one step, only when whole, with
// the right permissions; what a kill leaves behind is cleaned up; causes are said as they are.
#include "TestSupport.h"
#include "Workspace.h"
#include "demo/DemoData.h"
#include "report/AtomicFile.h"
#include "report/FileVerification.h"
#include "report/XlsxReportWriter.h"
#include "storage/Database.h"
#include "storage/StorageErrors.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <zip.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace partydesk;
using partydesk::test::uniqueConnectionName;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void put(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QStringList partials(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
}

TableReport smallReport(int rows)
{
    TableReport report;
    report.title = QStringLiteral("花名册");
    report.sheetName = QStringLiteral("Roster");
    report.columns = {{QStringLiteral("姓名"), ReportColumn::Kind::Text, 8}};
    report.rowCount = rows;
    report.cell = [](int r, int) { return QVariant(QStringLiteral("党员%1").arg(r)); };
    return report;
}

// Rewrites `from` into `to` with the part `truncated` cut to its first half, as libxlsxwriter
// leaves it when its temporary file hits a full disk.
void writeWithTruncatedPart(const QString& from, const QString& to, const QString& truncated)
{
    int error = 0;
    zip_t* in = zip_open(QFile::encodeName(from).constData(), ZIP_RDONLY, &error);
    REQUIRE(in);
    zip_t* out = zip_open(QFile::encodeName(to).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(out);
    std::vector<QByteArray> keep; // the sources read from these buffers at zip_close
    const zip_int64_t n = zip_get_num_entries(in, 0);
    keep.reserve(size_t(n));
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(in, zip_uint64_t(i), 0, &st) == 0);
        zip_file_t* part = zip_fopen_index(in, zip_uint64_t(i), 0);
        REQUIRE(part);
        QByteArray data(int(st.size), Qt::Uninitialized);
        REQUIRE(zip_fread(part, data.data(), st.size) == zip_int64_t(st.size));
        zip_fclose(part);
        if (QString::fromUtf8(st.name) == truncated)
            data.truncate(data.size() / 2);
        keep.push_back(data);
        zip_source_t* source = zip_source_buffer(out, keep.back().constData(), zip_uint64_t(keep.back().size()), 0);
        REQUIRE(zip_file_add(out, st.name, source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(out) == 0);
    zip_discard(in);
}

} // namespace

TEST_CASE("A finished file replaces the old one only when committed, and in one step", "[files]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("花名册.xlsx"));
    put(target, "old export");
    {
        PendingFile pending(target);
        REQUIRE(pending.isValid());
        CHECK(QFileInfo(pending.temporaryPath()).absolutePath() == QFileInfo(target).absolutePath());
        put(pending.temporaryPath(), "new export");
        // Until the commit, whoever opens the file reads the old one.
        CHECK(contents(target) == "old export");
        CHECK(pending.commit().isEmpty());
    }
    CHECK(contents(target) == "new export");
    CHECK(partials(dir.path()).isEmpty());
}

TEST_CASE("A file that fails its check is not put in place and leaves nothing behind", "[files]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("report.pdf"));
    put(target, "the report of last month");
    {
        PendingFile pending(target);
        REQUIRE(pending.isValid());
        put(pending.temporaryPath(), "%PDF-1.4 cut off here");
        const QString error = pending.commit([&](const QString& path) { return verifyPdf(path, target); });
        CHECK_FALSE(error.isEmpty());
        CHECK(error.contains(QStringLiteral("report.pdf")));
    }
    CHECK(contents(target) == "the report of last month");
    CHECK(partials(dir.path()).isEmpty());
}

#ifdef Q_OS_UNIX
TEST_CASE("Exports are readable as the umask says, and owner-only when they hold full numbers", "[files]")
{
    QTemporaryDir dir;
    const auto modeAfterCommit = [&](const QString& name, FileAccess access, mode_t mask) {
        const mode_t before = ::umask(mask);
        PendingFile pending(dir.filePath(name), access);
        put(pending.temporaryPath(), "x");
        const QString error = pending.commit();
        ::umask(before);
        REQUIRE(error.isEmpty());
        struct stat st = {};
        REQUIRE(::stat(QFile::encodeName(dir.filePath(name)).constData(), &st) == 0);
        return st.st_mode & 0777;
    };
    CHECK(modeAfterCommit(QStringLiteral("usual-022.xlsx"), FileAccess::Usual, 022) == 0644);
    CHECK(modeAfterCommit(QStringLiteral("usual-077.xlsx"), FileAccess::Usual, 077) == 0600);
    CHECK(modeAfterCommit(QStringLiteral("full-ids.xlsx"), FileAccess::OwnerOnly, 022) == 0600);

    // The writers decide from the report itself.
    TableReport report = smallReport(3);
    report.containsFullIdNumbers = true;
    const mode_t before = ::umask(022);
    REQUIRE(writeXlsx({report}, dir.filePath(QStringLiteral("roster-full.xlsx"))).isEmpty());
    REQUIRE(writeXlsx({smallReport(3)}, dir.filePath(QStringLiteral("roster-masked.xlsx"))).isEmpty());
    ::umask(before);
    CHECK((QFile::permissions(dir.filePath(QStringLiteral("roster-full.xlsx"))) & QFileDevice::ReadOther) == 0);
    CHECK((QFile::permissions(dir.filePath(QStringLiteral("roster-masked.xlsx"))) & QFileDevice::ReadOther) != 0);
}
#endif

TEST_CASE("Temporary files a killed export left are removed by the next export to that folder; "
          "others are not",
          "[files]")
{
    QTemporaryDir dir;
    const QString stale = dir.filePath(QStringLiteral("花名册.xlsx.Ab12Cd.partial"));
    put(stale, "left by a kill");
    const QString notOurs = dir.filePath(QStringLiteral("download.partial"));
    put(notOurs, "someone else's");
    const QString alsoNotOurs = dir.filePath(QStringLiteral("notes.txt"));
    put(alsoNotOurs, "notes");

    PendingFile running(dir.filePath(QStringLiteral("统计.pdf")));
    REQUIRE(running.isValid());
    // Another export starts in the same folder while the first is still writing.
    PendingFile next(dir.filePath(QStringLiteral("月报.pdf")));
    REQUIRE(next.isValid());
    CHECK_FALSE(QFile::exists(stale));
    CHECK(QFile::exists(running.temporaryPath())); // held by a running export
    CHECK(QFile::exists(notOurs));
    CHECK(QFile::exists(alsoNotOurs));
}

TEST_CASE("A workbook whose part lost its end is found incomplete", "[files][xlsx]")
{
    QTemporaryDir dir;
    const QString whole = dir.filePath(QStringLiteral("whole.xlsx"));
    REQUIRE(writeXlsx({smallReport(2000)}, whole).isEmpty());
    CHECK(xlsxProblem(whole).isEmpty());

    const QString cut = dir.filePath(QStringLiteral("cut.xlsx"));
    writeWithTruncatedPart(whole, cut, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(xlsxProblem(cut).contains(QStringLiteral("sheet1.xml")));

    QFile::copy(whole, dir.filePath(QStringLiteral("short.xlsx")));
    QFile::resize(dir.filePath(QStringLiteral("short.xlsx")), QFileInfo(whole).size() - 100);
    CHECK_FALSE(xlsxProblem(dir.filePath(QStringLiteral("short.xlsx"))).isEmpty());
}

TEST_CASE("SQLite's own texts become causes the user can act on", "[files]")
{
    CHECK(sqliteErrorCause(QStringLiteral("attempt to write a readonly database Unable to fetch row"))
              .contains(QStringLiteral("read-only")));
    CHECK(sqliteErrorCause(QStringLiteral("database or disk is full")).contains(QStringLiteral("disk is full")));
    CHECK_FALSE(sqliteSaysDamaged(QStringLiteral("attempt to write a readonly database")));
    CHECK_FALSE(sqliteSaysDamaged(QStringLiteral("disk I/O error")));
    CHECK(sqliteSaysDamaged(QStringLiteral("database disk image is malformed")));
    CHECK(sqliteErrorCause(QStringLiteral("no such table: x")).isEmpty());
}

TEST_CASE("Only creating a workspace makes one: an empty or blank file given to a command is refused and "
          "left as it was",
          "[files][database]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    put(empty, {});
    Database::Result result = Database::openExisting(empty, uniqueConnectionName());
    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QStringLiteral("empty")));
    CHECK(QFileInfo(empty).size() == 0);

    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    CHECK_FALSE(Database::openExisting(missing, uniqueConnectionName()).ok);
    CHECK_FALSE(QFile::exists(missing));

    // A file another program made with only a version number is not "a newer PartyDesk".
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        const QString connection = uniqueConnectionName();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(foreign);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 42")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    }
    const QByteArray before = contents(foreign);
    result = Database::open(foreign, uniqueConnectionName());
    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QStringLiteral("another program")));
    CHECK_FALSE(result.error.contains(QStringLiteral("newer")));
    CHECK(contents(foreign) == before);
}

TEST_CASE("The demo is one transaction: failing at its last step, it leaves the file without any of it",
          "[file][files][demo]")
{
    test::TempWorkspace temp;
    // The meetings come last, after the tree, the members and the ratings.
    REQUIRE(QSqlQuery(temp.db()).exec(QStringLiteral(
        "CREATE TEMP TRIGGER fail_meetings BEFORE INSERT ON meeting BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    CHECK(buildDemo(temp.db(), DemoOptions()).contains(QStringLiteral("disk full")));
    QSqlQuery count(temp.db());
    REQUIRE(count.exec(QStringLiteral("SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM member) + "
                                      "(SELECT count(*) FROM rating_session)")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 0);
    // And then it can be built whole.
    REQUIRE(QSqlQuery(temp.db()).exec(QStringLiteral("DROP TRIGGER fail_meetings")));
    CHECK(buildDemo(temp.db(), DemoOptions()).isEmpty());
}

TEST_CASE("A score-sheet import that fails leaves no new year, no empty session and no reopened year",
          "[files][rating]")
{
    test::TempWorkspace temp(true);
    RatingService& ratings = temp.workspace().ratingService();
    QSqlQuery sessions(temp.db());
    const auto sessionCount = [&] {
        REQUIRE(sessions.exec(QStringLiteral("SELECT count(*) FROM rating_session")));
        REQUIRE(sessions.next());
        return sessions.value(0).toInt();
    };
    const int before = sessionCount();
    ScoreSheet bad;
    bad.orgId = 1;
    bad.tasks.insert(99999999, TaskScore{}); // no such task: the sheet is refused after the session exists
    CHECK_FALSE(ratings.importSheets(2030, {bad}, QString()).ok());
    CHECK(sessionCount() == before);
    CHECK_FALSE(temp.workspace().ratings().years().contains(2030));

    // A finished year is not left reopened by a refused import.
    REQUIRE(ratings.isFinished(2025));
    CHECK_FALSE(ratings.importSheets(2025, {bad}, QStringLiteral("a correction")).ok());
    CHECK(ratings.isFinished(2025));
}
