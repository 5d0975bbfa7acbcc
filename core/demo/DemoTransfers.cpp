#include "DemoTransfers.h"

#include "repository/SqlValues.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace partydesk {

namespace {

// A registered full member of a community branch (or one of its Party groups) whose only history is
// joining the roster, as a transfer may pick.
struct Candidate
{
    qint64 id = 0;
    qint64 orgId = 0;
    qint64 branchId = 0; // the branch, for a member of a Party group its parent
    QDate onRosterSince;
    QDate joinedOn;
};

class TransferWriter
{
public:
    TransferWriter(QSqlDatabase db, const DemoOptions& options) : m_db(std::move(db)), m_today(options.today)
    {
        m_offset = int(options.seed % 97);
    }

    QString run()
    {
        if (!readCandidates())
            return m_error;
        if (m_candidates.size() < 10 || m_branches.size() < 3)
            return {}; // a workspace too small for the story
        const QDate t = m_today;
        const bool ok = out(t.addDays(-300), QStringLiteral("河西区望江街道党工委"), QStringLiteral("%1-003"),
                            t.addDays(-275)) &&
                        out(t.addDays(-200), QStringLiteral("高新区麓谷街道创业社区党委"),
                            QStringLiteral("%1-011"), t.addDays(-160)) &&
                        // Three months gone and no receipt: the home page's reminder.
                        out(t.addDays(-130), QStringLiteral("广东省深圳市南山区粤海街道党工委"),
                            QStringLiteral("%1-017"), QDate()) &&
                        // Recent: the receipt is not due yet.
                        out(t.addDays(-20), QStringLiteral("开福区四方坪街道党工委"),
                            QStringLiteral("%1-024"), QDate()) &&
                        in(t.addDays(-160), QStringLiteral("湘潭市岳塘区建设路街道党工委"),
                           QStringLiteral("湘岳组转字第%1-042号")) &&
                        within(t.addDays(-250), QStringLiteral("搬入本网格居住")) &&
                        within(t.addDays(-90), QStringLiteral("随家人迁居"));
        return ok ? QString() : m_error;
    }

private:
    bool fail(const QSqlQuery& q)
    {
        m_error = q.lastError().text();
        return false;
    }

    bool exec(const QString& sql, std::initializer_list<QVariant> values)
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        bindValues(q, values);
        return q.exec() || fail(q);
    }

    bool readCandidates()
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT m.id, m.org_id, CASE o.org_type WHEN 'party_group' THEN o.parent_id ELSE o.id END, "
                "(SELECT min(e.event_date) FROM member_event e WHERE e.member_id = m.id), m.joined_on "
                "FROM member m JOIN organisation o ON o.id = m.org_id "
                "LEFT JOIN organisation p ON p.id = o.parent_id "
                "WHERE m.left_on IS NULL AND m.category = 'registered' AND m.status = 'full' "
                "AND (o.org_type = 'grid_branch' OR (o.org_type = 'party_group' AND p.org_type = "
                "'grid_branch')) "
                "AND (SELECT count(*) FROM member_event e WHERE e.member_id = m.id) = 1 "
                "ORDER BY m.id")))
            return fail(q);
        while (q.next()) {
            Candidate c{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        dateFromSql(q.value(3)), dateFromSql(q.value(4))};
            m_candidates.append(c);
        }
        QSqlQuery branches(m_db);
        if (!branches.exec(
                QStringLiteral("SELECT id FROM organisation WHERE org_type = 'grid_branch' ORDER BY id")))
            return fail(branches);
        while (branches.next())
            m_branches << branches.value(0).toLongLong();
        return true;
    }

    // The next unused candidate, spread over the roster, on the roster for a month before `date`
    // (and a Party member by then), not in the branches already used.
    const Candidate* pick(QDate date)
    {
        for (int step = 0; step < m_candidates.size(); ++step) {
            const int i = (m_offset + (m_picked * 37) + step) % int(m_candidates.size());
            const Candidate& c = m_candidates[i];
            if (m_used.contains(c.id) || m_usedBranches.contains(c.branchId) || !c.onRosterSince.isValid() ||
                c.onRosterSince > date.addDays(-30) || (c.joinedOn.isValid() && c.joinedOn > date))
                continue;
            m_used.insert(c.id);
            m_usedBranches.insert(c.branchId);
            if (m_usedBranches.size() >= m_branches.size())
                m_usedBranches.clear();
            ++m_picked;
            return &c;
        }
        m_error = QStringLiteral("demo transfers: no member to pick for %1").arg(isoDateText(date));
        return nullptr;
    }

    QString recordedAt(QDate date) const { return isoDateText(date) + QStringLiteral(" 10:00:00"); }

    QString letter(const QString& pattern, QDate date) const { return pattern.arg(date.year()); }

    // As TransferService::transferOut writes it: left_on and leave kind, a "left" event, the transfer
    // row; the member's attendance from the day on goes (not expected there any more).
    bool out(QDate date, const QString& to, const QString& letterPattern, QDate receipt)
    {
        const Candidate* c = pick(date);
        if (!c)
            return false;
        const QString letterNo = letter(letterPattern, date);
        const QString reason = QStringLiteral("%1，介绍信编号 %2").arg(to, letterNo);
        return exec(QStringLiteral(
                        "UPDATE member SET left_on = ?, leave_kind = 'transfer_out', leave_reason = ? "
                        "WHERE id = ?"),
                    {sqlDate(date), reason, c->id}) &&
               exec(QStringLiteral(
                        "INSERT INTO member_event (member_id, event_date, kind, from_value, to_value, "
                        "reason, recorded_at) VALUES (?, ?, 'left', 'registered', 'transfer_out', ?, ?)"),
                    {c->id, sqlDate(date), reason, recordedAt(date)}) &&
               exec(QStringLiteral("INSERT INTO transfer (member_id, direction, transferred_on, from_org_id, "
                                   "counterpart, letter_no, receipt_on, recorded_at) VALUES (?, 'out', ?, ?, "
                                   "?, ?, ?, ?)"),
                    {c->id, sqlDate(date), c->orgId, to, letterNo, sqlDate(receipt), recordedAt(date)}) &&
               exec(QStringLiteral("DELETE FROM attendance WHERE member_id = ? AND meeting_id IN "
                                   "(SELECT id FROM meeting WHERE held_on >= ?)"),
                    {c->id, sqlDate(date)});
    }

    // A member of the roster who came by transfer: the "joined_roster" event dated the transfer (as
    // MemberService::save(member, date) writes it), the transfer row; no attendance before the day.
    bool in(QDate date, const QString& from, const QString& letterPattern)
    {
        const Candidate* c = pick(date);
        if (!c)
            return false;
        return exec(QStringLiteral("UPDATE member_event SET event_date = ?, recorded_at = ? "
                                   "WHERE member_id = ? AND kind = 'joined_roster'"),
                    {sqlDate(date), recordedAt(date), c->id}) &&
               exec(QStringLiteral("INSERT INTO transfer (member_id, direction, transferred_on, to_org_id, "
                                   "counterpart, letter_no, recorded_at) VALUES (?, 'in', ?, ?, ?, ?, ?)"),
                    {c->id, sqlDate(date), c->orgId, from, letter(letterPattern, date), recordedAt(date)}) &&
               exec(QStringLiteral("DELETE FROM attendance WHERE member_id = ? AND meeting_id IN "
                                   "(SELECT id FROM meeting WHERE held_on < ?)"),
                    {c->id, sqlDate(date)});
    }

    // As TransferService::moveWithin writes it: the member's branch (and grid) change, a dated
    // "transfer" event, the transfer row; from the day on the member is recorded at the new branch's
    // meetings held since, no longer at the old one's.
    bool within(QDate date, const QString& notes)
    {
        const Candidate* c = pick(date);
        if (!c)
            return false;
        qint64 to = 0;
        for (int i = 0; i < m_branches.size() && to == 0; ++i) {
            const qint64 branch = m_branches[(m_picked * 3 + i) % m_branches.size()];
            if (branch != c->branchId)
                to = branch;
        }
        return exec(QStringLiteral("UPDATE member SET org_id = ?, grid_id = coalesce((SELECT grid_id FROM "
                                   "organisation WHERE id = ?), grid_id) WHERE id = ?"),
                    {to, to, c->id}) &&
               exec(QStringLiteral(
                        "INSERT INTO member_event (member_id, event_date, kind, from_value, to_value, "
                        "recorded_at) VALUES (?, ?, 'transfer', ?, ?, ?)"),
                    {c->id, sqlDate(date), QString::number(c->orgId), QString::number(to),
                     recordedAt(date)}) &&
               exec(QStringLiteral("INSERT INTO transfer (member_id, direction, transferred_on, from_org_id, "
                                   "to_org_id, notes, recorded_at) VALUES (?, 'within', ?, ?, ?, ?, ?)"),
                    {c->id, sqlDate(date), c->orgId, to, notes, recordedAt(date)}) &&
               exec(QStringLiteral("DELETE FROM attendance WHERE member_id = ? AND meeting_id IN "
                                   "(SELECT id FROM meeting WHERE held_on >= ?)"),
                    {c->id, sqlDate(date)}) &&
               exec(QStringLiteral("INSERT INTO attendance (meeting_id, member_id, status) "
                                   "SELECT id, ?, 'present' FROM meeting WHERE org_id = ? AND held_on >= ? "
                                   "AND held_on <= ? AND done <> 0 AND EXISTS (SELECT 1 FROM attendance a "
                                   "WHERE a.meeting_id = meeting.id)"),
                    {c->id, to, sqlDate(date), sqlDate(m_today)});
    }

    QSqlDatabase m_db;
    QDate m_today;
    int m_offset = 0;
    int m_picked = 0;
    QList<Candidate> m_candidates;
    QList<qint64> m_branches;
    QSet<qint64> m_used;
    QSet<qint64> m_usedBranches;
    QString m_error;
};

} // namespace

QString buildDemoTransfers(QSqlDatabase db, const DemoOptions& options)
{
    // Transfers are a community's story; the district scale has none.
    if (options.scale != DemoOptions::Scale::Community)
        return {};
    return TransferWriter(db, options).run();
}

} // namespace partydesk
