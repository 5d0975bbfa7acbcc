#include "YearPackage.h"

#include "report/AtomicFile.h"
#include "storage/RecordIdentity.h"
#include "storage/StorageErrors.h"

#include <cerrno>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

namespace partydesk::YearPackage {

namespace {

constexpr int payloadFormat = 1;
// Kept decompressed at most (a street's year is a few MiB): a payload asking for more is refused.
constexpr qsizetype largestJson = 512LL * 1024 * 1024;

// A table sent: its references to other tables sent, as column → table.
struct SentTable
{
    QString name;
    QString key; // in the JSON
    QList<std::pair<QString, QString>> references;
};

const QList<SentTable>& sentTables()
{
    static const QList<SentTable> tables = {
        {QStringLiteral("organisation"),
         QStringLiteral("organisations"),
         {{QStringLiteral("parent_id"), QStringLiteral("organisation")},
          {QStringLiteral("grid_id"), QStringLiteral("grid")}}},
        {QStringLiteral("grid"),
         QStringLiteral("grids"),
         {{QStringLiteral("community_id"), QStringLiteral("organisation")}}},
        {QStringLiteral("member"),
         QStringLiteral("members"),
         {{QStringLiteral("org_id"), QStringLiteral("organisation")},
          {QStringLiteral("grid_id"), QStringLiteral("grid")}}},
    };
    return tables;
}

// Columns that belong to this file, not to the record: its own ids and versions.
bool localColumn(const QString& column)
{
    return column == QLatin1String("id") || column == QLatin1String("row_version");
}

// id → uid of every row of `table`.
QHash<qint64, QString> uidsById(QSqlDatabase& db, const QString& table)
{
    QHash<qint64, QString> uids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, uid FROM %1").arg(table)))
        while (q.next())
            uids.insert(q.value(0).toLongLong(), q.value(1).toString());
    return uids;
}

// Every row of `table` as JSON, references written as uids.
QJsonArray rowsOf(QSqlDatabase& db, const SentTable& table,
                  const QHash<QString, QHash<qint64, QString>>& uids, QString* error)
{
    QJsonArray rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table.name))) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next()) {
        const QSqlRecord record = q.record();
        QJsonObject row;
        for (int c = 0; c < record.count(); ++c) {
            const QString column = record.fieldName(c);
            if (localColumn(column))
                continue;
            const QVariant value = record.value(c);
            QString referenced;
            for (const auto& [from, to] : table.references)
                if (from == column)
                    referenced = to;
            if (!referenced.isEmpty())
                row.insert(column, value.isNull() ? QJsonValue()
                                                  : QJsonValue(uids[referenced].value(value.toLongLong())));
            else
                row.insert(column, QJsonValue::fromVariant(value));
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

QByteArray build(QSqlDatabase db, int year, const QString& sender, QString* error)
{
    if (const QString failed = RecordIdentity::assignMissing(db); !failed.isEmpty()) {
        *error = failed;
        return {};
    }
    QHash<QString, QHash<qint64, QString>> uids;
    for (const SentTable& table : sentTables())
        uids.insert(table.name, uidsById(db, table.name));
    QJsonObject payload{{QStringLiteral("format"), payloadFormat},
                        {QStringLiteral("sender"), sender},
                        {QStringLiteral("year"), year},
                        {QStringLiteral("made_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    for (const SentTable& table : sentTables()) {
        QString failed;
        const QJsonArray rows = rowsOf(db, table, uids, &failed);
        if (!failed.isEmpty()) {
            *error = failed;
            return {};
        }
        payload.insert(table.key, rows);
    }
    return qCompress(QJsonDocument(payload).toJson(QJsonDocument::Compact), 9);
}

Preview preview(QSqlDatabase db, const QByteArray& payload)
{
    Preview result;
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
    // The records here, as they would be sent, by uid.
    QHash<QString, QHash<qint64, QString>> uids;
    for (const SentTable& table : sentTables())
        uids.insert(table.name, uidsById(db, table.name));
    for (const SentTable& table : sentTables()) {
        QString failed;
        QHash<QString, QJsonObject> here;
        for (const QJsonValue& row : rowsOf(db, table, uids, &failed)) {
            const QJsonObject record = row.toObject();
            const QString uid = record.value(QStringLiteral("uid")).toString();
            if (!uid.isEmpty())
                here.insert(uid, record);
        }
        Preview::Counts& counts = table.name == QLatin1String("organisation") ? result.organisations
                                  : table.name == QLatin1String("grid")       ? result.grids
                                                                              : result.members;
        for (const QJsonValue& row : object.value(table.key).toArray()) {
            const QJsonObject record = row.toObject();
            const auto found = here.constFind(record.value(QStringLiteral("uid")).toString());
            if (found == here.cend())
                ++counts.added;
            else if (*found == record)
                ++counts.same;
            else
                ++counts.changed;
        }
    }
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
