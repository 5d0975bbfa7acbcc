#include "DemoWishes.h"

#include "DemoPeople.h"
#include "dues/DuesRate.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

namespace {

struct DemoWishKind
{
    const char16_t* wish;
    const char16_t* category;
    Fen cost;
};

// Realistic wishes of a community's residents, with the category and an estimated cost in fen.
const DemoWishKind kinds[] = {
    {u"上门助老理发", u"助老助残", 3000},      {u"楼道更换灯泡", u"家电维修", 2500},
    {u"孩子暑期辅导作业", u"学习辅导", 0},     {u"轮椅租借一个月", u"助老助残", 8000},
    {u"修缮老旧门窗", u"家电维修", 30000},     {u"陪同老人就医复诊", u"医疗健康", 0},
    {u"安装扶手防滑垫", u"助老助残", 12000},   {u"维修漏水水龙头", u"家电维修", 4000},
    {u"教老人使用智能手机", u"文体生活", 0},   {u"代购生活用品", u"生活用品", 10000},
    {u"一套新书包和文具", u"学习辅导", 15000}, {u"冬季棉被一床", u"生活用品", 20000},
    {u"血压计一台", u"医疗健康", 18000},       {u"清理屋顶杂物", u"其他", 5000},
};

const char16_t* const feedbacks[] = {u"很及时，谢谢党员同志", u"服务热情周到", u"问题解决了，非常感谢",
                                     u"比预想的还好", u"等了一段时间，但办好了"};

const char16_t* const reasons[] = {u"居民已自行解决", u"居民搬离本社区", u"不属于微心愿范围，转交居委会"};

struct Community
{
    qint64 id = 0;
    QList<QPair<qint64, qint64>> branches; // id, grid (0: none)
    QList<qint64> grids;
    QList<qint64> members;
    QList<qint64> units;
};

QList<qint64> ids(QSqlDatabase db, const QString& sql, qint64 bound)
{
    QList<qint64> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
        q.addBindValue(bound);
    if (q.exec())
        while (q.next())
            list << q.value(0).toLongLong();
    return list;
}

} // namespace

QString buildDemoWishes(QSqlDatabase db, const DemoOptions& options)
{
    const bool district = options.scale == DemoOptions::Scale::District;
    DemoPeople random(options.seed + 14, options.today);
    const QDate today = options.today;

    QList<Community> communities;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM organisation WHERE org_type IN ('community_committee', "
                                   "'big_committee', 'joint_committee') ORDER BY id")))
            return q.lastError().text();
        while (q.next())
            communities.append({q.value(0).toLongLong(), {}, {}, {}, {}});
    }
    const QString branchTypes = QStringLiteral("('grid_branch', 'estate_branch', 'joint_branch', 'branch')");
    QSqlQuery branchQuery(db);
    branchQuery.prepare(QStringLiteral("SELECT o.id, coalesce(o.grid_id, 0) FROM organisation o LEFT JOIN "
                                       "organisation p ON p.id = o.parent_id WHERE o.org_type IN %1 AND "
                                       "(o.parent_id = ? OR p.parent_id = ?) ORDER BY o.id")
                            .arg(branchTypes));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO micro_wish (org_id, grid_id, resident_name, resident_contact, "
                                  "resident_address, wish, category, "
                                  "estimated_cost, wished_on, published_on, claimed_on, claimer_member_id, "
                                  "claimer_unit_id, fulfilled_on, "
                                  "feedback, satisfaction, withdrawn_on, withdrawn_reason) VALUES (?, ?, ?, "
                                  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?, ?, ?)"));

    for (Community& c : communities) {
        bindValues(branchQuery, {c.id, c.id});
        if (!branchQuery.exec())
            return branchQuery.lastError().text();
        while (branchQuery.next())
            c.branches.append({branchQuery.value(0).toLongLong(), branchQuery.value(1).toLongLong()});
        if (c.branches.isEmpty())
            continue;
        c.grids = ids(db, QStringLiteral("SELECT id FROM grid WHERE community_id = ? ORDER BY id"), c.id);
        c.units = ids(
            db, QStringLiteral("SELECT id FROM co_building_unit WHERE committee_id = ? ORDER BY id"), c.id);
        // Party members on the roster of the community's branches and their Party groups.
        QStringList branchIds;
        for (const auto& branch : std::as_const(c.branches))
            branchIds << QString::number(branch.first);
        const QString list = branchIds.join(QLatin1Char(','));
        c.members =
            ids(db,
                QStringLiteral("SELECT id FROM member WHERE org_id IN (SELECT id FROM organisation WHERE id "
                               "IN (%1) OR parent_id IN (%1)) AND left_on IS NULL AND status IN ('full', "
                               "'probationary') AND id > ? ORDER BY id LIMIT 60")
                    .arg(list),
                0);

        // A year back from today: 3-6 wishes a month (district: a handful in the last months).
        const int months = district ? 2 : 12;
        for (int back = months - 1; back >= 0; --back) {
            const QDate month = QDate(today.year(), today.month(), 1).addMonths(-back);
            const int count = district ? 1 + int(random.below(2)) : 3 + int(random.below(4));
            for (int i = 0; i < count; ++i) {
                const int lastDay = back == 0 ? today.day() : month.daysInMonth();
                const QDate wished = month.addDays(random.below(quint32(lastDay)));
                const auto& [branch, branchGrid] =
                    c.branches.at(int(random.below(quint32(c.branches.size()))));
                const qint64 grid = branchGrid > 0 ? branchGrid
                                    : c.grids.isEmpty()
                                        ? 0
                                        : c.grids.at(int(random.below(quint32(c.grids.size()))));
                const DemoWishKind& kind = kinds[random.below(std::size(kinds))];
                const int age = int(wished.daysTo(today));
                // Older wishes are further along; a few are withdrawn; some wait to be claimed.
                const quint32 roll = random.below(100);
                QDate published, claimed, fulfilled, withdrawn;
                qint64 member = 0, unit = 0;
                QString feedback, satisfaction, reason;
                if (!(age < 12 && roll >= 65)) // the latest wishes wait to be published
                    published = wished.addDays(qMin(age, 1 + int(random.below(3))));
                if (published.isValid() && roll >= 12) {
                    const QDate claim = published.addDays(2 + int(random.below(roll < 25 ? 50 : 12)));
                    if (claim <= today) {
                        claimed = claim;
                        if (!c.units.isEmpty() && random.below(4) == 0)
                            unit = c.units.at(int(random.below(quint32(c.units.size()))));
                        else if (!c.members.isEmpty())
                            member = c.members.at(int(random.below(quint32(c.members.size()))));
                        else
                            claimed = QDate();
                    }
                }
                if (claimed.isValid()) {
                    const QDate done = claimed.addDays(1 + int(random.below(14)));
                    if (done <= today && roll >= 20) {
                        fulfilled = done;
                        feedback = QString::fromUtf16(feedbacks[random.below(std::size(feedbacks))]);
                        const quint32 s = random.below(20);
                        satisfaction = s < 12   ? QStringLiteral("very_satisfied")
                                       : s < 19 ? QStringLiteral("satisfied")
                                                : QStringLiteral("unsatisfied");
                    }
                }
                if (!fulfilled.isValid() && roll % 17 == 3) {
                    const QDate last = claimed.isValid() ? claimed : published.isValid() ? published : wished;
                    withdrawn = qMin(today, last.addDays(3));
                    reason = QString::fromUtf16(reasons[random.below(std::size(reasons))]);
                }
                bindValues(insert,
                           {branch, sqlId(grid), random.fullName(), random.mobile(),
                            QStringLiteral("%1栋%2单元%3号")
                                .arg(1 + random.below(20))
                                .arg(1 + random.below(4))
                                .arg(101 + random.below(6) * 100 + random.below(4)),
                            QString::fromUtf16(kind.wish), QString::fromUtf16(kind.category), kind.cost,
                            sqlDate(wished), sqlDate(published), sqlDate(claimed), sqlId(member), sqlId(unit),
                            sqlDate(fulfilled), feedback, satisfaction, sqlDate(withdrawn), reason});
                if (QString e = execQuery(insert); !e.isEmpty())
                    return e;
            }
        }
    }
    return {};
}

} // namespace partydesk
