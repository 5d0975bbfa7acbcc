#include "ChangeList.h"

#include "domain/IdNumber.h"
#include "import/MemberSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace partydesk::ChangeList {

namespace {

QString textOf(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << item.toString();
        return parts.join(QLatin1Char(','));
    }
    return value.toString();
}

void compare(QList<FieldChange>* changes, const QString& field, QString before, QString after)
{
    if (before == after)
        return;
    if (field == QLatin1String("id_number")) {
        before = before.isEmpty() ? before : IdNumber::masked(before);
        after = after.isEmpty() ? after : IdNumber::masked(after);
    }
    changes->append({field, before, after});
}

} // namespace

QList<FieldChange> ofMember(const Member& before, const Member& after)
{
    const QJsonObject old =
        before.id > 0 ? QJsonDocument::fromJson(MemberSnapshot::toJson(before)).object() : QJsonObject();
    const QJsonObject now = QJsonDocument::fromJson(MemberSnapshot::toJson(after)).object();
    QList<FieldChange> changes;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        const QString newText = textOf(it.value());
        const QString oldText = old.isEmpty() ? QString() : textOf(old.value(it.key()));
        // A new member: only what was filled in ("0" is no organisation or grid).
        if (old.isEmpty() && (newText.isEmpty() || newText == QLatin1String("0")))
            continue;
        compare(&changes, it.key(), oldText, newText);
    }
    return changes;
}

QList<FieldChange> ofOrganisation(const Organisation& before, const Organisation& after)
{
    QList<FieldChange> changes;
    const auto date = [](QDate d) { return d.toString(Qt::ISODate); };
    const bool added = before.id == 0;
    const auto add = [&](const char* field, const QString& old, const QString& now) {
        if (added && now.isEmpty())
            return;
        compare(&changes, QLatin1String(field), added ? QString() : old, now);
    };
    add("parent_id", QString::number(before.parentId), QString::number(after.parentId));
    add("name", before.name, after.name);
    add("org_type", enumCode(before.type), enumCode(after.type));
    add("domain", enumCode(before.domain), enumCode(after.domain));
    add("secretary", before.secretary, after.secretary);
    add("deputy_secretary", before.deputySecretary, after.deputySecretary);
    add("committee", before.committee, after.committee);
    add("founded_on", date(before.foundedOn), date(after.foundedOn));
    add("term_start", date(before.termStart), date(after.termStart));
    add("term_end", date(before.termEnd), date(after.termEnd));
    add("address", before.address, after.address);
    add("grid_id", QString::number(before.gridId), QString::number(after.gridId));
    return changes;
}

} // namespace partydesk::ChangeList
