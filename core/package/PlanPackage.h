#pragma once

#include "PackageHistory.h"
#include "PackageTemplate.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace partydesk {

class AuditLog;
class WriteGate;

// What a street sends its communities for a year (payload kind "plan"): its rating template of the
// year (PackageTemplate, with its uids, so that the communities' ratings later match it), its theme-day
// plan of the year (monthly_plan with the prescribed actions of each month, by name) and its list of
// prescribed actions.
namespace PlanPackage {

QString kind();

// The payload; empty and `*error` set on failure (a year with neither template nor plan is refused).
QByteArray build(QSqlDatabase db, int year, const QString& sender, QString* error);

// What a plan package would do here, and after install what it did.
struct Preview
{
    QString sender;
    int year = 0;
    QString madeAt;
    QString digest;
    PackageHistory::Freshness freshness = PackageHistory::Freshness::First;
    QString lastMadeAt;
    bool hasTemplate = false;
    PackageTemplate::Outcome ratingTemplate; // Refused: why, and the rest is installed all the same
    int plansAdded = 0;                      // months this workspace had no plan for
    int plansReplaced = 0;                   // months whose plan here is replaced or brought up to date
    int plansSame = 0;
    QStringList actionsAdded; // prescribed actions this workspace's list did not have
    QString error;
};
Preview preview(const QSqlDatabase& db, const QByteArray& payload, const QByteArray& senderKey);
// The preview for the user, a line each: the template, the plans, the actions added; `done`: as
// installed rather than as it would be.
QStringList describe(const Preview& preview, bool done);

struct Outcome
{
    enum class Status
    {
        Installed,
        NothingToDo, // this very package was installed already
        Refused,     // older than the last one, or no permission
        Failed
    };
    Status status = Status::Failed;
    QString message;
    Preview done;
};
// Installs it in one transaction: the template (unless scores were entered against this workspace's
// template of the year: then it stays, and `done.ratingTemplate.message` says so), the months of the
// plan (a month this workspace planned itself takes the street's plan, its meetings follow it; months
// the street did not plan stay as they are), and prescribed actions not on this workspace's list.
// Needs the rights to edit the rating and meetings. One audit entry.
Outcome install(QSqlDatabase db, const WriteGate& gate, AuditLog& audit, const QByteArray& payload,
                const QByteArray& senderKey);

} // namespace PlanPackage
} // namespace partydesk
