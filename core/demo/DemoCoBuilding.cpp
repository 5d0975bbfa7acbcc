#include "DemoCoBuilding.h"

#include "dues/DuesRate.h"
#include "repository/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

namespace {

struct NeedSeed
{
    const char16_t* title;
    const char16_t* category;
    const char16_t* source;
};

// About ten needs a community raises over a year (需求清单).
const NeedSeed needSeeds[] = {{u"老旧小区加装电梯", u"设施改造", u"居民议事会"},
                              {u"停车难，车位不足", u"环境整治", u"网格"},
                              {u"开办社区老年食堂", u"为老服务", u"入户走访"},
                              {u"四点半课堂辅导老师", u"青少年服务", u"居民议事会"},
                              {u"打通消防通道", u"安全", u"网格"},
                              {u"楼道照明维修", u"设施改造", u"12345热线"},
                              {u"垃圾分类督导志愿者", u"环境整治", u"网格"},
                              {u"独居老人定期探访", u"为老服务", u"入户走访"},
                              {u"健身器材更新", u"文体活动", u"居民议事会"},
                              {u"就业技能培训", u"就业帮扶", u"入户走访"}};

const char16_t* const resourceSeeds[][2] = {{u"党员志愿服务队", u"志愿服务"}, {u"会议室和活动场地", u"场地"},
                                            {u"义诊和健康讲座", u"医疗"},     {u"法律咨询", u"法律"},
                                            {u"课后辅导志愿者", u"教育"},     {u"电力安全检查", u"技术"}};

const char16_t* const surnames = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const char16_t* const givenNames[] = {u"建国", u"秀英", u"海燕", u"志强", u"丽华",
                                      u"国庆", u"明",   u"芳",   u"伟",   u"静"};

class Writer
{
public:
    Writer(QSqlDatabase db, const DemoOptions& options)
        : m_db(std::move(db)), m_options(options), m_state(options.seed + 14)
    {
    }

    QString run()
    {
        const bool light = m_options.scale == DemoOptions::Scale::District;
        QSqlQuery committees(m_db);
        if (!committees.exec(
                QStringLiteral("SELECT id FROM organisation WHERE org_type IN "
                               "('community_committee', 'big_committee', 'joint_committee') ORDER BY id")))
            return committees.lastError().text();
        QList<qint64> ids;
        while (committees.next())
            ids << committees.value(0).toLongLong();
        for (int i = 0; i < ids.size() && m_error.isEmpty(); ++i)
            community(ids[i], i, light);
        return m_error;
    }

private:
    QList<qint64> column(const QString& sql, qint64 id)
    {
        QList<qint64> values;
        QSqlQuery q(m_db);
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return values;
        }
        while (q.next())
            values << q.value(0).toLongLong();
        return values;
    }

    qint64 insert(const QString& sql, std::initializer_list<QVariant> values)
    {
        if (!m_error.isEmpty())
            return 0;
        QSqlQuery q(m_db);
        q.prepare(sql);
        bindValues(q, values);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return 0;
        }
        return q.lastInsertId().toLongLong();
    }

    QString name()
    {
        m_state = m_state * 1103515245u + 12345u;
        const quint32 r = m_state >> 8;
        return QString::fromUtf16(surnames + r % 20, 1) + QString::fromUtf16(givenNames[(r / 20) % 10]);
    }

    QString mobile()
    {
        m_state = m_state * 1103515245u + 12345u;
        return QStringLiteral("139%1").arg((m_state >> 4) % 100000000u, 8, 10, QLatin1Char('0'));
    }

    void community(qint64 committee, int index, bool light)
    {
        const QDate today = m_options.today;
        const QList<qint64> units = column(
            QStringLiteral("SELECT id FROM co_building_unit WHERE committee_id = ? ORDER BY id"), committee);
        const QList<qint64> grids =
            column(QStringLiteral("SELECT id FROM grid WHERE community_id = ? ORDER BY id"), committee);
        // People: a 兼职委员 and one or two contacts per unit (one person at district scale).
        for (int u = 0; u < units.size(); ++u) {
            const int people = light ? 1 : 2 + u % 2;
            for (int p = 0; p < people; ++p)
                insert(
                    QStringLiteral(
                        "INSERT INTO unit_person (unit_id, name, position, committee_role, phone, from_on) "
                        "VALUES (?, ?, ?, ?, ?, ?)"),
                    {units[u], name(), p == 0 ? QStringLiteral("党委副书记") : QStringLiteral("办公室主任"),
                     p == 0 ? QStringLiteral("兼职委员") : QString(), mobile(),
                     sqlDate(QDate(today.year() - 1 - u % 3, 1 + u, 1))});
        }
        // Needs over the past year, oldest first.
        const int needCount = light ? 3 : 10;
        QList<qint64> needs;
        for (int n = 0; n < needCount; ++n) {
            const NeedSeed& seed = needSeeds[(n + index) % 10];
            needs << insert(
                QStringLiteral("INSERT INTO cogov_need (committee_id, title, category, source, grid_id, "
                               "raised_on, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {committee, QString::fromUtf16(seed.title), QString::fromUtf16(seed.category),
                 QString::fromUtf16(seed.source),
                 grids.isEmpty() ? QVariant() : QVariant(grids[n % grids.size()]),
                 sqlDate(today.addDays(-330 + n * 31)),
                 QStringLiteral("居民反映较多，需社区大党委协调共建单位解决。")});
        }
        // Resources: one to three per unit (one in two units at district scale); one withdrawn.
        QList<QList<qint64>> resourcesOf;
        int r = 0;
        for (int u = 0; u < units.size(); ++u) {
            QList<qint64> own;
            const int count = light ? (u % 2 == 0 ? 1 : 0) : 1 + u % 3;
            for (int k = 0; k < count; ++k, ++r) {
                const auto& seed = resourceSeeds[(r + index) % 6];
                const QDate offered = today.addDays(-400 + r * 23);
                own << insert(
                    QStringLiteral("INSERT INTO cogov_resource (unit_id, title, category, offered_on, "
                                   "withdrawn_on, detail) VALUES (?, ?, ?, ?, ?, ?)"),
                    {units[u], QString::fromUtf16(seed[0]), QString::fromUtf16(seed[1]), sqlDate(offered),
                     !light && r == 3 ? sqlDate(today.addDays(-30)) : QVariant(),
                     QStringLiteral("每季度可提供，需提前一周预约。")});
            }
            resourcesOf << own;
        }
        if (units.isEmpty())
            return;
        // Projects in every status, one overdue, linked to needs, resources and units.
        struct ProjectSeed
        {
            const char16_t* title;
            const char* status;
            int startDays, dueDays, finishedDays; // from today; 0: none
        };
        const ProjectSeed projects[] = {{u"加装电梯惠民工程", "done", -300, -120, -130},
                                        {u"共享停车位改造", "running", -200, 60, 0},
                                        {u"幸福食堂", "done", -250, -60, -70},
                                        {u"四点半课堂", "running", -150, -20, 0}, // overdue
                                        {u"消防通道整治", "planned", 20, 120, 0},
                                        {u"楼道照明亮化", "dropped", -180, -90, -100}};
        const int projectCount = light ? 2 : 6;
        for (int p = 0; p < projectCount; ++p) {
            const ProjectSeed& seed = projects[p];
            const QString status = QString::fromLatin1(seed.status);
            const qint64 lead = units[p % units.size()];
            const qint64 project = insert(
                QStringLiteral(
                    "INSERT INTO cogov_project (committee_id, title, category, lead_unit_id, lead_person, "
                    "budget, starts_on, due_on, finished_on, status, results) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {committee, QString::fromUtf16(seed.title),
                 QString::fromUtf16(needSeeds[(p + index) % 10].category), lead, name(),
                 Fen(2000000 + p * 1250050), sqlDate(today.addDays(seed.startDays)),
                 sqlDate(today.addDays(seed.dueDays)),
                 seed.finishedDays ? sqlDate(today.addDays(seed.finishedDays)) : QVariant(), status,
                 status == QLatin1String("done") ? QStringLiteral("按期完成，居民满意度调查满意率95%。")
                                                 : QString()});
            insert(QStringLiteral("INSERT INTO cogov_project_unit (project_id, unit_id) VALUES (?, ?)"),
                   {project, lead});
            const qint64 partner = units[(p + 1) % units.size()];
            if (partner != lead)
                insert(QStringLiteral("INSERT INTO cogov_project_unit (project_id, unit_id) VALUES (?, ?)"),
                       {project, partner});
            // Needs p and p + 6 (when there are so many); the last needs stay open.
            for (int n : {p, p + 6})
                if (n < needs.size() && n < 8)
                    insert(
                        QStringLiteral("INSERT INTO cogov_project_need (project_id, need_id) VALUES (?, ?)"),
                        {project, needs[n]});
            const QList<qint64>& own = resourcesOf[p % units.size()];
            if (!own.isEmpty() && p != 4)
                insert(QStringLiteral(
                           "INSERT INTO cogov_project_resource (project_id, resource_id) VALUES (?, ?)"),
                       {project, own.first()});
            // The needs follow the project, as CoBuildingService keeps them.
            const QString needStatus = status == QLatin1String("done")      ? QStringLiteral("met")
                                       : status == QLatin1String("dropped") ? QStringLiteral("open")
                                                                            : QStringLiteral("matched");
            insert(
                QStringLiteral("UPDATE cogov_need SET status = ?, closed_on = ? WHERE id IN "
                               "(SELECT need_id FROM cogov_project_need WHERE project_id = ?)"),
                {needStatus,
                 needStatus == QLatin1String("met") ? sqlDate(today.addDays(seed.finishedDays)) : QVariant(),
                 project});
        }
        // One need dropped, as happens (a matter for the city, not the community).
        if (!light && needs.size() > 9)
            insert(QStringLiteral("UPDATE cogov_need SET status = 'dropped', closed_on = ? WHERE id = ?"),
                   {sqlDate(today.addDays(-10)), needs[9]});
    }

    QSqlDatabase m_db;
    const DemoOptions& m_options;
    QString m_error;
    quint32 m_state = 0;
};

} // namespace

QString buildDemoCoBuilding(QSqlDatabase db, const DemoOptions& options)
{
    return Writer(db, options).run();
}

} // namespace partydesk
