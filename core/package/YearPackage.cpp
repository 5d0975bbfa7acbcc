#include "YearPackage.h"

#include "PackageLinks.h"
#include "PackageRatings.h"
#include "PackageRows.h"
#include "report/AtomicFile.h"
#include "storage/RecordIdentity.h"
#include "storage/StorageErrors.h"

#include <cerrno>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>

namespace partydesk::YearPackage {

namespace {

constexpr int payloadFormat = 1;
// Kept decompressed at most (a street's year is a few MiB): a payload asking for more is refused.
constexpr qsizetype largestJson = 512LL * 1024 * 1024;

} // namespace

QByteArray build(QSqlDatabase db, int year, const QString& sender, QString* error)
{
    if (const QString failed = RecordIdentity::assignMissing(db); !failed.isEmpty()) {
        *error = failed;
        return {};
    }
    const PackageRows::Identities uids = PackageRows::identities(db);
    QJsonObject payload{
        {QStringLiteral("format"), payloadFormat},
        {QStringLiteral("kind"), yearKind()},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("year"), year},
        {QStringLiteral("made_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    QHash<QString, QSet<QString>> sent; // uids by table, for the rows that join them
    for (const PackageRows::SentTable& table : PackageRows::sentTables()) {
        QString failed;
        QJsonArray rows;
        for (const PackageRows::Row& row : PackageRows::rowsOf(db, table, uids, &failed, year)) {
            rows.append(row.values);
            sent[table.name].insert(row.values.value(QStringLiteral("uid")).toString());
        }
        if (!failed.isEmpty()) {
            *error = failed;
            return {};
        }
        payload.insert(table.key, rows);
    }
    QString failed;
    const QJsonObject ratings = PackageRatings::partOf(db, year, &failed);
    if (!failed.isEmpty()) {
        *error = failed;
        return {};
    }
    if (!ratings.isEmpty()) {
        payload.insert(QStringLiteral("ratings"), ratings);
        sent[QStringLiteral("rating_session")].insert(PackageRatings::sessionUid(ratings));
    }
    for (const PackageRows::LinkTable& table : PackageRows::linkTables()) {
        QJsonArray rows;
        for (const PackageRows::LinkRow& row : PackageRows::linkRowsOf(db, table, uids, &failed)) {
            bool ofPackage = true;
            for (const QString& column : table.scope)
                ofPackage =
                    ofPackage &&
                    sent.value(table.referenced(column)).contains(row.values.value(column).toString());
            if (ofPackage)
                rows.append(row.values);
        }
        if (!failed.isEmpty()) {
            *error = failed;
            return {};
        }
        payload.insert(table.key, rows);
    }
    return compressed(payload);
}

QString yearKind()
{
    return QStringLiteral("year");
}

QByteArray compressed(const QJsonObject& payload)
{
    return qCompress(QJsonDocument(payload).toJson(QJsonDocument::Compact), 9);
}

int format()
{
    return payloadFormat;
}

Contents read(const QByteArray& payload)
{
    Contents result;
    // qUncompress reads the size it will need from the first four bytes: checked before it allocates.
    if (payload.size() < 4 || qFromBigEndian<quint32>(payload.constData()) > quint64(largestJson)) {
        result.error = QCoreApplication::translate("YearPackage", "The package's contents cannot be read.");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(qUncompress(payload), &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError ||
        object.value(QStringLiteral("format")).toInt() != payloadFormat) {
        result.error = QCoreApplication::translate("YearPackage", "The package's contents cannot be read.");
        return result;
    }
    result.sender = object.value(QStringLiteral("sender")).toString();
    result.year = object.value(QStringLiteral("year")).toInt();
    result.madeAt = object.value(QStringLiteral("made_at")).toString();
    // Packages made before kinds were told apart are a community's year.
    result.kind = object.value(QStringLiteral("kind")).toString(yearKind());
    result.object = object;
    for (const PackageRows::SentTable& table : PackageRows::sentTables())
        result.records.insert(table.key, object.value(table.key).toArray());
    for (const PackageRows::LinkTable& table : PackageRows::linkTables())
        result.records.insert(table.key, object.value(table.key).toArray());
    return result;
}

QString writeFile(const QString& path, const QByteArray& package)
{
    const QString native = QDir::toNativeSeparators(path);
    PendingFile pending(path, FileAccess::OwnerOnly);
    if (!pending.isValid())
        return pending.creationError();
    QFile file(pending.temporaryPath());
    errno = 0;
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                         file.write(package) == package.size() && file.flush();
    const int failure = errno != 0 ? errno : EIO;
    file.close();
    if (!written || file.error() != QFileDevice::NoError)
        return QCoreApplication::translate("YearPackage", "%1 could not be written. %2")
            .arg(native, fileErrorCause(failure));
    return pending.commit([&](const QString& temporary) {
        return QFileInfo(temporary).size() == package.size()
                   ? QString()
                   : QCoreApplication::translate("YearPackage",
                                                 "%1 could not be written: the file written is "
                                                 "incomplete.")
                         .arg(native);
    });
}

} // namespace partydesk::YearPackage
