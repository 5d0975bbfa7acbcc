#include "MemberSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace partydesk::MemberSnapshot {

namespace {

// Every field of a member, by the name it has in the snapshot.
struct TextField
{
    const char* key;
    QString Member::*text;
};
struct DateField
{
    const char* key;
    QDate Member::*date;
};

const TextField textFields[] = {
    {"name", &Member::name},
    {"ethnicity", &Member::ethnicity},
    {"id_number", &Member::idNumber},
    {"phone", &Member::phone},
    {"address", &Member::address},
    {"work_unit", &Member::workUnit},
    {"service_post", &Member::servicePost},
    {"floating_place", &Member::floatingPlace},
    {"floating_contact", &Member::floatingContact},
    {"activity_card_no", &Member::activityCardNo},
    {"participation", &Member::participation},
    {"home_organisation", &Member::homeOrganisation},
    {"leave_reason", &Member::leaveReason},
    {"notes", &Member::notes},
};
const DateField dateFields[] = {
    {"birth_date", &Member::birthDate},   {"applied_on", &Member::appliedOn},
    {"activist_on", &Member::activistOn}, {"candidate_on", &Member::candidateOn},
    {"joined_on", &Member::joinedOn},     {"full_on", &Member::fullOn},
    {"reported_on", &Member::reportedOn}, {"floating_since", &Member::floatingSince},
    {"left_on", &Member::leftOn},
};

template <typename E> void readEnum(const QJsonObject& o, const char* key, E* value)
{
    enumFromCode(o.value(QLatin1String(key)).toString(), value);
}

} // namespace

QByteArray toJson(const Member& m)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), QString::number(m.id));
    o.insert(QStringLiteral("org_id"), QString::number(m.orgId));
    o.insert(QStringLiteral("grid_id"), QString::number(m.gridId));
    o.insert(QStringLiteral("sex"), enumCode(m.sex));
    o.insert(QStringLiteral("education"), enumCode(m.education));
    o.insert(QStringLiteral("category"), enumCode(m.category));
    o.insert(QStringLiteral("status"), enumCode(m.status));
    o.insert(QStringLiteral("leave_kind"), enumCode(m.leaveKind));
    for (const TextField& f : textFields)
        o.insert(QLatin1String(f.key), m.*f.text);
    for (const DateField& f : dateFields)
        o.insert(QLatin1String(f.key), (m.*f.date).toString(Qt::ISODate));
    QJsonArray tags;
    for (MemberTag tag : m.tags)
        tags.append(enumCode(tag));
    o.insert(QStringLiteral("tags"), tags);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool fromJson(const QByteArray& json, Member* member)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject o = document.object();
    Member m;
    m.id = o.value(QStringLiteral("id")).toString().toLongLong();
    m.orgId = o.value(QStringLiteral("org_id")).toString().toLongLong();
    m.gridId = o.value(QStringLiteral("grid_id")).toString().toLongLong();
    readEnum(o, "sex", &m.sex);
    readEnum(o, "education", &m.education);
    readEnum(o, "category", &m.category);
    readEnum(o, "status", &m.status);
    readEnum(o, "leave_kind", &m.leaveKind);
    for (const TextField& f : textFields)
        m.*f.text = o.value(QLatin1String(f.key)).toString();
    for (const DateField& f : dateFields)
        m.*f.date = QDate::fromString(o.value(QLatin1String(f.key)).toString(), Qt::ISODate);
    for (const QJsonValue& tag : o.value(QStringLiteral("tags")).toArray()) {
        MemberTag value;
        if (enumFromCode(tag.toString(), &value))
            m.tags << value;
    }
    if (m.id <= 0)
        return false;
    *member = m;
    return true;
}

} // namespace partydesk::MemberSnapshot
