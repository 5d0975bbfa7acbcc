#include "DemoMeetings.h"

#include "DemoPeople.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

namespace {

const QStringList& themes()
{
    static const QStringList list = {QStringLiteral("学习贯彻党的二十届三中全会精神"),
                                     QStringLiteral("重温入党誓词，不忘初心使命"),
                                     QStringLiteral("学雷锋志愿服务进网格"),
                                     QStringLiteral("党史学习教育专题研讨"),
                                     QStringLiteral("清明祭英烈，传承红色基因"),
                                     QStringLiteral("安全生产和防灾减灾宣传"),
                                     QStringLiteral("庆祝建党节，光荣在党50年纪念章颁发"),
                                     QStringLiteral("党员亮身份、践承诺"),
                                     QStringLiteral("关爱困难党员和老党员走访"),
                                     QStringLiteral("国庆主题教育和文明城市创建"),
                                     QStringLiteral("学习《中国共产党纪律处分条例》"),
                                     QStringLiteral("年度民主评议和组织生活会准备")};
    return list;
}

const QStringList& leaveReasons()
{
    static const QStringList list = {QStringLiteral("生病住院"), QStringLiteral("外出探亲"),
                                     QStringLiteral("单位加班"), QStringLiteral("照顾家人"),
                                     QStringLiteral("出差")};
    return list;
}

struct Branch
{
    qint64 id = 0;
    bool hasGroups = false;
    QList<QPair<qint64, bool>> members; // id, floating out
};

class Writer
{
public:
    Writer(QSqlDatabase db, QDate today, quint32 seed)
        : m_db(std::move(db)), m_today(today), m_random(seed + 11, today), m_meeting(m_db),
          m_attendance(m_db), m_action(m_db)
    {
        m_meeting.prepare(
            QStringLiteral("INSERT INTO meeting (org_id, kind, held_on, theme, place, host, materials, "
                           "minutes, plan_id, done) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        m_attendance.prepare(QStringLiteral("INSERT INTO attendance (meeting_id, member_id, status, reason) "
                                            "VALUES (?, ?, ?, ?)"));
        m_action.prepare(QStringLiteral("INSERT INTO meeting_action (meeting_id, action_id) VALUES (?, ?)"));
    }

    QString error;

    // A meeting after today, or one `late` (not recorded yet), is only planned: no minutes, actions
    // or attendance yet.
    qint64 meeting(const Branch& b, const QString& kind, QDate day, const QString& theme, qint64 planId,
                   QList<qint64> actions, bool withAttendance, bool late = false)
    {
        const bool held = day <= m_today && !late;
        if (!held) {
            actions.clear();
            withAttendance = false;
        }
        bindValues(m_meeting, {b.id, kind, sqlDate(day), theme, QStringLiteral("党群服务中心会议室"),
                               QStringLiteral("支部书记"), theme,
                               held ? QStringLiteral("会议按议程进行，与会党员作了交流发言。") : QString(),
                               sqlId(planId), held ? 1 : 0});
        if (!m_meeting.exec()) {
            error = m_meeting.lastError().text();
            return 0;
        }
        const qint64 id = returnedId(m_meeting);
        for (qint64 action : actions) {
            bindValues(m_action, {id, action});
            if (!m_action.exec()) {
                error = m_action.lastError().text();
                return 0;
            }
        }
        if (!withAttendance)
            return id;
        for (const auto& [member, away] : b.members) {
            const quint32 roll = m_random.below(100);
            QString status = QStringLiteral("present"), reason;
            if (away) {
                status = roll < 60   ? QStringLiteral("present")
                         : roll < 85 ? QStringLiteral("leave")
                                     : QStringLiteral("absent");
                reason = status == QLatin1String("present") ? QStringLiteral("在流入地党组织参加")
                                                            : QStringLiteral("在外务工");
            } else if (roll >= 86) {
                status = roll < 96 ? QStringLiteral("leave") : QStringLiteral("absent");
                if (status == QLatin1String("leave"))
                    reason = leaveReasons().at(int(m_random.below(quint32(leaveReasons().size()))));
            }
            bindValues(m_attendance, {id, member, status, reason});
            if (!m_attendance.exec()) {
                error = m_attendance.lastError().text();
                return 0;
            }
        }
        return id;
    }

    DemoPeople& random() { return m_random; }

private:
    QSqlDatabase m_db;
    QDate m_today;
    DemoPeople m_random;
    QSqlQuery m_meeting, m_attendance, m_action;
};

} // namespace

QString buildDemoMeetings(QSqlDatabase db, QDate today, int months, bool themeDaysOnly, quint32 seed,
                          const std::function<bool(int, int)>& progress)
{
    // Branches (not Party groups), whether they have groups, and their Party members.
    QList<Branch> branches;
    QHash<qint64, int> branchOf; // org id (branch or its group) -> index in branches
    QSqlQuery orgs(db);
    orgs.exec(QStringLiteral("SELECT id, parent_id, org_type FROM organisation ORDER BY sort_order, id"));
    QList<QPair<qint64, qint64>> groups;
    while (orgs.next()) {
        const QString type = orgs.value(2).toString();
        if (type == QLatin1String("party_group")) {
            groups.append({orgs.value(0).toLongLong(), orgs.value(1).toLongLong()});
        } else if (type.endsWith(QLatin1String("branch")) && type != QLatin1String("general_branch")) {
            branchOf.insert(orgs.value(0).toLongLong(), int(branches.size()));
            branches.append({orgs.value(0).toLongLong(), false, {}});
        }
    }
    for (const auto& [group, parent] : groups)
        if (branchOf.contains(parent)) {
            branchOf.insert(group, branchOf.value(parent));
            branches[branchOf.value(parent)].hasGroups = true;
        }
    QSqlQuery members(db);
    members.setForwardOnly(true);
    members.exec(
        QStringLiteral("SELECT id, org_id, category FROM member WHERE left_on IS NULL "
                       "AND status IN ('probationary', 'full') AND category <> 'in_service' ORDER BY id"));
    while (members.next()) {
        const int b = branchOf.value(members.value(1).toLongLong(), -1);
        if (b >= 0)
            branches[b].members.append({members.value(0).toLongLong(),
                                        members.value(2).toString() == QLatin1String("floating_out")});
    }
    QList<qint64> actionIds;
    QSqlQuery actions(db);
    actions.exec(QStringLiteral("SELECT id FROM prescribed_action WHERE active = 1 ORDER BY position"));
    while (actions.next())
        actionIds << actions.value(0).toLongLong();

    ScopedTransaction transaction(db);
    if (!transaction.error().isEmpty())
        return transaction.error();
    Writer w(db, today, seed);
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-(months - 1));
    QSqlQuery plan(db);
    plan.prepare(QStringLiteral("INSERT INTO monthly_plan (month, theme, day, place, materials) "
                                "VALUES (?, ?, 15, ?, ?) RETURNING id"));
    QSqlQuery planAction(db);
    planAction.prepare(QStringLiteral("INSERT INTO monthly_plan_action (plan_id, action_id) VALUES (?, ?)"));
    int done = 0;
    for (int m = 0; m < months; ++m) {
        const QDate month = firstMonth.addMonths(m);
        const QString theme = themes().at(month.month() - 1);
        bindValues(plan,
                   {month.toString(QStringLiteral("yyyy-MM")), theme, QStringLiteral("党群服务中心"), theme});
        if (!plan.exec())
            return plan.lastError().text();
        const qint64 planId = returnedId(plan);
        // The plan asks for six of the ten actions; most branches do them, some one or two fewer.
        const QList<qint64> planned = actionIds.mid(0, 6);
        for (qint64 a : planned) {
            bindValues(planAction, {planId, a});
            planAction.exec();
        }
        const QDate themeDay(month.year(), month.month(), std::min(15, month.daysInMonth()));
        for (int b = 0; b < branches.size(); ++b) {
            const Branch& branch = branches[b];
            QList<qint64> doneActions = planned;
            if (w.random().below(4) == 0)
                doneActions.removeLast();
            if (month.month() == today.month() || w.random().below(3) == 0)
                doneActions << actionIds.value(7); // political birthdays
            // The last branch is behind: this month's theme day is not recorded yet, and its
            // committee did not meet last month (the home page lists both).
            const bool last = b == branches.size() - 1;
            const QDate thisMonth(today.year(), today.month(), 1);
            const bool behind = last && month == thisMonth;
            const bool skippedCommittee = last && month == thisMonth.addMonths(-1);
            if (!w.meeting(branch, QStringLiteral("theme_day"), themeDay, theme, planId, doneActions, true,
                           behind))
                break;
            if (!themeDaysOnly) {
                // 三会一课, with gaps on purpose: the third branch skips March's committee meeting,
                // the fifth the second quarter's general meeting, the second its third-quarter lecture.
                const int q = (month.month() - 1) / 3;
                if (!(b == 2 && month.month() == 3) && !skippedCommittee)
                    w.meeting(branch, QStringLiteral("committee"), month.addDays(4),
                              QStringLiteral("研究本月工作"), 0, {}, false);
                if ((month.month() - 1) % 3 == 1 && !(b == 4 && q == 1))
                    w.meeting(branch, QStringLiteral("general_meeting"), month.addDays(19),
                              QStringLiteral("季度支部党员大会"), 0, {}, true);
                if (branch.hasGroups)
                    w.meeting(branch, QStringLiteral("group_meeting"), month.addDays(9),
                              QStringLiteral("党小组学习"), 0, {}, false);
                if ((month.month() - 1) % 3 == 1 && !(b == 1 && q == 2))
                    w.meeting(branch, QStringLiteral("party_lecture"), month.addDays(24),
                              QStringLiteral("书记讲党课"), 0, {}, true);
                if (month.month() == 1) {
                    w.meeting(branch, QStringLiteral("life_meeting"), month.addDays(14),
                              QStringLiteral("年度组织生活会"), 0, {}, true);
                    w.meeting(branch, QStringLiteral("democratic_review"), month.addDays(15),
                              QStringLiteral("民主评议党员"), 0, {}, true);
                }
            }
            if (!w.error.isEmpty())
                break;
            ++done;
            if (progress && done % 100 == 0 && !progress(done, months * int(branches.size())))
                return QCoreApplication::translate("DemoData", "Cancelled.");
        }
        if (!w.error.isEmpty())
            return w.error;
    }
    return transaction.commit();
}

} // namespace partydesk
