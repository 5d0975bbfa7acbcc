#include "DemoJointMeetings.h"

#include "cogovernance/ChairRota.h"
#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

namespace {

const QStringList& decisionTexts()
{
    static const QStringList list = {QStringLiteral("联合开展老旧小区楼道清理整治"),
                                     QStringLiteral("共建单位开放停车位，缓解小区夜间停车难"),
                                     QStringLiteral("组织“法律进社区”咨询日，每月一次"),
                                     QStringLiteral("为困难老人安装紧急呼叫设备"),
                                     QStringLiteral("暑期开设青少年公益托管班"),
                                     QStringLiteral("联合开展消防安全演练和隐患排查"),
                                     QStringLiteral("共建单位党员认领社区微心愿"),
                                     QStringLiteral("改造社区党群服务中心活动室")};
    return list;
}

const QStringList& activityTitles()
{
    static const QStringList list = {QStringLiteral("主题党日联学联建"), QStringLiteral("志愿服务进社区"),
                                     QStringLiteral("义诊和健康讲座"), QStringLiteral("环境整治志愿活动"),
                                     QStringLiteral("关爱独居老人走访")};
    return list;
}

struct Unit
{
    qint64 id = 0;
    QDate joinedOn;
    QDate leftOn;
};

bool seated(const Unit& unit, QDate day)
{
    return (!unit.joinedOn.isValid() || unit.joinedOn <= day) &&
           (!unit.leftOn.isValid() || unit.leftOn > day);
}

class Writer
{
public:
    Writer(QSqlDatabase db, QDate today)
        : m_db(db), m_today(today), m_rota(db), m_meeting(db), m_unit(db), m_decision(db), m_activity(db)
    {
        m_rota.prepare(
            QStringLiteral("INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (?, ?, ?) "
                           "ON CONFLICT (committee_id, month) DO UPDATE SET unit_id = excluded.unit_id"));
        m_meeting.prepare(
            QStringLiteral("INSERT INTO joint_meeting (committee_id, held_on, chair_unit_id, chair_person, "
                           "place, topics, minutes) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        m_unit.prepare(QStringLiteral(
            "INSERT INTO joint_meeting_unit (meeting_id, unit_id, attendee) VALUES (?, ?, ?)"));
        m_decision.prepare(QStringLiteral("INSERT INTO joint_decision (meeting_id, position, decision, "
                                          "responsible_unit_id, responsible_person, due_on, "
                                          "status, done_on, follow_up) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_activity.prepare(
            QStringLiteral("INSERT INTO unit_activity (unit_id, held_on, title, as_chair, participants, "
                           "detail) VALUES (?, ?, ?, ?, ?, ?)"));
    }

    QString error;

    bool run(QSqlQuery& q, std::initializer_list<QVariant> values)
    {
        bindValues(q, values);
        if (q.exec())
            return true;
        error = q.lastError().text();
        return false;
    }

    bool committee(qint64 committeeId, int index)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "SELECT id, joined_on, left_on FROM co_building_unit WHERE committee_id = ? ORDER BY id"));
        q.addBindValue(committeeId);
        if (!q.exec()) {
            error = q.lastError().text();
            return false;
        }
        QList<Unit> units;
        QList<RotaUnit> rotaUnits;
        while (q.next()) {
            units << Unit{q.value(0).toLongLong(), dateFromSql(q.value(1)), dateFromSql(q.value(2))};
            rotaUnits << RotaUnit{units.last().id, units.last().joinedOn, units.last().leftOn};
        }
        if (units.isEmpty())
            return true;
        const int year = m_today.year();
        const QList<qint64> rota = chairRota(rotaUnits, year);
        for (int m = 1; m <= 12; ++m)
            if (rota[m - 1] > 0 &&
                !run(m_rota, {committeeId, QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0')),
                              rota[m - 1]}))
                return false;
        // A meeting in the middle month of each of the last five quarters (the current one included);
        // every other committee skipped this year's second quarter, so the gap shows.
        const QDate thisQuarter(year, (m_today.month() - 1) / 3 * 3 + 1, 1);
        for (int back = 4; back >= 0; --back) {
            const QDate quarter = thisQuarter.addMonths(-3 * back);
            const QDate held(quarter.year(), quarter.month() + 1, 8 + (index + back) % 10);
            if (held > m_today || (index % 2 == 0 && quarter == QDate(year, 4, 1)))
                continue;
            if (!meeting(committeeId, units, rota, held, back, index))
                return false;
        }
        // Activities: each unit as chair in its month (once it has come) and twice otherwise.
        for (int u = 0; u < units.size(); ++u) {
            for (int m = 1; m <= m_today.month(); ++m)
                if (rota[m - 1] == units[u].id) {
                    const QDate day(year, m, 12 + u % 10);
                    if (day <= m_today &&
                        !run(m_activity,
                             {units[u].id, sqlDate(day), activityTitles()[(u + m) % activityTitles().size()],
                              1, 20 + 5 * u, QStringLiteral("轮值主席单位牵头组织")}))
                        return false;
                    break;
                }
            for (int k = 0; k < 2; ++k) {
                const QDate day(year, 2 + (u * 3 + k * 5) % 9, 20);
                if (day <= m_today && seated(units[u], day) &&
                    !run(m_activity,
                         {units[u].id, sqlDate(day), activityTitles()[(u + k + 1) % activityTitles().size()],
                          0, 10 + 3 * k, QString()}))
                    return false;
            }
        }
        return true;
    }

private:
    bool meeting(qint64 committeeId, const QList<Unit>& units, const QList<qint64>& rota, QDate held,
                 int back, int index)
    {
        qint64 chair = held.year() == m_today.year() ? rota[held.month() - 1] : 0;
        QList<qint64> attending;
        for (int u = 0; u < units.size(); ++u)
            if (seated(units[u], held) && (u + back) % 5 != 4)
                attending << units[u].id;
        if (attending.isEmpty())
            return true;
        if (chair == 0 || !attending.contains(chair))
            chair = attending.first();
        if (!run(m_meeting, {committeeId, sqlDate(held), chair, QStringLiteral("轮值主席单位负责人"),
                             QStringLiteral("社区党群服务中心会议室"),
                             QStringLiteral("通报上季度议定事项落实情况；研究本季度共建项目"),
                             QStringLiteral("与会单位逐一发言，议定事项如下。")}))
            return false;
        const qint64 meetingId = returnedId(m_meeting);
        for (qint64 unit : attending)
            if (!run(m_unit, {meetingId, unit, QString()}))
                return false;
        const int count = 2 + (index + back) % 3;
        for (int p = 1; p <= count; ++p) {
            const QString text = decisionTexts()[(index * 3 + back * 2 + p) % decisionTexts().size()];
            const qint64 unit = attending[(p + back) % attending.size()];
            const QDate due = held.addDays(30 * p);
            QString status = QStringLiteral("open");
            QDate done;
            QString followUp;
            // The previous quarter leaves its last decision overdue; older ones are carried out,
            // one dropped.
            const bool leftOverdue = back == 1 && p == count;
            if (due < m_today && !leftOverdue) {
                status = back == 3 && p == 2 ? QStringLiteral("dropped") : QStringLiteral("done");
                done = due.addDays(-5);
                followUp = status == QLatin1String("done") ? QStringLiteral("已按期完成，居民反映良好")
                                                           : QStringLiteral("经复议改由区级项目统一实施");
            }
            if (!run(m_decision,
                     {meetingId, p, text, unit, QString(), sqlDate(due), status, sqlDate(done), followUp}))
                return false;
        }
        return true;
    }

    QSqlDatabase m_db;
    QDate m_today;
    QSqlQuery m_rota;
    QSqlQuery m_meeting;
    QSqlQuery m_unit;
    QSqlQuery m_decision;
    QSqlQuery m_activity;
};

} // namespace

QString buildDemoJointMeetings(QSqlDatabase db, const DemoOptions& options)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT id FROM organisation WHERE org_type IN ('community_committee', 'big_committee', "
            "'joint_committee') ORDER BY id")))
        return q.lastError().text();
    QList<qint64> committees;
    while (q.next())
        committees << q.value(0).toLongLong();
    Writer writer(db, options.today);
    for (int i = 0; i < committees.size(); ++i)
        if (!writer.committee(committees[i], i))
            return QStringLiteral("joint meetings: ") + writer.error;
    return {};
}

} // namespace partydesk
