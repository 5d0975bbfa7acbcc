#include "PackageHistory.h"

#include "repository/Settings.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace partydesk::PackageHistory {

namespace {

// One setting per sender and year (no schema change needed): package.imported.YEAR.KEY.
QString settingKey(const QByteArray& senderKey, int year)
{
    return QStringLiteral("package.imported.%1.%2").arg(year).arg(QString::fromLatin1(senderKey.toBase64()));
}

QString latestKey(const QByteArray& senderKey)
{
    return QStringLiteral("package.imported.latest.%1").arg(QString::fromLatin1(senderKey.toBase64()));
}

QDateTime moment(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

} // namespace

Last last(const QSqlDatabase& db, const QByteArray& senderKey, int year)
{
    const QJsonObject saved =
        QJsonDocument::fromJson(readSetting(db, settingKey(senderKey, year)).toUtf8()).object();
    return {saved.value(QStringLiteral("made_at")).toString(),
            saved.value(QStringLiteral("digest")).toString()};
}

Freshness compare(const Last& last, const QString& madeAt, const QString& digest)
{
    if (last.madeAt.isEmpty())
        return Freshness::First;
    const QDateTime before = moment(last.madeAt);
    const QDateTime now = moment(madeAt);
    // A package without a readable date cannot show it is newer.
    if (!now.isValid() || now < before)
        return Freshness::Older;
    if (now == before)
        return digest == last.digest ? Freshness::SamePackage : Freshness::SameTimeOther;
    return Freshness::Newer;
}

QString remember(const QSqlDatabase& db, const QByteArray& senderKey, int year, const QString& madeAt,
                 const QString& digest)
{
    const QJsonObject value{{QStringLiteral("made_at"), madeAt}, {QStringLiteral("digest"), digest}};
    return writeSetting(db, settingKey(senderKey, year),
                        QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}

Last latestOfSender(const QSqlDatabase& db, const QByteArray& senderKey)
{
    const QJsonObject saved =
        QJsonDocument::fromJson(readSetting(db, latestKey(senderKey)).toUtf8()).object();
    return {saved.value(QStringLiteral("made_at")).toString(),
            saved.value(QStringLiteral("digest")).toString(), saved.value(QStringLiteral("year")).toInt()};
}

Freshness againstOtherYears(Freshness freshness, const Last& latest, int year, const QString& madeAt)
{
    if (freshness != Freshness::First && freshness != Freshness::Newer)
        return freshness;
    if (latest.madeAt.isEmpty() || latest.year == year)
        return freshness;
    const QDateTime now = moment(madeAt);
    return now.isValid() && now >= moment(latest.madeAt) ? freshness : Freshness::OlderThanAnotherYear;
}

QString rememberLatest(const QSqlDatabase& db, const QByteArray& senderKey, int year, const QString& madeAt,
                       const QString& digest)
{
    const Last latest = latestOfSender(db, senderKey);
    if (!latest.madeAt.isEmpty() && moment(latest.madeAt) > moment(madeAt))
        return {};
    const QJsonObject value{{QStringLiteral("made_at"), madeAt},
                            {QStringLiteral("digest"), digest},
                            {QStringLiteral("year"), year}};
    return writeSetting(db, latestKey(senderKey),
                        QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}

QString shownTime(const QString& iso)
{
    const QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return moment.isValid() ? moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : iso;
}

QString digest(const QByteArray& payload)
{
    return QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
}

} // namespace partydesk::PackageHistory
