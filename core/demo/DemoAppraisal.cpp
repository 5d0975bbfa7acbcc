#include "DemoAppraisal.h"

#include "appraisal/AppraisalRepository.h"
#include "DemoPeople.h"
#include "repository/SqlRead.h"

#include <algorithm>
#include <QSqlQuery>

namespace partydesk {

namespace {

const QStringList& handlings()
{
    static const QStringList list = {QStringLiteral("支部书记谈心谈话，批评教育，限期三个月改正，明年复评"),
                                     QStringLiteral("组织处置：限期改正，期满仍无转变的劝其退党")};
    return list;
}

// The branches that hold an appraisal (Party groups belong to their branch), in tree order.
QList<qint64> branches(QSqlDatabase db)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, org_type FROM organisation ORDER BY sort_order, id")))
        return ids;
    while (q.next()) {
        OrgType type = OrgType::Branch;
        if (enumFromCode(q.value(1).toString(), &type) && isBranchLevel(type) && type != OrgType::PartyGroup)
            ids << q.value(0).toLongLong();
    }
    return ids;
}

class Writer
{
public:
    Writer(QSqlDatabase db, const DemoOptions& options)
        : m_repository(db), m_random(options.seed + 13, options.today), m_today(options.today)
    {
    }

    QString error;

    // Opens the session held on `held` with its members; returns them (in the table's order).
    QList<AppraisalRow> open(qint64 orgId, int year, QDate held, AppraisalSession* session)
    {
        session->orgId = orgId;
        session->year = year;
        session->heldOn = held;
        session->notes = QStringLiteral("组织生活会后召开，个人自评、党员互评、民主测评");
        if (error.isEmpty())
            error = m_repository.insertSession(*session);
        if (error.isEmpty())
            error = m_repository.addMembers(session->id,
                                            m_repository.membersToRate(orgId, year, held, session->id));
        return error.isEmpty() ? m_repository.rows(session->id) : QList<AppraisalRow>();
    }

    // Grades `count` of the rows (from the first): about a quarter 优秀 within the cap, the rest 合格;
    // `basically` and `unqualified` name a row to mark so (-1: none). With votes, the self grades and
    // the mutual and masses' votes are kept too.
    void grade(const AppraisalSession& session, const QList<AppraisalRow>& rows, int count, int basically,
               int unqualified, bool votes)
    {
        const int rated = int(rows.size());
        int excellent = std::min(session.cap.maxExcellent(rated), (rated + 2) / 4);
        for (int i = 0; i < count && i < rated && error.isEmpty(); ++i) {
            AppraisalEntry e = rows[i].entry;
            if (i == unqualified) {
                e.grade = AppraisalGrade::Unqualified;
                e.handling = handlings().at(int(m_random.below(quint32(handlings().size()))));
            } else if (i == basically) {
                e.grade = AppraisalGrade::BasicallyQualified;
                e.note = QStringLiteral("参加组织生活不够经常");
            } else if (excellent > 0 && m_random.below(3) == 0) {
                e.grade = AppraisalGrade::Excellent;
                --excellent;
            } else {
                e.grade = AppraisalGrade::Qualified;
            }
            if (votes)
                addVotes(e, rated);
            error = m_repository.writeEntry(session.id, e);
        }
    }

    void finish(const AppraisalSession& session)
    {
        const QDate finished = std::min(session.heldOn.addDays(6), m_today);
        if (error.isEmpty())
            error = m_repository.setFinished(session.id, finished);
        if (error.isEmpty())
            error = m_repository.writeHistory(session, finished);
    }

private:
    // Votes that lean towards the grade given: the mutual appraisal by the members (at most those
    // rated), the masses' opinion by about twenty residents.
    void addVotes(AppraisalEntry& e, int rated)
    {
        const int grade = gradeIndex(*e.grade);
        e.selfGrade =
            grade == 0 || m_random.below(4) == 0 ? AppraisalGrade::Excellent : AppraisalGrade::Qualified;
        e.mutual.kept = true;
        e.masses.kept = true;
        const int voters = std::max(1, rated - int(m_random.below(3)));
        const int lean = voters * 2 / 3 + int(m_random.below(quint32(voters / 3 + 1)));
        e.mutual.counts[grade] = std::min(voters, lean);
        e.mutual.counts[grade == 1 ? 0 : 1] = voters - e.mutual.counts[grade];
        const int residents = 18 + int(m_random.below(6));
        e.masses.counts[grade] = residents * 3 / 4;
        e.masses.counts[grade == 1 ? 2 : 1] = residents - e.masses.counts[grade];
    }

    AppraisalRepository m_repository;
    DemoPeople m_random;
    QDate m_today;
};

} // namespace

QString buildDemoAppraisal(QSqlDatabase db, const DemoOptions& options)
{
    if (options.scale != DemoOptions::Scale::Community)
        return {};
    const QList<qint64> orgs = branches(db);
    Writer writer(db, options);
    // Last year's appraisal, held late in December and finished in every branch: one 基本合格 in the
    // first branch, one 不合格 (with its handling) in the second, the votes kept in the first.
    const int lastYear = options.today.year() - 1;
    for (int i = 0; i < orgs.size() && writer.error.isEmpty(); ++i) {
        AppraisalSession session;
        const QList<AppraisalRow> rows =
            writer.open(orgs[i], lastYear, QDate(lastYear, 12, 18 + i % 10), &session);
        const int n = int(rows.size());
        writer.grade(session, rows, n, i == 0 && n > 2 ? n - 2 : -1, i == 1 && n > 3 ? n - 1 : -1, i == 0);
        writer.finish(session);
    }
    // This year's, open in the first branch and about half graded.
    if (!orgs.isEmpty() && writer.error.isEmpty()) {
        QDate held = options.today.addDays(-5);
        if (held.year() != options.today.year())
            held = options.today;
        AppraisalSession session;
        const QList<AppraisalRow> rows = writer.open(orgs.first(), options.today.year(), held, &session);
        writer.grade(session, rows, int(rows.size()) / 2, -1, -1, false);
    }
    return writer.error;
}

} // namespace partydesk
