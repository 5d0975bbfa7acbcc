#include "MemberRepository.h"

#include "domain/Clock.h"
#include "domain/Pinyin.h"
#include "repository/SqlRead.h"
#include "SqlTransaction.h"
#include "SqlValues.h"
#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

namespace {

const char* const memberColumns =
    "id, name, sex, ethnicity, id_number, birth_date, education, phone, address, org_id, grid_id, category, "
    "status, applied_on, activist_on, candidate_on, joined_on, full_on, work_unit, reported_on, "
    "service_post, "
    "floating_place, floating_since, floating_contact, activity_card_no, participation, home_organisation, "
    "left_on, leave_kind, leave_reason, notes, row_version";

Member memberFrom(const QSqlQuery& q)
{
    Member m;
    int c = 0;
    m.id = q.value(c++).toLongLong();
    m.name = q.value(c++).toString();
    enumFromCode(q.value(c++).toString(), &m.sex);
    m.ethnicity = q.value(c++).toString();
    m.idNumber = q.value(c++).toString();
    m.birthDate = dateFromSql(q.value(c++));
    enumFromCode(q.value(c++).toString(), &m.education);
    m.phone = q.value(c++).toString();
    m.address = q.value(c++).toString();
    m.orgId = q.value(c++).toLongLong();
    m.gridId = q.value(c++).toLongLong();
    enumFromCode(q.value(c++).toString(), &m.category);
    enumFromCode(q.value(c++).toString(), &m.status);
    m.appliedOn = dateFromSql(q.value(c++));
    m.activistOn = dateFromSql(q.value(c++));
    m.candidateOn = dateFromSql(q.value(c++));
    m.joinedOn = dateFromSql(q.value(c++));
    m.fullOn = dateFromSql(q.value(c++));
    m.workUnit = q.value(c++).toString();
    m.reportedOn = dateFromSql(q.value(c++));
    m.servicePost = q.value(c++).toString();
    m.floatingPlace = q.value(c++).toString();
    m.floatingSince = dateFromSql(q.value(c++));
    m.floatingContact = q.value(c++).toString();
    m.activityCardNo = q.value(c++).toString();
    m.participation = q.value(c++).toString();
    m.homeOrganisation = q.value(c++).toString();
    m.leftOn = dateFromSql(q.value(c++));
    enumFromCode(q.value(c++).toString(), &m.leaveKind);
    m.leaveReason = q.value(c++).toString();
    m.notes = q.value(c++).toString();
    m.rowVersion = q.value(c++).toInt();
    return m;
}

// The date a member came onto this community's roster, as best the record tells.
QDate rosterStart(const Member& m, QDate today)
{
    switch (m.category) {
    case MemberCategory::InService:
        return m.reportedOn.isValid() ? m.reportedOn : today;
    case MemberCategory::FloatingIn:
        return m.floatingSince.isValid() ? m.floatingSince : today;
    default:
        return today;
    }
}

} // namespace

namespace {

// "YYYY-MM-DD" without the general parser: the roster reads 300,000 dates at start-up.
QDate isoDate(QStringView text)
{
    if (text.size() != 10)
        return {};
    auto number = [&](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i)
            value = value * 10 + (text[i].unicode() - '0');
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

template <typename E> E codeValue(QStringView code, E fallback)
{
    for (const auto& info : enumInfos<E>())
        if (code == QLatin1String(info.code))
            return info.value;
    return fallback;
}

} // namespace

QHash<qint64, quint32> tagMasksFrom(QSqlQuery& memberTags)
{
    QHash<qint64, quint32> masks;
    while (memberTags.next()) {
        MemberTag tag;
        if (enumFromCode(memberTags.value(1).toString(), &tag))
            masks[memberTags.value(0).toLongLong()] |= 1u << int(tag);
    }
    return masks;
}

std::vector<RosterRow> readRoster(const QSqlDatabase& db, int limit, qint64 memberId,
                                  const QSet<qint64>* orgIds)
{
    std::vector<RosterRow> rows;
    QSqlQuery count(db);
    if (limit < 0 && memberId <= 0 && count.exec(QStringLiteral("SELECT count(*) FROM member")) &&
        count.next())
        rows.reserve(size_t(count.value(0).toLongLong()));
    forEachRosterRow(db, limit, memberId, orgIds, [&rows](RosterRow&& row) {
        rows.push_back(std::move(row));
        return true;
    });
    return rows;
}

bool forEachRosterRow(const QSqlDatabase& db, int limit, qint64 memberId, const QSet<qint64>* orgIds,
                      const std::function<bool(RosterRow&&)>& sink)
{
    // Ids are numbers from our own database, so they go into the statement as text safely.
    QStringList orgList;
    if (orgIds)
        for (qint64 id : *orgIds)
            orgList << QString::number(id);
    const QString orgFilter =
        QStringLiteral("org_id IN (%1)")
            .arg(orgList.isEmpty() ? QStringLiteral("0") : orgList.join(QLatin1Char(',')));
    // The first page reads its own members' tags, not the whole district's.
    const QString where =
        memberId > 0 ? QStringLiteral(" WHERE member_id = %1").arg(memberId)
        : orgIds     ? QStringLiteral(" WHERE member_id IN (SELECT id FROM member WHERE %1)").arg(orgFilter)
        : limit >= 0
            ? QStringLiteral(" WHERE member_id IN (SELECT id FROM member ORDER BY org_id, id LIMIT %1)")
                  .arg(limit)
            : QString();
    QHash<qint64, quint32> tagMasks;
    QSqlQuery tags(db);
    tags.setForwardOnly(true);
    tags.exec(QStringLiteral("SELECT member_id, tag FROM member_tag") + where);
    tagMasks = tagMasksFrom(tags);

    // One text value per row, split here: Qt's per-value overhead, not SQLite, dominated the
    // load when each of the 20 columns came back as its own QVariant.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
               "SELECT m.id || {SEP} || m.org_id || {SEP} || m.name || {SEP} || m.sex || {SEP} || "
               "m.ethnicity || {SEP} || coalesce(m.birth_date, '') || {SEP} || "
               "coalesce(m.id_number, '') || {SEP} || "
               "m.phone || {SEP} || m.category || {SEP} || m.status || {SEP} || m.education || "
               "{SEP} || "
               "coalesce(m.joined_on, '') || {SEP} || coalesce(m.full_on, '') || {SEP} || "
               "CASE m.category WHEN 'in_service' THEN m.work_unit WHEN 'floating_out' THEN m.floating_place "
               "WHEN 'floating_in' THEN m.home_organisation ELSE '' END || {SEP} || "
               "coalesce(m.left_on, '') || {SEP} || "
               "m.address || {SEP} || coalesce(m.applied_on, '') || {SEP} || "
               "coalesce(m.activist_on, '') || {SEP} || coalesce(m.candidate_on, '') || {SEP} || "
               "coalesce(CASE m.category WHEN 'in_service' THEN m.reported_on WHEN 'registered' THEN NULL "
               "ELSE m.floating_since END, '') || {SEP} || m.name_pinyin || {SEP} || m.name_initials "
               "FROM member m%1 ORDER BY m.org_id, m.id%2")
               .replace(QStringLiteral("{SEP}"), Sql::character(db, 0x1f))
               .arg(memberId > 0 ? QStringLiteral(" WHERE m.id = %1").arg(memberId)
                    : orgIds     ? QStringLiteral(" WHERE m.") + orgFilter
                                 : QString(),
                    limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    while (q.next()) {
        const QString line = q.value(0).toString();
        constexpr int fieldCount = 22;
        QStringView fields[fieldCount];
        int n = 0;
        qsizetype from = 0;
        for (qsizetype i = 0; i <= line.size() && n < fieldCount; ++i) {
            if (i == line.size() || line[i] == QChar(0x1f)) {
                fields[n++] = QStringView(line).mid(from, i - from);
                from = i + 1;
            }
        }
        if (n != fieldCount)
            continue;
        RosterRow r;
        r.id = fields[0].toLongLong();
        r.orgId = fields[1].toLongLong();
        r.name = fields[2].toString();
        r.sex = fields[3] == u"F" ? Sex::Female : Sex::Male;
        r.ethnicity = fields[4].toString();
        r.birthDate = isoDate(fields[5]);
        r.idNumber = fields[6].toString();
        r.phone = fields[7].toString();
        r.category = codeValue(fields[8], MemberCategory::Registered);
        r.status = codeValue(fields[9], MemberStatus::Full);
        r.education = codeValue(fields[10], Education::HighSchool);
        r.joinedOn = isoDate(fields[11]);
        r.fullOn = isoDate(fields[12]);
        r.unitOrPlace = fields[13].toString();
        r.leftOn = isoDate(fields[14]);
        r.address = fields[15].toString();
        r.appliedOn = isoDate(fields[16]);
        r.activistOn = isoDate(fields[17]);
        r.candidateOn = isoDate(fields[18]);
        r.since = isoDate(fields[19]);
        r.pinyin = fields[20].toString();
        r.initials = fields[21].toString();
        r.tagMask = tagMasks.value(r.id);
        if (!sink(std::move(r)))
            return true;
    }
    return !q.lastError().isValid();
}

std::optional<RosterRow> MemberRepository::rosterRow(qint64 memberId) const
{
    std::vector<RosterRow> rows = readRoster(m_db, -1, memberId);
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

Member MemberRepository::get(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM member WHERE id = ?").arg(QLatin1String(memberColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    Member m = memberFrom(q);
    QSqlQuery tags(m_db);
    tags.prepare(QStringLiteral("SELECT tag FROM member_tag WHERE member_id = ?"));
    tags.addBindValue(id);
    execRead(tags);
    while (tags.next()) {
        MemberTag tag;
        if (enumFromCode(tags.value(0).toString(), &tag))
            m.tags.append(tag);
    }
    return m;
}

QList<MemberEvent> MemberRepository::events(qint64 memberId) const
{
    QList<MemberEvent> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, member_id, event_date, kind, from_value, to_value, reason FROM member_event "
        "WHERE member_id = ? ORDER BY event_date, id"));
    q.addBindValue(memberId);
    execRead(q);
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), dateFromSql(q.value(2)),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString()});
    return list;
}

bool MemberRepository::idNumberInUse(const QString& idNumber, qint64 exceptMemberId) const
{
    QSqlQuery& q = m_statements->get(
        QStringLiteral("SELECT 1 FROM member WHERE id_number = ? AND left_on IS NULL AND id <> ?"));
    q.addBindValue(idNumber);
    q.addBindValue(exceptMemberId);
    const bool inUse = q.exec() && q.next();
    q.finish();
    return inUse;
}

QHash<QString, qint64> MemberRepository::idNumbersOnRecord() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id_number, id FROM member WHERE id_number IS NOT NULL "
                       "ORDER BY left_on IS NULL, left_on, id")); // the current record comes last, and wins
    QHash<QString, qint64> ids;
    if (execRead(q))
        while (q.next())
            ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

WriteResult MemberRepository::write(const Member& m, QDate effectiveOn)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    qint64 written = 0;
    const QString error = writeRows(m, m.id > 0 ? get(m.id) : Member(), effectiveOn, &written);
    return {error.isEmpty() ? written : 0, error};
}

QString MemberRepository::writeRows(const Member& m, const Member& before, QDate effectiveOn, qint64* savedId)
{
    const QString assignments = QStringLiteral(
        "name = ?, sex = ?, ethnicity = ?, id_number = ?, birth_date = ?, education = ?, phone = ?, "
        "address "
        "= ?, "
        "org_id = ?, grid_id = ?, category = ?, status = ?, applied_on = ?, activist_on = ?, "
        "candidate_on = "
        "?, "
        "joined_on = ?, full_on = ?, work_unit = ?, reported_on = ?, service_post = ?, floating_place = "
        "?, "
        "floating_since = ?, floating_contact = ?, activity_card_no = ?, participation = ?, "
        "home_organisation = ?, "
        "notes = ?, name_pinyin = ?, name_initials = ?");
    QSqlQuery& q =
        m.id > 0 ? m_statements->get(QStringLiteral("UPDATE member SET %1, row_version = row_version + 1 "
                                                    "WHERE id = ? AND (? = 0 OR row_version = ?)")
                                         .arg(assignments))
                 : m_statements->get(QStringLiteral(
                       "INSERT INTO member (name, sex, ethnicity, id_number, birth_date, education, phone, "
                       "address, org_id, grid_id, category, status, applied_on, activist_on, "
                       "candidate_on, joined_on, full_on, work_unit, reported_on, service_post, "
                       "floating_place, floating_since, floating_contact, activity_card_no, "
                       "participation, home_organisation, notes, name_pinyin, name_initials) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?) RETURNING id"));
    const PinyinKeys pinyin = pinyinKeys(m.name);
    bindValues(q, {m.name,
                   enumCode(m.sex),
                   m.ethnicity.trimmed(),
                   m.idNumber.isEmpty() ? QVariant() : QVariant(m.idNumber),
                   sqlDate(m.birthDate),
                   enumCode(m.education),
                   m.phone,
                   m.address.trimmed(),
                   m.orgId,
                   sqlId(m.gridId),
                   enumCode(m.category),
                   enumCode(m.status),
                   sqlDate(m.appliedOn),
                   sqlDate(m.activistOn),
                   sqlDate(m.candidateOn),
                   sqlDate(m.joinedOn),
                   sqlDate(m.fullOn),
                   m.workUnit.trimmed(),
                   sqlDate(m.reportedOn),
                   m.servicePost.trimmed(),
                   m.floatingPlace.trimmed(),
                   sqlDate(m.floatingSince),
                   m.floatingContact.trimmed(),
                   m.activityCardNo.trimmed(),
                   m.participation.trimmed(),
                   m.homeOrganisation.trimmed(),
                   m.notes,
                   pinyin.full,
                   pinyin.initials});
    if (m.id > 0)
        bindValues(q, {m.id, m.rowVersion, m.rowVersion});
    if (QString e = execQuery(q); !e.isEmpty())
        return e;
    // Saved meanwhile from another window or computer: the caller read an older version.
    if (m.id > 0 && q.numRowsAffected() == 0)
        return QLatin1String(staleRowError);
    const qint64 id = m.id > 0 ? m.id : returnedId(q);
    *savedId = id;

    if (before.id != 0) {
        QSqlQuery& clearTags =
            m_statements->get(QStringLiteral("DELETE FROM member_tag WHERE member_id = ?"));
        clearTags.addBindValue(id);
        if (QString e = execQuery(clearTags); !e.isEmpty())
            return e;
    }
    for (MemberTag t : m.tags) {
        QSqlQuery& tag = m_statements->get(
            QStringLiteral("INSERT INTO member_tag (member_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        tag.addBindValue(id);
        tag.addBindValue(enumCode(t));
        if (QString e = execQuery(tag); !e.isEmpty())
            return e;
    }

    const QDate today = effectiveOn.isValid() ? effectiveOn : m_clock.today();
    QString error;
    if (before.id == 0) {
        error = addEvent(id, effectiveOn.isValid() ? effectiveOn : rosterStart(m, today),
                         QStringLiteral("joined_roster"), QString(), enumCode(m.category), QString());
    } else {
        if (error.isEmpty() && before.category != m.category)
            error = addEvent(id, today, QStringLiteral("category_change"), enumCode(before.category),
                             enumCode(m.category), QString());
        if (error.isEmpty() && before.status != m.status)
            error = addEvent(id, today, QStringLiteral("status_change"), enumCode(before.status),
                             enumCode(m.status), QString());
        if (error.isEmpty() && before.orgId != m.orgId)
            error = addEvent(id, today, QStringLiteral("transfer"), QString::number(before.orgId),
                             QString::number(m.orgId), QString());
    }
    return error;
}

QString MemberRepository::addEvent(qint64 memberId, QDate date, const QString& kind, const QString& from,
                                   const QString& to, const QString& reason)
{
    QSqlQuery& q = m_statements->get(
        QStringLiteral("INSERT INTO member_event (member_id, event_date, kind, from_value, to_value, reason) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    bindValues(q, {memberId, sqlDate(date), kind, from, to, reason});
    return execQuery(q);
}

WriteResult MemberRepository::writeLeaving(const Member& m, QDate date, LeaveKind kind, const QString& reason)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE member SET left_on = ?, leave_kind = ?, leave_reason = ?, "
                             "row_version = row_version + 1 WHERE id = ?"));
    bindValues(q, {sqlDate(date), enumCode(kind), reason, m.id});
    if (QString e = execQuery(q); !e.isEmpty())
        return {0, e};
    const QString e =
        addEvent(m.id, date, QStringLiteral("left"), enumCode(m.category), enumCode(kind), reason);
    return {e.isEmpty() ? m.id : 0, e};
}

WriteResult MemberRepository::writeLeavingReversed(const Member& m, QDate date, const QString& reason)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE member SET left_on = NULL, leave_kind = NULL, leave_reason = '', "
                             "row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(m.id);
    if (QString e = execQuery(q); !e.isEmpty())
        return {0, e};
    const QString e = addEvent(m.id, date, QStringLiteral("leaving_reversed"), enumCode(m.leaveKind),
                               enumCode(m.category), reason);
    return {e.isEmpty() ? m.id : 0, e};
}

QString MemberRepository::fillPinyinKeys(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name FROM member WHERE name_pinyin = '' AND name_initials = ''")))
        return q.lastError().text();
    QList<QPair<qint64, QString>> names;
    while (q.next())
        names.append({q.value(0).toLongLong(), q.value(1).toString()});
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE member SET name_pinyin = ?, name_initials = ? WHERE id = ?"));
    for (const auto& [id, name] : std::as_const(names)) {
        const PinyinKeys keys = pinyinKeys(name);
        if (keys.full.isEmpty())
            continue;
        bindValues(update, {keys.full, keys.initials, id});
        if (QString error = execQuery(update); !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace partydesk
