#include "home/Agenda.h"
#include "home/HomeFacts.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

namespace {

void exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

// A street, a community and two branches, written as the services would have left them.
struct Community
{
    explicit Community(TempWorkspace& temp) : db(temp.db())
    {
        exec(db, QStringLiteral("INSERT INTO organisation (id, parent_id, name, org_type) VALUES "
                                "(1, NULL, '东风街道党工委', 'street_committee'), "
                                "(2, 1, '和平社区党委', 'community_committee'), "
                                "(3, 2, '第一党支部', 'branch'), (4, 2, '第二党支部', 'branch')"));
    }

    // A member of branch `org` with every required field unless the test clears one.
    qint64 add(const QString& name, qint64 org, const QString& status, const QString& joined,
               const QString& full = QString(), const QString& phone = QStringLiteral("13800138000"))
    {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO member (name, sex, org_id, category, status, joined_on, full_on, "
                           "phone, id_number, birth_date) VALUES (?, 'F', ?, 'registered', ?, ?, ?, ?, ?, "
                           "'1960-01-01')"));
        q.addBindValue(name);
        q.addBindValue(org);
        q.addBindValue(status);
        q.addBindValue(joined.isEmpty() ? QVariant() : QVariant(joined));
        q.addBindValue(full.isEmpty() ? QVariant() : QVariant(full));
        q.addBindValue(phone);
        q.addBindValue(QStringLiteral("ID-%1").arg(++serial)); // unique; the rules are not under test here
        REQUIRE(q.exec());
        return q.lastInsertId().toLongLong();
    }

    QList<AgendaItem> agenda(QDate today, qint64 root = 0)
    {
        AgendaScope scope;
        scope.organisations = OrganisationRepository(db).all();
        scope.rootId = root;
        scope.today = today;
        return buildAgenda(db, scope);
    }

    QSqlDatabase db;
    int serial = 0;
};

const AgendaItem* find(const QList<AgendaItem>& items, AgendaKind kind)
{
    for (const AgendaItem& item : items)
        if (item.kind == kind)
            return &item;
    return nullptr;
}

QStringList texts(const AgendaItem* item)
{
    QStringList list;
    if (item)
        for (const AgendaEntry& e : item->entries)
            list << e.text + (e.overdue ? QStringLiteral(" !") : QString());
    return list;
}

} // namespace

TEST_CASE("The home page lists probation ending within 60 days and overdue, an extension moving the end",
          "[home]")
{
    TempWorkspace temp;
    Community c(temp);
    c.add(QStringLiteral("周期满"), 3, QStringLiteral("probationary"),
          QStringLiteral("2025-11-10")); // ended 11-10
    c.add(QStringLiteral("吴将满"), 3, QStringLiteral("probationary"),
          QStringLiteral("2026-01-14")); // 60 days
    c.add(QStringLiteral("郑未到"), 3, QStringLiteral("probationary"),
          QStringLiteral("2026-01-15")); // 61 days
    const qint64 extended =
        c.add(QStringLiteral("王延长"), 3, QStringLiteral("probationary"), QStringLiteral("2025-09-01"));
    exec(c.db,
         QStringLiteral("INSERT INTO development_record (member_id, extended_to) VALUES (%1, '2027-03-01')")
             .arg(extended));
    c.add(QStringLiteral("冯外支"), 4, QStringLiteral("probationary"), QStringLiteral("2025-10-01"));

    const QList<AgendaItem> all = c.agenda(QDate(2026, 11, 15));
    const AgendaItem* due = find(all, AgendaKind::ProbationDue);
    REQUIRE(due);
    CHECK(texts(due) == QStringList{QStringLiteral("冯外支 (第二党支部) !"),
                                    QStringLiteral("周期满 (第一党支部) !"),
                                    QStringLiteral("吴将满 (第一党支部)")});
    CHECK(due->urgent);
    CHECK(due->entries.constLast().due == QDate(2027, 1, 14));

    // The selected branch only.
    CHECK(texts(find(c.agenda(QDate(2026, 11, 15), 3), AgendaKind::ProbationDue)) ==
          QStringList{QStringLiteral("周期满 (第一党支部) !"), QStringLiteral("吴将满 (第一党支部)")});
}

TEST_CASE("The home page lists this month's political birthdays and the year's 50-year medal candidates",
          "[home]")
{
    TempWorkspace temp;
    Community c(temp);
    c.add(QStringLiteral("老党员"), 3, QStringLiteral("full"), QStringLiteral("1975-11-20"),
          QStringLiteral("1976-07-01"));
    c.add(QStringLiteral("差一天"), 3, QStringLiteral("full"), QStringLiteral("1975-06-02"),
          QStringLiteral("1976-07-02"));
    c.add(QStringLiteral("去年的"), 3, QStringLiteral("full"), QStringLiteral("1974-06-01"),
          QStringLiteral("1975-07-01"));
    c.add(QStringLiteral("今年入"), 3, QStringLiteral("probationary"), QStringLiteral("2026-11-02"));
    const QList<AgendaItem> all = c.agenda(QDate(2026, 11, 15));
    const AgendaItem* birthdays = find(all, AgendaKind::PoliticalBirthdays);
    REQUIRE(birthdays);
    CHECK(texts(birthdays) ==
          QStringList{QStringLiteral("老党员 (第一党支部)")}); // joined this year: no anniversary
    CHECK(birthdays->entries[0].due == QDate(2026, 11, 20));
    CHECK(birthdays->entries[0].detail.contains(QStringLiteral("51")));
    // 50 years by 1 July 2026, and not by 1 July 2025.
    CHECK(texts(find(all, AgendaKind::FiftyYearMedals)) ==
          QStringList{QStringLiteral("老党员 (第一党支部)")});
}

TEST_CASE("The home page names the members whose required data is missing, and what is missing", "[home]")
{
    TempWorkspace temp;
    Community c(temp);
    c.add(QStringLiteral("全资料"), 3, QStringLiteral("full"), QStringLiteral("2000-01-01"),
          QStringLiteral("2001-01-01"));
    c.add(QStringLiteral("缺电话"), 3, QStringLiteral("full"), QStringLiteral("2000-01-01"),
          QStringLiteral("2001-01-01"), QStringLiteral(" "));
    c.add(QStringLiteral("缺转正"), 3, QStringLiteral("full"), QStringLiteral("2000-01-01"));
    const AgendaItem* missing = find(c.agenda(QDate(2026, 11, 15)), AgendaKind::MissingData);
    REQUIRE(missing);
    REQUIRE(missing->count == 2);
    CHECK(missing->entries[0].text == QStringLiteral("缺电话 (第一党支部)"));
    CHECK(missing->entries[0].detail.contains(QStringLiteral("phone")));
    CHECK_FALSE(missing->entries[0].detail.contains(QStringLiteral("ID")));
    CHECK(missing->entries[1].detail.contains(QStringLiteral("full member")));
}

TEST_CASE("The home page lists theme days not recorded, terms ending and receipts waiting over 3 months",
          "[home]")
{
    TempWorkspace temp;
    Community c(temp);
    exec(c.db, QStringLiteral("INSERT INTO meeting (org_id, kind, held_on, done) VALUES (4, 'theme_day', "
                              "'2026-11-15', 1), (3, 'theme_day', '2026-11-15', 0)"));
    exec(c.db,
         QStringLiteral(
             "UPDATE organisation SET term_start = '2021-12-01', term_end = '2026-12-01' WHERE id = 3"));
    exec(c.db,
         QStringLiteral(
             "UPDATE organisation SET term_start = '2021-02-13', term_end = '2026-02-13' WHERE id = 4"));
    const qint64 left = c.add(QStringLiteral("转出者"), 3, QStringLiteral("full"),
                              QStringLiteral("2000-01-01"), QStringLiteral("2001-01-01"));
    const qint64 recent = c.add(QStringLiteral("刚转出"), 3, QStringLiteral("full"),
                                QStringLiteral("2000-01-01"), QStringLiteral("2001-01-01"));
    exec(c.db,
         QStringLiteral(
             "UPDATE member SET left_on = '2026-08-15', leave_kind = 'transfer_out' WHERE id IN (%1, %2)")
             .arg(left)
             .arg(recent));
    exec(c.db,
         QStringLiteral(
             "INSERT INTO transfer (member_id, direction, transferred_on, from_org_id, counterpart, "
             "letter_no) VALUES (%1, 'out', '2026-08-15', 3, '长沙市岳麓区某党支部', '湘组转字第12号'), "
             "(%2, 'out', '2026-08-16', 3, '深圳某党支部', '13')")
             .arg(left)
             .arg(recent));

    // On the theme day itself the branch is listed, not yet late; the day after it is late.
    const QList<AgendaItem> onTheDay = c.agenda(QDate(2026, 11, 15));
    CHECK(texts(find(onTheDay, AgendaKind::ThemeDaysMissing)) == QStringList{QStringLiteral("第一党支部")});
    CHECK(texts(find(c.agenda(QDate(2026, 11, 16)), AgendaKind::ThemeDaysMissing)) ==
          QStringList{QStringLiteral("第一党支部 !")});
    CHECK(texts(find(onTheDay, AgendaKind::TermsEnding)) ==
          QStringList{QStringLiteral("第二党支部 !"), QStringLiteral("第一党支部")});
    // Three calendar months after 15 August: 15 November.
    const AgendaItem* receipts = find(onTheDay, AgendaKind::ReceiptsWaiting);
    REQUIRE(receipts);
    CHECK(texts(receipts) == QStringList{QStringLiteral("转出者 (第一党支部) !")});
    CHECK(receipts->entries[0].detail.contains(QStringLiteral("湘组转字第12号")));
    exec(c.db,
         QStringLiteral("UPDATE transfer SET receipt_on = '2026-11-10' WHERE member_id = %1").arg(left));
    CHECK(find(c.agenda(QDate(2026, 11, 15)), AgendaKind::ReceiptsWaiting) == nullptr);
}

TEST_CASE("The home page lists development steps due within a month or overdue", "[home]")
{
    TempWorkspace temp;
    Community c(temp);
    // The branch talks with an applicant within a month of the application.
    const qint64 late = c.add(QStringLiteral("待谈话"), 3, QStringLiteral("applicant"), QString());
    const qint64 soon = c.add(QStringLiteral("刚申请"), 3, QStringLiteral("applicant"), QString());
    const qint64 talked = c.add(QStringLiteral("已谈话"), 3, QStringLiteral("applicant"), QString());
    exec(c.db, QStringLiteral("UPDATE member SET applied_on = '2026-10-01' WHERE id IN (%1, %2)")
                   .arg(late)
                   .arg(talked));
    exec(c.db, QStringLiteral("UPDATE member SET applied_on = '2026-11-10' WHERE id = %1").arg(soon));
    exec(c.db,
         QStringLiteral("INSERT INTO development_record (member_id, talked_on) VALUES (%1, '2026-10-20')")
             .arg(talked));
    for (const qint64 id : {late, soon, talked}) // each handed in the application
        exec(c.db,
             QStringLiteral("INSERT INTO development_document (member_id, document, received_on) SELECT id, "
                            "'application', applied_on FROM member WHERE id = %1")
                 .arg(id));
    const AgendaItem* due = find(c.agenda(QDate(2026, 11, 15)), AgendaKind::DevelopmentDue);
    REQUIRE(due);
    QHash<qint64, QString> dueOn;
    for (const AgendaEntry& e : due->entries)
        dueOn.insert(e.memberId,
                     e.due.toString(Qt::ISODate) + (e.overdue ? QStringLiteral(" !") : QString()));
    CHECK(dueOn.value(late) == QStringLiteral("2026-11-01 !"));
    CHECK(dueOn.value(soon) == QStringLiteral("2026-12-10"));
    CHECK_FALSE(dueOn.value(talked).endsWith(QLatin1Char('!')));
}

TEST_CASE("The home page lists dues unpaid up to last month; this month's are not late yet", "[home]")
{
    TempWorkspace temp;
    Community c(temp);
    const qint64 paidUp = c.add(QStringLiteral("已交清"), 3, QStringLiteral("full"),
                                QStringLiteral("2000-01-01"), QStringLiteral("2001-01-01"));
    const qint64 behind = c.add(QStringLiteral("欠十月"), 3, QStringLiteral("full"),
                                QStringLiteral("2000-01-01"), QStringLiteral("2001-01-01"));
    for (const qint64 id : {paidUp, behind})
        exec(c.db, QStringLiteral("INSERT INTO dues_base (member_id, valid_from, basis, income) VALUES "
                                  "(%1, '2026-09', 'in_work', 400000)")
                       .arg(id));
    // 4,000 yuan in work: 1 % = 40.00 yuan a month. November is not paid by either yet.
    exec(c.db,
         QStringLiteral("INSERT INTO dues_payment (member_id, month, amount, paid_on, org_id) VALUES "
                        "(%1, '2026-09', 4000, '2026-09-10', 3), (%1, '2026-10', 4000, '2026-10-10', 3), "
                        "(%2, '2026-09', 4000, '2026-09-10', 3)")
             .arg(paidUp)
             .arg(behind));
    const AgendaItem* arrears = find(c.agenda(QDate(2026, 11, 15)), AgendaKind::DuesArrears);
    REQUIRE(arrears);
    CHECK(arrears->count == 1);
    CHECK(texts(arrears) == QStringList{QStringLiteral("欠十月 (第一党支部)")});
    CHECK(arrears->entries[0].detail.contains(QStringLiteral("1 month")));
    CHECK_FALSE(arrears->urgent); // red after six months, as on the dues page
}

TEST_CASE("The home page's figures count Party members by category and the pipeline apart", "[home]")
{
    TempWorkspace temp;
    Community c(temp);
    c.add(QStringLiteral("甲"), 3, QStringLiteral("full"), QStringLiteral("2000-01-01"),
          QStringLiteral("2001-01-01"));
    c.add(QStringLiteral("乙"), 3, QStringLiteral("probationary"), QStringLiteral("2026-01-01"));
    c.add(QStringLiteral("丙"), 4, QStringLiteral("applicant"), QString());
    const qint64 away = c.add(QStringLiteral("丁"), 4, QStringLiteral("full"), QStringLiteral("2000-01-01"),
                              QStringLiteral("2001-01-01"));
    exec(c.db, QStringLiteral("UPDATE member SET category = 'floating_out' WHERE id = %1").arg(away));
    const qint64 gone = c.add(QStringLiteral("戊"), 4, QStringLiteral("full"), QStringLiteral("2000-01-01"),
                              QStringLiteral("2001-01-01"));
    exec(c.db, QStringLiteral("UPDATE member SET left_on = '2026-01-01', leave_kind = 'death' WHERE id = %1")
                   .arg(gone));

    Workspace& ws = temp.workspace();
    const HomeFacts all =
        readHomeFacts(c.db, ws.meetings(), ws.ratings(), ws.organisations().all(), 0, QDate(2026, 11, 15));
    CHECK(all.partyMembers() == 3);
    CHECK(all.full == 2);
    CHECK(all.probationary == 1);
    CHECK(all.applicants == 1);
    CHECK(all.partyMembersByCategory.value(MemberCategory::Registered) == 2);
    CHECK(all.partyMembersByCategory.value(MemberCategory::FloatingOut) == 1);
    CHECK(all.ratingYear == 0);
    const HomeFacts first =
        readHomeFacts(c.db, ws.meetings(), ws.ratings(), ws.organisations().all(), 3, QDate(2026, 11, 15));
    CHECK(first.partyMembers() == 2);
    CHECK(first.applicants == 0);
}

TEST_CASE("The demo community's home page has something in every list", "[home][demo]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    AgendaScope scope;
    scope.organisations = ws.organisations().all();
    scope.today = ws.clock().today();
    const QList<AgendaItem> items = buildAgenda(temp.db(), scope);
    for (const AgendaKind kind :
         {AgendaKind::ThemeDaysMissing, AgendaKind::MeetingGaps, AgendaKind::ProbationDue,
          AgendaKind::DevelopmentDue, AgendaKind::ReceiptsWaiting, AgendaKind::TermsEnding,
          AgendaKind::PoliticalBirthdays, AgendaKind::FiftyYearMedals, AgendaKind::DuesArrears,
          AgendaKind::RectificationDue, AgendaKind::WishesWaiting, AgendaKind::DecisionsDue,
          AgendaKind::ProjectsOverdue}) {
        INFO(agendaTitle(kind).toStdString());
        CHECK(find(items, kind) != nullptr);
    }
    const HomeFacts facts =
        readHomeFacts(temp.db(), ws.meetings(), ws.ratings(), scope.organisations, 0, scope.today);
    CHECK(facts.partyMembers() > 0);
    CHECK(facts.attendance.expected > 0);
    CHECK(facts.ratingYear > 0);
    CHECK_FALSE(facts.branchesByStars.isEmpty());
    CHECK(facts.fund.budget > 0);
    CHECK(facts.fund.spent > 0);
}

TEST_CASE("The home page lists wishes waiting, joint decisions coming due and late co-building projects",
          "[home]")
{
    TempWorkspace temp;
    Community c(temp);
    const QDate today(2026, 11, 20);
    exec(c.db,
         QStringLiteral("INSERT INTO co_building_unit (id, committee_id, name) VALUES (1, 2, '和平派出所')"));
    // Published 31 days ago (late), 5 days ago, claimed, not published yet.
    exec(
        c.db,
        QStringLiteral(
            "INSERT INTO micro_wish (id, org_id, resident_name, wish, wished_on, published_on, claimed_on, "
            "claimer_unit_id) VALUES (1, 3, '张三', '更换楼道灯泡', '2026-10-18', '2026-10-20', NULL, NULL), "
            "(2, 4, '李四', '辅导作业', '2026-11-14', '2026-11-15', NULL, NULL), "
            "(3, 3, '王五', '助老理发', '2026-11-01', '2026-11-02', '2026-11-03', 1), "
            "(4, 3, '赵六', '轮椅租借', '2026-11-19', NULL, NULL, NULL)"));
    exec(c.db,
         QStringLiteral("INSERT INTO joint_meeting (id, committee_id, held_on) VALUES (1, 2, '2026-09-10')"));
    // Overdue, due in 10 days, due in 20 days (not yet), done.
    exec(c.db,
         QStringLiteral(
             "INSERT INTO joint_decision (meeting_id, position, decision, responsible_unit_id, due_on, "
             "status) "
             "VALUES (1, 1, '清理消防通道', 1, '2026-11-01', 'open'), (1, 2, '增设路灯', NULL, '2026-11-30', "
             "'open'), (1, 3, '老年食堂选址', NULL, '2026-12-10', 'open'), (1, 4, '交通疏导', 1, "
             "'2026-10-01', 'done')"));
    exec(c.db, QStringLiteral(
                   "INSERT INTO cogov_project (id, committee_id, title, lead_unit_id, due_on, status) VALUES "
                   "(1, 2, '四点半课堂', 1, '2026-10-31', 'running'), (2, 2, '加装电梯', NULL, '2026-12-31', "
                   "'running'), (3, 2, '停车改造', NULL, '2026-09-30', 'done')"));

    const QList<AgendaItem> items = c.agenda(today);
    const AgendaItem* wishes = find(items, AgendaKind::WishesWaiting);
    REQUIRE(wishes);
    CHECK(wishes->count == 2);
    CHECK(texts(wishes) == QStringList{QStringLiteral("第一党支部 !"), QStringLiteral("第二党支部")});
    CHECK(wishes->place == AgendaPlace::Wishes);
    const AgendaItem* decisions = find(items, AgendaKind::DecisionsDue);
    REQUIRE(decisions);
    CHECK(decisions->count == 2);
    CHECK(decisions->entries.first().overdue);
    CHECK(decisions->entries.first().detail.startsWith(QStringLiteral("清理消防通道")));
    CHECK(decisions->entries.first().recordId == 1); // opens the meeting
    const AgendaItem* projects = find(items, AgendaKind::ProjectsOverdue);
    REQUIRE(projects);
    CHECK(texts(projects) == QStringList{QStringLiteral("四点半课堂 !")});

    // A branch sees its own wishes; the community's decisions and projects are the community's.
    const QList<AgendaItem> branch = c.agenda(today, 4);
    CHECK(texts(find(branch, AgendaKind::WishesWaiting)) == QStringList{QStringLiteral("第二党支部")});
    CHECK(find(branch, AgendaKind::DecisionsDue) == nullptr);
    CHECK(find(branch, AgendaKind::ProjectsOverdue) == nullptr);
    CHECK(find(c.agenda(today, 2), AgendaKind::ProjectsOverdue) != nullptr);
}

TEST_CASE("The home page's service fund figure is the community's year, to the fen", "[home]")
{
    TempWorkspace temp;
    Community c(temp);
    Workspace& ws = temp.workspace();
    exec(c.db,
         QStringLiteral("INSERT INTO fund_year (committee_id, year, budget) VALUES (2, 2026, 20000000)"));
    exec(c.db,
         QStringLiteral("INSERT INTO fund_project (id, committee_id, title, approved_on, approved) VALUES "
                        "(1, 2, '老年食堂', '2026-02-01', 5000000)"));
    exec(c.db, QStringLiteral("INSERT INTO fund_spending (project_id, spent_on, amount, purpose) VALUES "
                              "(1, '2026-03-15', 1234567, '餐具'), (1, '2026-05-02', 33, '清洁')"));
    const HomeFacts facts = readHomeFacts(c.db, ws.meetings(), ws.ratings(),
                                          OrganisationRepository(c.db).all(), 3, QDate(2026, 11, 20));
    CHECK(facts.fund.budget == 20000000);
    CHECK(facts.fund.spent == 1234600);
    CHECK(facts.fund.balance == 20000000 - 1234600);
    CHECK(facts.fund.unspentAtMonthEnd[1] == 20000000);           // February: nothing spent yet
    CHECK(facts.fund.unspentAtMonthEnd[3] == 20000000 - 1234567); // April
    CHECK(facts.fund.unspentAtMonthEnd[10] == 20000000 - 1234600);
}
