#include "DemoFund.h"

#include "domain/Enums.h"
#include "dues/DuesRate.h"
#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace partydesk {

namespace {

struct DemoProject
{
    const char16_t* title;
    const char16_t* category;
    const char16_t* payee;
    const char16_t* purpose;
};

// Budgets are 500,000.00 or 200,000.00 yuan; a project takes a share of it.
const DemoProject projects[] = {
    {u"困难家庭节日慰问", u"帮困救助", u"社区超市", u"慰问品采购"},
    {u"老旧小区楼道整治", u"环境整治", u"宏达物业服务公司", u"楼道粉刷和线路整理"},
    {u"“邻里节”文艺汇演", u"文体活动", u"星光演艺服务部", u"舞台音响租赁"},
    {u"为老助餐点运营补贴", u"为民办实事", u"幸福食堂", u"助餐补贴"},
    {u"党群服务站点改造", u"阵地建设", u"安居装饰工程公司", u"站点装修"},
    {u"志愿服务队装备", u"志愿服务", u"劳保用品商店", u"马甲、帽子和工具"},
    {u"小区垃圾分类亭更新", u"环境整治", u"绿源环保设备公司", u"分类亭制作安装"},
    {u"四点半课堂", u"为民办实事", u"育才文化用品店", u"学习用品和教材"},
    {u"独居老人应急呼叫器", u"帮困救助", u"安康电子科技公司", u"呼叫器购置"},
    {u"社区健身角维护", u"文体活动", u"体育器材维修部", u"器材维修"},
    {u"重阳节敬老活动", u"志愿服务", u"社区超市", u"活动物资"},
    {u"居民议事会场所设备", u"其他", u"办公设备商行", u"桌椅和投影仪"},
};
constexpr int projectKinds = int(sizeof(projects) / sizeof(projects[0]));

class Lcg
{
public:
    explicit Lcg(quint32 seed) : m_state(seed) {}
    quint32 below(quint32 n)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return (m_state >> 8) % n;
    }

private:
    quint32 m_state;
};

QString run(QSqlQuery& q)
{
    return q.exec() ? QString() : q.lastError().text();
}

} // namespace

QString buildDemoFund(QSqlDatabase db, const DemoOptions& options)
{
    const bool district = options.scale == DemoOptions::Scale::District;
    const QDate today = options.today;
    QList<qint64> committees;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM organisation WHERE org_type IN (?, ?, ?) ORDER BY id"));
        bindValues(q, {enumCode(OrgType::CommunityCommittee), enumCode(OrgType::BigCommittee),
                       enumCode(OrgType::JointCommittee)});
        if (QString e = run(q); !e.isEmpty())
            return e;
        while (q.next())
            committees << q.value(0).toLongLong();
    }
    QSqlQuery year(db), project(db), spend(db), evaluate(db);
    year.prepare(QStringLiteral("INSERT INTO fund_year (committee_id, year, budget) VALUES (?, ?, ?)"));
    // A project decided at a joint meeting names the latest one held before it; a project that pays
    // for a joint project names the committee's first one (when those parts made any).
    project.prepare(QStringLiteral(
        "INSERT INTO fund_project (committee_id, title, category, approved_on, approved_by, "
        "joint_meeting_id, "
        "decision, approved, cogov_project_id, status, finished_on, beneficiaries, results) "
        "VALUES (?, ?, ?, ?, ?, CASE WHEN ? THEN (SELECT id FROM joint_meeting WHERE committee_id = ? "
        "AND held_on <= ? ORDER BY held_on DESC LIMIT 1) END, ?, ?, CASE WHEN ? THEN (SELECT id FROM "
        "cogov_project WHERE committee_id = ? ORDER BY id LIMIT 1) END, ?, ?, ?, ?) RETURNING id"));
    spend.prepare(QStringLiteral("INSERT INTO fund_spending (project_id, spent_on, amount, payee, purpose, "
                                 "receipt_no, handled_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    evaluate.prepare(QStringLiteral("UPDATE fund_year SET evaluated_on = ?, evaluated_by = ?, "
                                    "self_score_tenths = ?, review_score_tenths = ?, "
                                    "grade = ?, surveyed = ?, satisfied = ?, summary = ?, problems = ? WHERE "
                                    "committee_id = ? AND year = ?"));
    const QStringList meetings = {QStringLiteral("社区党委会"), QStringLiteral("居民议事会"),
                                  QStringLiteral("联席会议")};
    int receipt = 0;
    for (int c = 0; c < committees.size(); ++c) {
        const qint64 committee = committees[c];
        Lcg random(options.seed + quint32(committee) * 7919u);
        const Fen budget = c % 3 == 2 ? 20000000 : 50000000;
        for (const int y : {today.year() - 1, today.year()}) {
            const bool thisYear = y == today.year();
            bindValues(year, {committee, y, budget});
            if (QString e = run(year); !e.isEmpty())
                return e;
            const int count = district ? 3 : (thisYear ? 10 : 8) + int(random.below(3));
            const int lastMonth = thisYear ? today.month() : 12;
            // Shares of the budget: together at most 90 % of it.
            const Fen share = budget * 9 / 10 / count;
            for (int i = 0; i < count; ++i) {
                const DemoProject& kind = projects[(i + c) % projectKinds];
                const int month = 1 + (i * (lastMonth - 1)) / std::max(1, count - 1);
                const QDate approvedOn(y, month, 1 + int(random.below(20)));
                if (approvedOn > today)
                    continue;
                // Whole yuan, between half the share and the share.
                const Fen approved = (share / 2 + Fen(random.below(quint32(share / 200))) * 100) / 100 * 100;
                const QString by = meetings[i % 3];
                // Spending in the months after approval, up to three, each a part of the approved sum.
                QList<QPair<QDate, Fen>> payments;
                Fen spent = 0;
                const int parts = 1 + int(random.below(3));
                for (int p = 0; p < parts; ++p) {
                    QDate on = approvedOn.addDays(10 + 30 * p + int(random.below(10)));
                    if (on > today)
                        break;
                    const bool last = p == parts - 1;
                    Fen amount = last && (!thisYear || on.addMonths(2) < today)
                                     ? approved - spent - Fen(random.below(50)) * 100
                                     : (approved - spent) / 2 + Fen(random.below(100)) + 5;
                    amount = std::min(amount, approved - spent);
                    if (amount <= 0)
                        break;
                    payments.append({on, amount});
                    spent += amount;
                }
                const bool done = !payments.isEmpty() && spent * 10 >= approved * 9 &&
                                  payments.last().first.addDays(15) <= today;
                const QDate finishedOn = done ? payments.last().first.addDays(7) : QDate();
                bindValues(project,
                           {committee, QString::fromUtf16(kind.title), QString::fromUtf16(kind.category),
                            sqlDate(approvedOn), by, i % 3 == 2, committee, sqlDate(approvedOn),
                            QStringLiteral("%1研究同意，安排资金%2元。").arg(by).arg(approved / 100),
                            approved, i % 4 == 1, committee,
                            done ? QStringLiteral("done") : QStringLiteral("approved"), sqlDate(finishedOn),
                            done ? QVariant(30 + int(random.below(300))) : QVariant(),
                            done ? QStringLiteral("按计划完成，居民反映良好。") : QString()});
                if (QString e = run(project); !e.isEmpty())
                    return e;
                const qint64 projectId = returnedId(project);
                for (const auto& [on, amount] : payments) {
                    bindValues(spend,
                               {projectId, sqlDate(on), amount, QString::fromUtf16(kind.payee),
                                QString::fromUtf16(kind.purpose),
                                QStringLiteral("FP%1%2").arg(y).arg(++receipt, 5, 10, QLatin1Char('0')),
                                QStringLiteral("社区财务")});
                    if (QString e = run(spend); !e.isEmpty())
                        return e;
                }
            }
            if (!thisYear) {
                const int surveyed = 100 + int(random.below(100));
                const int review = 850 + int(random.below(120));
                bindValues(evaluate, {sqlDate(std::min(QDate(y + 1, 1, 15 + int(random.below(10))), today)),
                                      QStringLiteral("街道党工委考评组"), review + 10, review,
                                      review >= 900 ? QStringLiteral("excellent") : QStringLiteral("good"),
                                      surveyed, surveyed - int(random.below(10)),
                                      QStringLiteral("资金使用规范，项目按期完成，群众满意度较高。"),
                                      QStringLiteral("个别项目支出进度偏慢。"), committee, y});
                if (QString e = run(evaluate); !e.isEmpty())
                    return e;
            }
        }
    }
    return {};
}

} // namespace partydesk
