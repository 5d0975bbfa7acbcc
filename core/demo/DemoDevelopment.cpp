#include "DemoDevelopment.h"

#include "DemoPeople.h"
#include "development/DevelopmentRecord.h"
#include "domain/DerivedFacts.h"
#include "repository/SqlValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace partydesk {

namespace {

// Someone of the demo roster in the development pipeline.
struct Person
{
    qint64 id = 0;
    qint64 orgId = 0;
    MemberStatus status = MemberStatus::Applicant;
    QDate birthDate, appliedOn, activistOn, candidateOn, joinedOn;
};

// Fills the development records of the people the roster already has in every stage (the roster
// stays at its size), each in order as a branch keeps them, but for the cases the page must show:
// an applicant whose talk is overdue, an activist behind with the thought reports, an activist
// observed for a year and ready to become a candidate, a candidate still missing a sponsor, a
// probation overdue and one extended; and the community's plan for the year.
class DevelopmentWriter
{
public:
    DevelopmentWriter(QSqlDatabase db, const DemoOptions& options)
        : m_db(std::move(db)), m_today(options.today), m_people(options.seed ^ 0x0d5e7e10u, options.today),
          m_record(m_db), m_document(m_db)
    {
        m_record.prepare(QStringLiteral(
            "INSERT INTO development_record (member_id, talked_on, contact_one, contact_two, reviewed_on, "
            "trained_on, "
            "training_hours, sponsor_one, sponsor_two, approved_on, oath_on, extended_to, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_document.prepare(QStringLiteral("INSERT INTO development_document (member_id, document, "
                                          "received_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    }

    QString run()
    {
        if (!readPeople() || !readFullMembers() || !makeCases())
            return m_error;
        // The chosen exceptions: the first of each list that fits.
        qint64 talkOverdue = 0, reportsBehind = 0, sponsorMissing = 0;
        for (const Person& p : m_pipeline) {
            if (!talkOverdue && p.status == MemberStatus::Applicant && p.appliedOn.addMonths(1) < m_today)
                talkOverdue = p.id;
            if (!reportsBehind && p.status == MemberStatus::Activist && p.id != m_ready &&
                p.activistOn.addMonths(3) <= m_today)
                reportsBehind = p.id;
            if (!sponsorMissing && p.status == MemberStatus::Candidate)
                sponsorMissing = p.id;
        }
        for (const Person& p : m_pipeline)
            if (!write(p, p.id == talkOverdue, p.id == reportsBehind, p.id == sponsorMissing,
                       p.id == m_extended))
                return m_error;
        return writePlan() ? QString() : m_error;
    }

private:
    bool fail(const QSqlQuery& q)
    {
        m_error = q.lastError().text();
        return false;
    }

    bool readPeople()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral(
                "SELECT id, org_id, status, birth_date, applied_on, activist_on, candidate_on, joined_on "
                "FROM member "
                "WHERE left_on IS NULL AND status IN ('applicant', 'activist', 'candidate', 'probationary') "
                "ORDER BY coalesce(joined_on, candidate_on, activist_on, applied_on), id")))
            return fail(q);
        while (q.next()) {
            Person p;
            p.id = q.value(0).toLongLong();
            p.orgId = q.value(1).toLongLong();
            enumFromCode(q.value(2).toString(), &p.status);
            p.birthDate = dateFromSql(q.value(3));
            p.appliedOn = dateFromSql(q.value(4));
            p.activistOn = dateFromSql(q.value(5));
            p.candidateOn = dateFromSql(q.value(6));
            p.joinedOn = dateFromSql(q.value(7));
            if (p.appliedOn.isValid())
                m_pipeline.append(p);
        }
        return true;
    }

    // Contacts and sponsors are full members of the person's own branch or group.
    bool readFullMembers()
    {
        QSqlQuery q(m_db);
        if (!q.exec(
                QStringLiteral("SELECT org_id, name FROM member WHERE left_on IS NULL AND status = 'full' "
                               "AND category = 'registered' ORDER BY id")))
            return fail(q);
        while (q.next())
            m_fullMembers[q.value(0).toLongLong()].append(q.value(1).toString());
        return true;
    }

    QString fullMemberOf(qint64 orgId, const QString& other = {})
    {
        const QStringList names = m_fullMembers.value(orgId);
        for (int attempt = 0; attempt < 4 && names.size() >= 2; ++attempt) {
            const QString name = names.at(int(m_people.below(quint32(names.size()))));
            if (name != other)
                return name;
        }
        return m_people.fullName();
    }

    // Moves every stage date of a registered person `days` earlier (with the day they joined the
    // roster), when they were 18 on applying then; false when not.
    bool shiftEarlier(Person& p, qint64 days, bool* shifted)
    {
        *shifted = false;
        const QDate applied = p.appliedOn.addDays(-days);
        if (!p.birthDate.isValid() || ageOn(p.birthDate, applied) < 18)
            return true;
        const QString by = QStringLiteral("-%1 days").arg(days);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "UPDATE member SET applied_on = date(applied_on, ?), activist_on = date(activist_on, ?), "
            "candidate_on = date(candidate_on, ?), joined_on = date(joined_on, ?) "
            "WHERE id = ? AND category = 'registered'"));
        bindValues(q, {by, by, by, by, p.id});
        if (!q.exec())
            return fail(q);
        if (q.numRowsAffected() != 1)
            return true;
        QSqlQuery event(m_db);
        event.prepare(QStringLiteral("UPDATE member_event SET event_date = date(event_date, ?), "
                                     "recorded_at = date(event_date, ?) || ' 09:00:00' "
                                     "WHERE member_id = ? AND kind = 'joined_roster'"));
        bindValues(event, {by, by, p.id});
        if (!event.exec())
            return fail(event);
        for (QDate* d : {&p.appliedOn, &p.activistOn, &p.candidateOn, &p.joinedOn})
            if (d->isValid())
                *d = d->addDays(-days);
        *shifted = true;
        return true;
    }

    // The roster's activists all started within the year and its probations all run: one activist
    // is moved a year back (observed for a year, ready to become a candidate), one probation to
    // have ended 25 days ago without conversion, one to have been extended.
    bool makeCases()
    {
        bool shifted = false;
        for (Person& p : m_pipeline)
            if (!m_ready && p.status == MemberStatus::Activist && yearsCompleted(p.activistOn, 1) > m_today) {
                if (!shiftEarlier(p, p.activistOn.addYears(-1).daysTo(p.activistOn), &shifted))
                    return false;
                if (shifted)
                    m_ready = p.id;
            }
        // The two probations ending first stay as they are (ending within 60 days).
        int probation = 0;
        for (Person& p : m_pipeline) {
            if (p.status != MemberStatus::Probationary || ++probation <= 2)
                continue;
            const QDate wanted =
                !m_overdue ? m_today.addYears(-1).addDays(-25) : m_today.addYears(-1).addDays(-100);
            if (wanted >= p.joinedOn)
                continue;
            if (!shiftEarlier(p, wanted.daysTo(p.joinedOn), &shifted))
                return false;
            if (shifted && !m_overdue)
                m_overdue = p.id;
            else if (shifted)
                m_extended = p.id;
            if (m_extended)
                break;
        }
        return true;
    }

    // A date if it has come by today, else invalid: nothing in the demo lies after its day.
    QDate byToday(QDate date) const { return date.isValid() && date <= m_today ? date : QDate(); }

    bool document(qint64 memberId, DevelopmentDocument document, QDate date)
    {
        if (!byToday(date).isValid())
            return true;
        bindValues(m_document, {memberId, documentCode(document), sqlDate(date)});
        return m_document.exec() || fail(m_document);
    }

    bool write(const Person& p, bool talkOverdue, bool reportsBehind, bool sponsorMissing, bool extended)
    {
        const QDate talked = talkOverdue ? QDate() : byToday(p.appliedOn.addDays(8 + m_people.below(15)));
        if (!document(p.id, DevelopmentDocument::Application, p.appliedOn))
            return false;
        QString contactOne, contactTwo, sponsorOne, sponsorTwo, notes;
        QDate reviewed, trained, approved, oath, extendedTo;
        int hours = 0;
        if (p.status >= MemberStatus::Activist) {
            contactOne = fullMemberOf(p.orgId);
            contactTwo = fullMemberOf(p.orgId, contactOne);
            // A report a few days before each quarter ends, while an activist (until the next stage).
            const QDate until = p.candidateOn.isValid() ? p.candidateOn : m_today;
            for (int quarter = 1; p.activistOn.addMonths(3 * quarter) <= until; ++quarter) {
                const QDate due = p.activistOn.addMonths(3 * quarter);
                if (reportsBehind && due.addMonths(3) > m_today)
                    break; // the latest one has not come
                if (!document(p.id, DevelopmentDocument::ThoughtReport,
                              due.addDays(-3 - int(m_people.below(10)))))
                    return false;
            }
            if (reportsBehind)
                notes = QStringLiteral("思想汇报未按时提交，已提醒培养联系人督促。");
        }
        if (p.status >= MemberStatus::Candidate) {
            const QDate until = p.joinedOn.isValid() ? p.joinedOn : m_today;
            const qint64 span = p.candidateOn.daysTo(until);
            reviewed = byToday(p.candidateOn.addDays(std::max<qint64>(1, span / 3)));
            trained = byToday(p.candidateOn.addDays(std::max<qint64>(2, span / 2)));
            hours = trained.isValid() ? 24 + 8 * int(m_people.below(2)) : 0;
            sponsorOne = fullMemberOf(p.orgId);
            sponsorTwo = sponsorMissing ? QString() : fullMemberOf(p.orgId, sponsorOne);
            if (sponsorMissing)
                notes = QStringLiteral("第二名入党介绍人待支部确定。");
            if (!document(p.id, DevelopmentDocument::PoliticalReview, reviewed) ||
                !document(p.id, DevelopmentDocument::TrainingCertificate, trained))
                return false;
            if (p.joinedOn.isValid() &&
                !document(p.id, DevelopmentDocument::MembershipForm, p.joinedOn.addDays(-7)))
                return false;
        }
        if (p.status == MemberStatus::Probationary) {
            approved = byToday(p.joinedOn.addDays(20 + m_people.below(40)));
            oath = approved.isValid() ? byToday(approved.addDays(5)) : QDate();
            const QDate ends = yearsCompleted(p.joinedOn, 1);
            if (extended) {
                extendedTo = p.joinedOn.addMonths(18);
                notes = QStringLiteral("支部大会决定延长预备期半年，继续考察。");
            } else if (ends.addDays(-60) <= m_today &&
                       !document(p.id, DevelopmentDocument::ConversionApplication, ends.addDays(-20))) {
                return false;
            }
        }
        bindValues(m_record,
                   {p.id, sqlDate(talked), contactOne, contactTwo, sqlDate(reviewed), sqlDate(trained), hours,
                    sponsorOne, sponsorTwo, sqlDate(approved), sqlDate(oath), sqlDate(extendedTo), notes});
        return m_record.exec() || fail(m_record);
    }

    // The community committee's plan for the year, favouring young people and women.
    bool writePlan()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT id FROM organisation WHERE org_type IN ('community_committee', "
                                   "'big_committee', 'joint_committee') ORDER BY id LIMIT 1")))
            return fail(q);
        if (!q.next())
            return true;
        QSqlQuery plan(m_db);
        plan.prepare(QStringLiteral("INSERT INTO development_plan (org_id, year, planned, young, women, "
                                    "notes) VALUES (?, ?, ?, ?, ?, ?)"));
        bindValues(plan, {q.value(0).toLongLong(), m_today.year(), 12, 8, 5,
                          QStringLiteral("重点在青年、一线职工和两新组织中发展党员。")});
        return plan.exec() || fail(plan);
    }

    QSqlDatabase m_db;
    QDate m_today;
    DemoPeople m_people;
    QSqlQuery m_record, m_document;
    QList<Person> m_pipeline;
    QHash<qint64, QStringList> m_fullMembers;
    qint64 m_ready = 0;
    qint64 m_overdue = 0;
    qint64 m_extended = 0;
    QString m_error;
};

} // namespace

QString buildDemoDevelopment(QSqlDatabase db, const DemoOptions& options)
{
    // The district's 100,000 members are for speed; their pipeline is not worked out in detail.
    if (options.scale != DemoOptions::Scale::Community)
        return {};
    return DevelopmentWriter(std::move(db), options).run();
}

} // namespace partydesk
