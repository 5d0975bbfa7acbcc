#pragma once

#include "domain/Organisation.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// What the secretary's home page lists as needing doing, from facts already in the workspace.
enum class AgendaKind
{
    ThemeDaysMissing,   // this month's theme Party day not recorded
    MeetingGaps,        // 三会一课 gaps so far this quarter
    ProbationDue,       // probation ending within 60 days, or overdue
    DevelopmentDue,     // development steps due or overdue
    ReceiptsWaiting,    // transfers out without a receipt after 3 months
    TermsEnding,        // committees whose term ends within 90 days, or has ended
    PoliticalBirthdays, // this month
    FiftyYearMedals,    // "光荣在党50年" candidates of the year
    DuesArrears,        // members with unpaid months
    RectificationDue,   // lagging branches' rectification items due within 30 days, or overdue
    WishesWaiting,      // micro-wishes published and not yet claimed
    DecisionsDue,       // joint meetings' decisions due within 14 days, or overdue
    ProjectsOverdue,    // co-building projects past their due date
    MissingData         // members with required data missing
};

// Where an entry is dealt with: the page the home page opens.
enum class AgendaPlace
{
    Meetings,
    Compliance, // the meetings page's 三会一课 tab
    Development,
    Transfers,
    Organisation,
    Rating,
    Dues,
    Wishes,          // 共建共治 → 微心愿
    JointMeetings,   // 共建共治 → 联席会议
    CoBuildingLists, // 共建共治 → 三张清单
    Member           // the member's own record on the roster
};

struct AgendaEntry
{
    QString text;   // "东风社区第一党支部", "张伟（第一党支部）"
    QString detail; // what is due or missing
    QDate due;      // when it is or was due (may be invalid)
    bool overdue = false;
    qint64 orgId = 0;
    qint64 memberId = 0;
    qint64 recordId = 0; // the transfer, rectification item… when the place has such records
};

struct AgendaItem
{
    AgendaKind kind = AgendaKind::MissingData;
    AgendaPlace place = AgendaPlace::Member;
    QString title;       // "本月主题党日未记录"
    int count = 0;       // entries in all; `entries` holds at most the limit given
    bool urgent = false; // something overdue
    QList<AgendaEntry> entries;
};

struct AgendaScope
{
    QList<Organisation> organisations; // every organisation of the workspace
    qint64 rootId = 0;                 // the selected organisation; 0: the whole workspace
    QDate today;
    int entryLimit = 200; // entries listed per item; counts are always whole
};

// Every item with at least one entry, in the order of AgendaKind. Each is computed in SQL over the
// scope's organisations, never by loading the roster: it stays fast at district scale. Items of
// other parts (development, dues) are added by their own functions (see AgendaParts.h).
QList<AgendaItem> buildAgenda(const QSqlDatabase& db, const AgendaScope& scope);

// The title of an item, in the user's language.
QString agendaTitle(AgendaKind kind);

} // namespace partydesk
