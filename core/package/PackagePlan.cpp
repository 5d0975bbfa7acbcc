#include "PackagePlan.h"

#include "domain/Enums.h"
#include "PackageLinkPlan.h"
#include "PackageLinks.h"
#include "PackageRows.h"
#include "repository/SqlRead.h"
#include "YearPackage.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace partydesk::PackageImport {

namespace {

using PackageRows::SentTable;

const QString organisationTable = QStringLiteral("organisation");
const QString gridTable = QStringLiteral("grid");
const QString memberTable = QStringLiteral("member");

// Runs `sql` with `values` bound and hands every row to `row`; false when the read failed.
template <typename Row>
bool eachRow(const QSqlDatabase& db, const QString& sql, const QVariantList& values, Row row)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!execRead(q))
        return false;
    while (q.next())
        row(q);
    return true;
}

const QString streetsQuery = QStringLiteral(
    "SELECT id, name FROM organisation WHERE org_type = ? AND dissolved_on IS NULL ORDER BY id");

QString uidOf(const QJsonObject& values)
{
    return values.value(QStringLiteral("uid")).toString();
}

QString referenceOf(const QJsonObject& values, const QString& column)
{
    return values.value(column).toString();
}

// Where the street's node is: the organisation given, or the single street committee here.
void findPlace(const QSqlDatabase& db, qint64 under, Plan* plan, QString* error)
{
    if (under > 0) {
        plan->underGiven = true;
        eachRow(db, QStringLiteral("SELECT id, name FROM organisation WHERE id = ?"), {under},
                [&](const QSqlQuery& q) {
                    plan->under = q.value(0).toLongLong();
                    plan->underName = q.value(1).toString();
                });
        if (plan->under == 0)
            plan->refusal = QCoreApplication::translate(
                                "PackageImport",
                                "There is no organisation %1 in this workspace to place the community under.")
                                .arg(under);
        return;
    }
    QList<std::pair<qint64, QString>> streets;
    if (!eachRow(db, streetsQuery, {enumCode(OrgType::StreetCommittee)}, [&](const QSqlQuery& q) {
            streets.append({q.value(0).toLongLong(), q.value(1).toString()});
        }))
        *error =
            QCoreApplication::translate("PackageImport", "This workspace's organisations could not be read.");
    if (streets.size() == 1) {
        plan->under = streets.constFirst().first;
        plan->underName = streets.constFirst().second;
    }
}

QString placementRefusal(const QSqlDatabase& db)
{
    QStringList streets;
    eachRow(db, streetsQuery, {enumCode(OrgType::StreetCommittee)}, [&](const QSqlQuery& q) {
        streets << QStringLiteral("%1 %2").arg(q.value(0).toLongLong()).arg(q.value(1).toString());
    });
    if (streets.isEmpty())
        return QCoreApplication::translate(
            "PackageImport",
            "This workspace has no street working committee to place the community under: name the "
            "organisation it goes under with --under ID.");
    return QCoreApplication::translate(
               "PackageImport",
               "This workspace has %1 street working committees (%2): name the one the community goes "
               "under with --under ID.")
        .arg(streets.size())
        .arg(streets.join(QStringLiteral("、")));
}

// The organisations here under `tops` (themselves included), with their depth below them.
QHash<qint64, int> subtree(const QHash<qint64, qint64>& parents, const QList<qint64>& tops)
{
    QHash<qint64, QList<qint64>> children;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it)
        children[it.value()].append(it.key());
    QHash<qint64, int> depth;
    QList<qint64> pending = tops;
    for (qint64 top : tops)
        depth.insert(top, 0);
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeLast();
        for (qint64 child : children.value(id))
            if (!depth.contains(child)) {
                depth.insert(child, depth.value(id) + 1);
                pending.append(child);
            }
    }
    return depth;
}

// Records of the same uid compared: the columns both files know, references as this file writes them.
QStringList differences(const Record& record, const QJsonObject& here, const SentTable& table,
                        const Plan& plan, const PackageRows::Identities& uids)
{
    QStringList columns;
    for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it) {
        const QString column = it.key();
        if (PackageRows::localColumn(column) || !here.contains(column))
            continue;
        QJsonValue sent = it.value();
        const QString referenced = table.referenced(column);
        if (record.top && column == QLatin1String("parent_id")) {
            // Where the community hangs is the street's choice: it moves only when --under says so.
            if (!plan.underGiven)
                continue;
            sent = PackageRows::referenceText(uids.value(organisationTable), plan.under);
        } else if (referenced == organisationTable && sent.isString() &&
                   plan.standIns.contains(sent.toString())) {
            sent = PackageRows::referenceText(uids.value(organisationTable),
                                              plan.standIns.value(sent.toString()));
        }
        if (sent != here.value(column))
            columns << column;
    }
    return columns;
}

// ID numbers the package gives members that this workspace's current roster already gives someone
// else, who stays: the merge would break the one-record-per-person rule, so the user is told whom.
QString idNumberClashes(const QSqlDatabase& db, const Plan& plan)
{
    QHash<QString, std::pair<qint64, QString>> inUse;
    eachRow(
        db,
        QStringLiteral("SELECT id, id_number, name FROM member WHERE id_number IS NOT NULL AND left_on IS "
                       "NULL"),
        {}, [&](const QSqlQuery& q) {
            inUse.insert(q.value(1).toString(), {q.value(0).toLongLong(), q.value(2).toString()});
        });
    QSet<qint64> going(plan.left.value(memberTable).cbegin(), plan.left.value(memberTable).cend());
    for (const Record& record : plan.records.value(memberTable))
        if (record.localId != 0)
            going.insert(record.localId); // takes the package's values, whatever they are
    QStringList clashes;
    for (const Record& record : plan.records.value(memberTable)) {
        const QString idNumber = record.values.value(QStringLiteral("id_number")).toString();
        if (record.state == State::Same || idNumber.isEmpty() ||
            !record.values.value(QStringLiteral("left_on")).isNull())
            continue;
        const auto found = inUse.constFind(idNumber);
        if (found != inUse.cend() && !going.contains(found->first))
            clashes << QCoreApplication::translate("PackageImport", "%1 (here: %2, no. %3)")
                           .arg(record.values.value(QStringLiteral("name")).toString(), found->second)
                           .arg(found->first);
    }
    if (clashes.isEmpty())
        return {};
    const int shown = 5;
    QString list =
        QStringList(clashes.mid(0, shown)).join(QCoreApplication::translate("PackageImport", "; "));
    if (clashes.size() > shown)
        list += QCoreApplication::translate("PackageImport", " and %1 more").arg(clashes.size() - shown);
    return QCoreApplication::translate("PackageImport",
                                       "%n member(s) of the package already have their ID number on this "
                                       "workspace's roster under another record: %1. Settle these records "
                                       "first (the same person entered twice?).",
                                       nullptr, int(clashes.size()))
        .arg(list);
}

} // namespace

const QStringList& kindsInOrder()
{
    static const QStringList kinds = [] {
        QStringList tables;
        for (const SentTable& table : PackageRows::sentTables())
            tables << table.name;
        for (const PackageRows::LinkTable& table : PackageRows::linkTables())
            tables << table.name;
        return tables;
    }();
    return kinds;
}

Counts& Plan::counts(const QString& table)
{
    return kinds[table];
}

Counts Plan::counts(const QString& table) const
{
    return kinds.value(table);
}

bool Plan::changesNothing() const
{
    for (const Counts& c : kinds)
        if (c.added + c.changed + c.left > 0)
            return false;
    return true;
}

Plan plan(const QSqlDatabase& db, const QByteArray& payload, const QByteArray& senderKey, qint64 under)
{
    Plan result;
    const YearPackage::Contents contents = YearPackage::read(payload);
    if (!contents.error.isEmpty()) {
        result.error = contents.error;
        return result;
    }
    result.sender = contents.sender;
    result.year = contents.year;
    result.madeAt = contents.madeAt;
    result.digest = PackageHistory::digest(payload);
    const PackageHistory::Last last = PackageHistory::last(db, senderKey, contents.year);
    result.lastMadeAt = last.madeAt;
    result.freshness = PackageHistory::compare(last, contents.madeAt, result.digest);
    const PackageHistory::Last latest = PackageHistory::latestOfSender(db, senderKey);
    result.freshness =
        PackageHistory::againstOtherYears(result.freshness, latest, contents.year, contents.madeAt);
    if (result.freshness == PackageHistory::Freshness::OlderThanAnotherYear) {
        result.lastMadeAt = latest.madeAt;
        result.lastYear = latest.year;
    }

    // The package's records, each with a uid of its own.
    QHash<QString, QList<QJsonObject>> sent;
    QHash<QString, QSet<QString>> sentUids;
    for (const SentTable& table : PackageRows::sentTables())
        for (const QJsonValue& value : contents.records.value(table.key).toArray()) {
            const QJsonObject values = value.toObject();
            const QString uid = uidOf(values);
            if (uid.isEmpty() || uid.startsWith(QLatin1Char('#')) || sentUids[table.name].contains(uid)) {
                result.error =
                    QCoreApplication::translate("PackageImport", "The package's contents cannot be read.");
                return result;
            }
            sentUids[table.name].insert(uid);
            sent[table.name].append(values);
        }
    // This workspace's records of the package's uids: uids by id, and by uid the record as the package
    // would carry it.
    PackageRows::Identities uids = PackageRows::identities(db);
    QHash<QString, QHash<QString, PackageRows::Row>> here;
    for (const SentTable& table : PackageRows::sentTables()) {
        QString failed;
        const QStringList wanted(sentUids.value(table.name).cbegin(), sentUids.value(table.name).cend());
        for (const PackageRows::Row& row : PackageRows::rowsWithUids(db, table, uids, wanted, &failed))
            here[table.name].insert(uidOf(row.values), row);
        if (!failed.isEmpty()) {
            result.error = failed;
            return result;
        }
    }

    // A reference that may be missing here (a meeting's monthly plan) and is: as good as none.
    for (const SentTable& table : PackageRows::sentTables())
        for (const QString& column : table.optionalReferences) {
            const QString referenced = table.referenced(column);
            const QList<QString> named = uids.value(referenced).values();
            const QSet<QString> known(named.cbegin(), named.cend());
            for (QJsonObject& values : sent[table.name]) {
                const QString uid = referenceOf(values, column);
                if (!uid.isEmpty() && !sentUids.value(referenced).contains(uid) && !known.contains(uid))
                    values.insert(column, QJsonValue());
            }
        }

    // The sender's copy of its street, and the community's top organisations below it.
    const QSet<QString>& sentOrganisations = sentUids[organisationTable];
    const QHash<QString, PackageRows::Row>& organisationsHere = here[organisationTable];
    QSet<QString> tops;
    bool newTop = false;
    for (const QJsonObject& values : sent.value(organisationTable)) {
        const QString parent = referenceOf(values, QStringLiteral("parent_id"));
        if ((parent.isEmpty() || !sentOrganisations.contains(parent)) &&
            values.value(QStringLiteral("org_type")).toString() == enumCode(OrgType::StreetCommittee))
            result.standIns.insert(uidOf(values), 0);
    }
    for (const QJsonObject& values : sent.value(organisationTable)) {
        const QString uid = uidOf(values);
        const QString parent = referenceOf(values, QStringLiteral("parent_id"));
        if (result.standIns.contains(uid) ||
            !(parent.isEmpty() || !sentOrganisations.contains(parent) || result.standIns.contains(parent)))
            continue;
        tops.insert(uid);
        result.topNames << values.value(QStringLiteral("name")).toString();
        newTop = newTop || !organisationsHere.contains(uid);
    }
    QString failed;
    findPlace(db, under, &result, &failed);
    if (!failed.isEmpty()) {
        result.error = failed;
        return result;
    }
    for (auto it = result.standIns.begin(); it != result.standIns.end(); ++it) {
        const auto local = organisationsHere.constFind(it.key());
        it.value() = local != organisationsHere.cend() ? local->id : result.under;
    }
    if (newTop && result.under == 0 && result.refusal.isEmpty())
        result.refusal = placementRefusal(db);

    // The community's part of this workspace.
    QHash<qint64, qint64> parents;
    if (!eachRow(db, QStringLiteral("SELECT id, parent_id FROM organisation"), {}, [&](const QSqlQuery& q) {
            parents.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        })) {
        result.error =
            QCoreApplication::translate("PackageImport", "This workspace's organisations could not be read.");
        return result;
    }
    QList<qint64> topsHere;
    for (const QString& uid : std::as_const(tops))
        if (const auto local = organisationsHere.constFind(uid); local != organisationsHere.cend())
            topsHere << local->id;
    const QHash<qint64, int> part = subtree(parents, topsHere);
    if (result.underGiven && part.contains(result.under) && result.refusal.isEmpty())
        result.refusal =
            QCoreApplication::translate(
                "PackageImport", "Organisation %1 is part of the community itself: the community cannot go "
                                 "under it.")
                .arg(result.under);

    // New, changed and the same.
    for (const SentTable& table : PackageRows::sentTables()) {
        Counts& counts = result.counts(table.name);
        QList<Record>& records = result.records[table.name];
        const QHash<QString, PackageRows::Row>& tableHere = here[table.name];
        for (const QJsonObject& values : sent.value(table.name)) {
            Record record;
            record.uid = uidOf(values);
            if (table.name == organisationTable && result.standIns.contains(record.uid))
                continue;
            record.values = values;
            record.top = table.name == organisationTable && tops.contains(record.uid);
            const auto local = tableHere.constFind(record.uid);
            if (local == tableHere.cend()) {
                record.state = State::Added;
                ++counts.added;
            } else {
                record.localId = local->id;
                record.changedColumns = differences(record, local->values, table, result, uids);
                record.state = record.changedColumns.isEmpty() ? State::Same : State::Changed;
                ++(record.state == State::Same ? counts.same : counts.changed);
            }
            records.append(record);
        }
    }

    // Left: what the community's part here holds that the package does not.
    QList<qint64>& leftOrganisations = result.left[organisationTable];
    for (auto it = part.cbegin(); it != part.cend(); ++it)
        if (!sentOrganisations.contains(uids.value(organisationTable).value(it.key())))
            leftOrganisations << it.key();
    std::sort(leftOrganisations.begin(), leftOrganisations.end(), [&](qint64 a, qint64 b) {
        return part.value(a) != part.value(b) ? part.value(a) > part.value(b) : a > b;
    });
    QVariantList partIds;
    for (auto it = part.cbegin(); it != part.cend(); ++it)
        partIds << it.key();
    for (const SentTable& table : PackageRows::sentTables()) {
        const QString partOf = PackageRows::partExpression(table);
        if (partOf.isEmpty())
            continue;
        QVariantList bounds;
        const QString select =
            PackageRows::selectOf(table, QStringLiteral("t.id, t.uid"), result.year, &bounds);
        QString failed;
        PackageRows::eachIn(
            db, select, bounds, partOf, partIds,
            [&](const QSqlQuery& q) {
                if (!sentUids.value(table.name).contains(q.value(1).toString()))
                    result.left[table.name] << q.value(0).toLongLong();
            },
            &failed);
        if (!failed.isEmpty()) {
            result.error =
                QCoreApplication::translate("PackageImport", "This workspace's records could not be read.");
            return result;
        }
        std::sort(result.left[table.name].begin(), result.left[table.name].end());
    }
    for (const SentTable& table : PackageRows::sentTables())
        result.counts(table.name).left = int(result.left.value(table.name).size());
    // The ratings: this workspace's session of the same template stands for the community's.
    QSet<QString> taskUids;
    QSet<QString> itemUids;
    for (const QJsonValue& row : contents.records.value(QStringLiteral("task_scores")).toArray())
        taskUids.insert(row.toObject().value(QStringLiteral("task_id")).toString());
    for (const QJsonValue& row : contents.records.value(QStringLiteral("item_scores")).toArray())
        itemUids.insert(row.toObject().value(QStringLiteral("item_id")).toString());
    result.ratings = PackageRatings::match(db, contents.object.value(QStringLiteral("ratings")).toObject(),
                                           result.year, taskUids, itemUids);
    if (result.ratings.imports()) {
        sentUids[QStringLiteral("rating_session")].insert(result.ratings.sessionUid);
        if (result.ratings.sessionId != 0)
            uids[QStringLiteral("rating_session")].insert(result.ratings.sessionId,
                                                          result.ratings.sessionUid);
    }
    if (const QString failed = planLinks(db, uids, sentUids, contents, &result); !failed.isEmpty()) {
        result.error = failed;
        return result;
    }

    if (result.refusal.isEmpty())
        result.refusal = idNumberClashes(db, result);
    return result;
}

QString freshnessRefusal(const Plan& plan)
{
    switch (plan.freshness) {
    case PackageHistory::Freshness::Older:
        return QCoreApplication::translate("PackageImport",
                                           "This package (made %1) is older than the one already imported "
                                           "from the same sender for %2 (made %3): it would overwrite newer "
                                           "data, so it is not imported.")
            .arg(PackageHistory::shownTime(plan.madeAt))
            .arg(plan.year)
            .arg(PackageHistory::shownTime(plan.lastMadeAt));
    case PackageHistory::Freshness::OlderThanAnotherYear:
        return QCoreApplication::translate("PackageImport",
                                           "This package of %1 (made %2) is older than the package of %3 "
                                           "already imported from the same sender (made %4): its "
                                           "organisations and members would overwrite newer ones, so it is "
                                           "not imported. Ask the sender to make the package of %1 again.")
            .arg(plan.year)
            .arg(PackageHistory::shownTime(plan.madeAt))
            .arg(plan.lastYear)
            .arg(PackageHistory::shownTime(plan.lastMadeAt));
    case PackageHistory::Freshness::SameTimeOther:
        return QCoreApplication::translate("PackageImport",
                                           "This package was made at the same moment as the one already "
                                           "imported from the same sender for %1 (%2), yet differs from it: "
                                           "it is not imported. Ask the sender for a new package.")
            .arg(plan.year)
            .arg(PackageHistory::shownTime(plan.lastMadeAt));
    default:
        return {};
    }
}

QStringList notes(const Plan& plan, bool refusal)
{
    QStringList lines;
    if (!plan.ratings.refusal.isEmpty())
        lines << plan.ratings.refusal;
    QStringList newTops;
    for (const Record& record : plan.records.value(organisationTable))
        if (record.top && record.state == State::Added)
            newTops << record.values.value(QStringLiteral("name")).toString();
    if (plan.under != 0 && !newTops.isEmpty())
        lines << QCoreApplication::translate("PackageImport",
                                             "The community's top organisations (%1) go under %2 (no. %3).")
                     .arg(newTops.join(QStringLiteral("、")), plan.underName)
                     .arg(plan.under);
    if (plan.freshness == PackageHistory::Freshness::SamePackage)
        lines << QCoreApplication::translate("PackageImport", "This package has already been imported.");
    else if (!refusal)
        return lines;
    else if (const QString why = freshnessRefusal(plan); !why.isEmpty())
        lines << why;
    else if (!plan.refusal.isEmpty())
        lines << plan.refusal;
    return lines;
}

} // namespace partydesk::PackageImport
