// A community sends its year to its street as one file: keys exchanged once, the package written,
// and the street told what it would change; a package altered or from an unknown key is refused.
// Run as a user runs the program.

#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// The two keys `partydesk package keys` prints: signing, then receiving.
QStringList publicKeys(const QString& workspace)
{
    const Run run =
        runPartydesk({QStringLiteral("package"), QStringLiteral("keys"), QStringLiteral("--db"), workspace});
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    static const QRegularExpression key(QStringLiteral("^  ([A-Za-z0-9+/]{43}=)$"),
                                        QRegularExpression::MultilineOption);
    QStringList keys;
    for (auto it = key.globalMatch(run.output); it.hasNext();)
        keys << it.next().captured(1);
    REQUIRE(keys.size() == 2);
    return keys;
}

QString word(const char* text)
{
    return QString::fromUtf8(text);
}
QString word(const QString& text)
{
    return text;
}
// The program run with these words on its command line.
template <typename... Words> Run cli(const Words&... words)
{
    return runPartydesk({word(words)...});
}

int count(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("A community's year goes to its street as a package the street alone can open", "[package][cli]")
{
    TempWorkspace community(true);
    TempWorkspace street(false);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("和平社区-2026.pdpkg"));
    const QStringList communityKeys = publicKeys(community.path());
    const QStringList streetKeys = publicKeys(street.path());
    CHECK(publicKeys(community.path()) == communityKeys); // made once, kept

    // Before the street's key is known there is nowhere to send to.
    Run run = cli("package", "export", "--year", "2026", "--out", file, "--db", community.path());
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFile::exists(file));

    run = cli("package", "recipient", "--name", "东风街道", "--key", streetKeys[1], "--db", community.path());
    REQUIRE(run.exitCode == 0);
    run = cli("package", "export", "--year", "2026", "--out", file, "--db", community.path());
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(QFile::exists(file));

    // The street does not open it until it trusts the community's key.
    run = cli("package", "show", file, "--db", street.path());
    CHECK(run.exitCode == 1);
    run = cli("package", "trust", "--name", "和平社区", "--key", communityKeys[0], "--db", street.path());
    REQUIRE(run.exitCode == 0);
    // A key that is not one is refused, and says so.
    run = cli("package", "trust", "--name", "某社区", "--key", "abc", "--db", street.path());
    CHECK(run.exitCode == 1);

    run = cli("package", "show", file, "--db", street.path());
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.output.contains(QStringLiteral("和平社区")));
    CHECK(run.output.contains(QString::number(count(community.db(), QStringLiteral("member")))));
    CHECK(run.output.contains(QString::number(count(community.db(), QStringLiteral("organisation")))));

    // Seen by the community itself, everything is the same as it has it.
    run = cli("package", "trust", "--name", "本社区", "--key", communityKeys[0], "--db", community.path());
    REQUIRE(run.exitCode == 0);
    run = cli("package", "show", file, "--db", community.path());
    CHECK(run.exitCode == 1); // made for the street, not for the community's own receiving key

    // One byte altered: refused.
    QFile original(file);
    REQUIRE(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    original.close();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    const QString altered = dir.filePath(QStringLiteral("altered.pdpkg"));
    QFile out(altered);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    run = cli("package", "show", altered, "--db", street.path());
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.output.isEmpty());
}
