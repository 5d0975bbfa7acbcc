// A data package between a community and its street opens only for the street it was made for,
// only when a community the street trusts signed it, and only exactly as it was made.

#include "package/PackageEnvelope.h"
#include "package/PackagePlan.h"
#include "package/YearPackage.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace partydesk;

namespace {

struct Parties
{
    PackageEnvelope::KeyPair community = PackageEnvelope::newSigningKeys();
    PackageEnvelope::KeyPair otherCommunity = PackageEnvelope::newSigningKeys();
    PackageEnvelope::KeyPair street = PackageEnvelope::newBoxKeys();
    PackageEnvelope::KeyPair otherStreet = PackageEnvelope::newBoxKeys();
    QByteArray payload =
        QStringLiteral("和平社区 2026 年度：党员 368 名，身份证号 430105197001011234").toUtf8() +
        QByteArray("\x00\x01\xff binary", 10);

    QByteArray sealed()
    {
        QString error;
        const QByteArray package = PackageEnvelope::seal(payload, community, street.publicKey, &error);
        INFO(error.toStdString());
        REQUIRE(!package.isEmpty());
        return package;
    }
};

} // namespace

TEST_CASE("A package opens for its street, signed by a trusted community, as it was made", "[package]")
{
    Parties p;
    REQUIRE(p.community.isValid());
    REQUIRE(p.street.isValid());
    const QByteArray package = p.sealed();
    CHECK_FALSE(package.contains(QStringLiteral("430105197001011234").toUtf8())); // encrypted

    const PackageEnvelope::Opened opened =
        PackageEnvelope::open(package, p.street, {p.otherCommunity.publicKey, p.community.publicKey});
    INFO(opened.error.toStdString());
    REQUIRE(opened.ok());
    CHECK(opened.payload == p.payload);
    CHECK(opened.senderPublicKey == p.community.publicKey);
}

TEST_CASE("A package signed by a key the street does not know is refused", "[package]")
{
    Parties p;
    const PackageEnvelope::Opened opened =
        PackageEnvelope::open(p.sealed(), p.street, {p.otherCommunity.publicKey});
    CHECK_FALSE(opened.ok());
    CHECK(opened.payload.isEmpty());
    CHECK_FALSE(opened.error.isEmpty());
}

TEST_CASE("A package altered by any one byte, cut short or lengthened is refused", "[package]")
{
    Parties p;
    const QByteArray package = p.sealed();
    const QList<QByteArray> trusted{p.community.publicKey};
    for (qsizetype at = 0; at < package.size(); ++at) {
        QByteArray altered = package;
        altered[at] = char(altered[at] ^ 0x01);
        const PackageEnvelope::Opened opened = PackageEnvelope::open(altered, p.street, trusted);
        INFO("byte " << at);
        CHECK_FALSE(opened.ok());
        CHECK(opened.payload.isEmpty());
    }
    CHECK_FALSE(PackageEnvelope::open(package.chopped(1), p.street, trusted).ok());
    CHECK_FALSE(PackageEnvelope::open(package + QByteArray(1, '\0'), p.street, trusted).ok());
    CHECK_FALSE(PackageEnvelope::open(package.left(20), p.street, trusted).ok());
    CHECK_FALSE(PackageEnvelope::open(QByteArray(), p.street, trusted).ok());
}

TEST_CASE("A package made for another street does not open here", "[package]")
{
    Parties p;
    const PackageEnvelope::Opened opened =
        PackageEnvelope::open(p.sealed(), p.otherStreet, {p.community.publicKey});
    CHECK_FALSE(opened.ok());
    // Nor when its header is made to name this street: the sealed part was for the other one.
    QString error;
    QByteArray forOther = PackageEnvelope::seal(p.payload, p.community, p.otherStreet.publicKey, &error);
    REQUIRE(!forOther.isEmpty());
    forOther.replace(20, PackageEnvelope::keyBytes, p.street.publicKey);
    CHECK_FALSE(PackageEnvelope::open(forOther, p.street, {p.community.publicKey}).ok());
}

TEST_CASE("Sealing refuses keys that are not keys", "[package]")
{
    Parties p;
    QString error;
    CHECK(PackageEnvelope::seal(p.payload, p.community, QByteArray(5, 'x'), &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK(PackageEnvelope::seal(p.payload, PackageEnvelope::KeyPair{}, p.street.publicKey, &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("A package file is written whole or not at all, and read back", "[package][files]")
{
    Parties p;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("和平社区-2026.pdpkg"));
    REQUIRE(YearPackage::writeFile(path, p.sealed()).isEmpty());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".partial")));
    QString error;
    const QByteArray read = PackageEnvelope::readFile(path, &error);
    REQUIRE(error.isEmpty());
    CHECK(PackageEnvelope::open(read, p.street, {p.community.publicKey}).payload == p.payload);

    CHECK(PackageEnvelope::readFile(dir.filePath(QStringLiteral("none.pdpkg")), &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
    // Into a folder that does not exist: an error, and nothing left behind.
    const QString nowhere = dir.filePath(QStringLiteral("missing/p.pdpkg"));
    CHECK_FALSE(YearPackage::writeFile(nowhere, p.sealed()).isEmpty());
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("A year's package tells new, changed and unchanged records apart by their UUIDs", "[package]")
{
    test::TempWorkspace temp(true);
    QString error;
    const QByteArray payload = YearPackage::build(temp.db(), 2026, QStringLiteral("和平社区"), &error);
    REQUIRE(error.isEmpty());
    PackageImport::Plan seen = PackageImport::plan(temp.db(), payload, QByteArray(32, 'k'), 0);
    REQUIRE(seen.error.isEmpty());
    CHECK(seen.sender == QStringLiteral("和平社区"));
    CHECK(seen.year == 2026);
    CHECK(seen.counts(QStringLiteral("member")).added == 0);
    CHECK(seen.counts(QStringLiteral("member")).changed == 0);
    CHECK(seen.counts(QStringLiteral("member")).same > 300);
    CHECK(seen.counts(QStringLiteral("organisation")).same > 10);

    // Changed here since it was sent: that member counts as changed, nothing else.
    QSqlQuery q(temp.db());
    REQUIRE(q.exec(
        QStringLiteral("UPDATE member SET phone = '13700000000' WHERE id = (SELECT min(id) FROM member)")));
    seen = PackageImport::plan(temp.db(), payload, QByteArray(32, 'k'), 0);
    CHECK(seen.counts(QStringLiteral("member")).changed == 1);
    // Not here at all (a workspace that never had it): new.
    REQUIRE(q.exec(QStringLiteral("UPDATE member SET uid = NULL WHERE id = (SELECT max(id) FROM member)")));
    seen = PackageImport::plan(temp.db(), payload, QByteArray(32, 'k'), 0);
    CHECK(seen.counts(QStringLiteral("member")).added == 1);

    CHECK_FALSE(PackageImport::plan(temp.db(), QByteArray("not a payload"), {}, 0).error.isEmpty());
    CHECK_FALSE(PackageImport::plan(temp.db(),
                                    QByteArray("\xff\xff\xff\xff"
                                               "abc",
                                               7),
                                    {}, 0)
                    .error.isEmpty());
}
