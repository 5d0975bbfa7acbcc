#include "DemoInService.h"

#include "DemoPeople.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

namespace {

// The posts each community offers; the roster's members already name one of the first six.
const QStringList& postNames()
{
    static const QStringList list = {QStringLiteral("政策宣讲岗"), QStringLiteral("环境整治岗"),
                                     QStringLiteral("文明劝导岗"), QStringLiteral("关爱帮扶岗"),
                                     QStringLiteral("矛盾调解岗"), QStringLiteral("平安巡逻岗")};
    return list;
}

const QStringList& activities()
{
    static const QStringList list = {
        QStringLiteral("垃圾分类定时定点督导"), QStringLiteral("走访慰问独居老人"),
        QStringLiteral("政策宣讲进楼栋"),       QStringLiteral("小区环境卫生整治"),
        QStringLiteral("文明养犬劝导"),         QStringLiteral("邻里纠纷调解"),
        QStringLiteral("夜间平安巡逻"),         QStringLiteral("反诈宣传进小区"),
        QStringLiteral("义务理发和义诊")};
    return list;
}

const QStringList& verifiers()
{
    static const QStringList list = {QStringLiteral("社区党委 刘书记"), QStringLiteral("网格长 陈静"),
                                     QStringLiteral("居委会 王主任")};
    return list;
}

struct InServiceMember
{
    qint64 id = 0;
    qint64 committee = 0;
    QDate reportedOn;
    QString post;
};

} // namespace

QString buildDemoInService(QSqlDatabase db, const DemoOptions& options)
{
    const QDate today = options.today;
    const bool district = options.scale == DemoOptions::Scale::District;
    DemoPeople random(options.seed + 14, today);
    QSqlQuery q(db);
    // Each organisation's community committee (the nearest one at or above it).
    if (!q.exec(QStringLiteral("SELECT id, parent_id, org_type FROM organisation")))
        return q.lastError().text();
    QHash<qint64, qint64> parentOf;
    QSet<qint64> committees;
    while (q.next()) {
        parentOf.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        const QString type = q.value(2).toString();
        if (type == QLatin1String("community_committee") || type == QLatin1String("big_committee") ||
            type == QLatin1String("joint_committee"))
            committees << q.value(0).toLongLong();
    }
    QHash<qint64, qint64> committeeOf;
    auto committeeFor = [&](qint64 org) {
        if (auto it = committeeOf.constFind(org); it != committeeOf.cend())
            return *it;
        qint64 at = org;
        for (int steps = 0; at != 0 && !committees.contains(at) && steps < 20; ++steps)
            at = parentOf.value(at);
        const qint64 found = committees.contains(at) ? at : 0;
        committeeOf.insert(org, found);
        return found;
    };
    if (!q.exec(QStringLiteral(
            "SELECT id, org_id, reported_on, service_post FROM member WHERE category = "
            "'in_service' AND left_on IS NULL AND status IN ('full', 'probationary') ORDER BY id")))
        return q.lastError().text();
    QList<InServiceMember> members;
    QHash<qint64, QHash<QString, int>> holders; // committee → post → members holding it
    while (q.next()) {
        InServiceMember m{q.value(0).toLongLong(), committeeFor(q.value(1).toLongLong()),
                          dateFromSql(q.value(2)), q.value(3).toString().trimmed()};
        if (m.committee == 0)
            continue;
        if (!m.reportedOn.isValid()) // the roster records a report-in for every in-service member
            m.reportedOn = today.addMonths(-int(random.below(30)) - 2);
        if (!postNames().contains(m.post))
            m.post = postNames().at(int(random.below(quint32(postNames().size()))));
        members << m;
        ++holders[m.committee][m.post];
    }

    QSqlQuery post(db), claim(db), record(db), member(db);
    post.prepare(QStringLiteral("INSERT INTO service_post (committee_id, name, capacity, description) VALUES "
                                "(?, ?, ?, ?) RETURNING id"));
    claim.prepare(
        QStringLiteral("INSERT INTO service_claim (post_id, member_id, claimed_on) VALUES (?, ?, ?)"));
    record.prepare(
        QStringLiteral("INSERT INTO service_record (member_id, post_id, served_on, activity, hours_tenths, "
                       "verified_by) VALUES (?, ?, ?, ?, ?, ?)"));
    member.prepare(QStringLiteral("UPDATE member SET reported_on = ?, service_post = ? WHERE id = ?"));
    QHash<QPair<qint64, QString>, qint64> postIds;
    QList<qint64> ordered = committees.values();
    std::sort(ordered.begin(), ordered.end());
    for (qint64 committee : ordered) {
        for (int i = 0; i < postNames().size(); ++i) {
            const QString& name = postNames().at(i);
            // 矛盾调解 and 平安巡逻 have a few places (one or two left); the others have no limit.
            const int held = holders.value(committee).value(name);
            const QVariant capacity = i >= 4 ? QVariant(held + 1 + i - 4) : QVariant();
            bindValues(post, {committee, name, capacity, QString()});
            if (const QString error = execQuery(post); !error.isEmpty())
                return error;
            postIds.insert({committee, name}, returnedId(post));
        }
    }
    const QDate yearAgo = today.addMonths(-12);
    for (int n = 0; n < members.size(); ++n) {
        const InServiceMember& m = members.at(n);
        const qint64 postId = postIds.value({m.committee, m.post});
        bindValues(member, {sqlDate(m.reportedOn), m.post, m.id});
        if (const QString error = execQuery(member); !error.isEmpty())
            return error;
        bindValues(claim, {postId, m.id, sqlDate(m.reportedOn)});
        if (const QString error = execQuery(claim); !error.isEmpty())
            return error;
        if (random.below(9) == 0) // a few reported and never served: the "no service" list
            continue;
        auto addRecord = [&](QDate day) {
            bindValues(record, {m.id, postId, sqlDate(day),
                                activities().at(int(random.below(quint32(activities().size())))),
                                int(5 * (2 + random.below(7))), verifiers().at(int(random.below(3)))});
            return execQuery(record);
        };
        if (district) { // light: two services in the last months
            for (int k = 0; k < 2; ++k)
                if (const QString error =
                        addRecord(std::max(m.reportedOn, today.addDays(-1 - int(random.below(200)))));
                    !error.isEmpty())
                    return error;
            continue;
        }
        for (QDate month(yearAgo.year(), yearAgo.month(), 1); month <= today; month = month.addMonths(1)) {
            const int count = 1 + int(random.below(3));
            for (int k = 0; k < count; ++k) {
                const QDate day = month.addDays(int(random.below(28)));
                if (day < m.reportedOn || day > today)
                    continue;
                if (const QString error = addRecord(day); !error.isEmpty())
                    return error;
            }
        }
    }
    return {};
}

} // namespace partydesk
