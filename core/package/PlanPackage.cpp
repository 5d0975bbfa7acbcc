#include "PlanPackage.h"

#include "PackageRows.h"
#include "repository/AuditLog.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "service/WriteRefusal.h"
#include "storage/RecordIdentity.h"
#include "YearPackage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlRecord>

namespace partydesk::PlanPackage {

namespace {

const QString templateKey = QStringLiteral("rating_template");
const QString plansKey = QStringLiteral("monthly_plans");
const QString planActionsKey = QStringLiteral("monthly_plan_actions");
const QString actionsKey = QStringLiteral("prescribed_actions");
const QString uidColumn = QStringLiteral("uid");

const PackageRows::SentTable& planTable()
{
    static const PackageRows::SentTable table{QStringLiteral("monthly_plan"), plansKey, {}, {}, {}, {}};
    return table;
}
const PackageRows::SentTable& actionTable()
{
    static const PackageRows::SentTable table{
        QStringLiteral("prescribed_action"), actionsKey, {}, {}, {}, {}};
    return table;
}

bool ofYear(const QJsonObject& plan, int year)
{
    return plan.value(QStringLiteral("month")).toString().startsWith(QStringLiteral("%1-").arg(year));
}

// Works out, and with `write` does, what the package's plan and actions do here.
class PlanWriter
{
public:
    PlanWriter(QSqlDatabase db, bool write) : m_db(std::move(db)), m_write(write) {}

    QString run(const QJsonObject& payload, Preview* preview)
    {
        QString error = actions(payload.value(actionsKey).toArray(), preview);
        for (const QJsonValue& plan : payload.value(plansKey).toArray())
            if (error.isEmpty())
                error = monthlyPlan(plan.toObject(), payload.value(planActionsKey).toArray(), preview);
        return error;
    }

private:
    // Actions by name; a name this workspace's list lacks is added (active, at the end, the street's uid).
    QString actions(const QJsonArray& sent, Preview* preview)
    {
        for (const QJsonValue& value : sent) {
            const QJsonObject action = value.toObject();
            const QString name = action.value(QStringLiteral("name")).toString();
            if (name.trimmed().isEmpty() || !action.value(QStringLiteral("active")).toInt())
                continue;
            if (actionId(name) != 0)
                continue;
            preview->actionsAdded << name;
            if (!m_write)
                continue;
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral(
                "INSERT INTO prescribed_action (position, name, active, uid) VALUES ((SELECT "
                "coalesce(max(position), 0) + 1 FROM prescribed_action), ?, 1, ?) RETURNING id"));
            q.addBindValue(name);
            q.addBindValue(uidOrNull(action));
            if (QString error = execQuery(q); !error.isEmpty())
                return error;
            returnedId(q);
        }
        return {};
    }

    // A uid no record here has yet, or NULL (one is given later): a uid is never taken twice.
    QVariant uidOrNull(const QJsonObject& row) const
    {
        const QString uid = row.value(uidColumn).toString();
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT count(*) FROM prescribed_action WHERE uid = ?"));
        q.addBindValue(uid);
        if (uid.isEmpty() || !execRead(q) || !q.next() || q.value(0).toInt() > 0)
            return QVariant(QMetaType::fromType<QString>());
        return uid;
    }

    qint64 actionId(const QString& name) const
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT min(id) FROM prescribed_action WHERE name = ?"));
        q.addBindValue(name);
        return execRead(q) && q.next() ? q.value(0).toLongLong() : 0;
    }

    // The plan of one month: by uid, or in place of this workspace's own plan of the month.
    QString monthlyPlan(const QJsonObject& plan, const QJsonArray& planActions, Preview* preview)
    {
        const QString uid = plan.value(uidColumn).toString();
        QStringList names;
        for (const QJsonValue& value : planActions)
            if (value.toObject().value(QStringLiteral("plan_id")).toString() == uid)
                names << value.toObject().value(QStringLiteral("action_id")).toString();
        names.sort();
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT id, uid, theme, day, place, materials FROM monthly_plan WHERE uid = ? OR "
                           "month = ? ORDER BY id"));
        q.addBindValue(uid);
        q.addBindValue(plan.value(QStringLiteral("month")).toString());
        if (!execRead(q))
            return q.lastError().text();
        qint64 same = 0;
        qint64 own = 0;
        bool differs = false;
        while (q.next()) {
            if (q.value(1).toString() == uid) {
                same = q.value(0).toLongLong();
                differs = q.value(2).toString() != plan.value(QStringLiteral("theme")).toString() ||
                          q.value(3).toInt() != plan.value(QStringLiteral("day")).toInt() ||
                          q.value(4).toString() != plan.value(QStringLiteral("place")).toString() ||
                          q.value(5).toString() != plan.value(QStringLiteral("materials")).toString();
            } else {
                own = q.value(0).toLongLong();
            }
        }
        q.finish();
        if (same != 0 && !differs && own == 0 && actionNames(same) == names) {
            ++preview->plansSame;
            return {};
        }
        ++(same == 0 && own == 0 ? preview->plansAdded : preview->plansReplaced);
        if (!m_write)
            return {};
        // This workspace's own plan of the month gives way; its meetings follow the street's.
        qint64 id = same;
        if (own != 0 && same == 0) {
            QSqlQuery park(m_db);
            park.prepare(QStringLiteral("UPDATE monthly_plan SET month = ? WHERE id = ?"));
            park.addBindValue(QStringLiteral("~%1").arg(own));
            park.addBindValue(own);
            if (QString error = execQuery(park); !error.isEmpty())
                return error;
        }
        QSqlQuery w(m_db);
        if (id == 0) {
            w.prepare(QStringLiteral(
                "INSERT INTO monthly_plan (month, theme, day, place, materials, uid) VALUES (?, ?, "
                "?, ?, ?, ?) RETURNING id"));
        } else {
            w.prepare(QStringLiteral(
                "UPDATE monthly_plan SET month = ?, theme = ?, day = ?, place = ?, materials = ? "
                "WHERE uid = ? RETURNING id"));
        }
        w.addBindValue(plan.value(QStringLiteral("month")).toString());
        w.addBindValue(plan.value(QStringLiteral("theme")).toString());
        w.addBindValue(plan.value(QStringLiteral("day")).toInt());
        w.addBindValue(plan.value(QStringLiteral("place")).toString());
        w.addBindValue(plan.value(QStringLiteral("materials")).toString());
        w.addBindValue(uid);
        if (QString error = execQuery(w); !error.isEmpty())
            return error;
        id = returnedId(w);
        QStringList steps;
        if (own != 0 && same == 0)
            steps << QStringLiteral("UPDATE meeting SET plan_id = %1 WHERE plan_id = %2").arg(id).arg(own)
                  << QStringLiteral("DELETE FROM monthly_plan WHERE id = %1").arg(own);
        steps << QStringLiteral("DELETE FROM monthly_plan_action WHERE plan_id = %1").arg(id);
        for (const QString& step : std::as_const(steps)) {
            QSqlQuery s(m_db);
            if (!s.exec(step))
                return s.lastError().text();
        }
        QSqlQuery link(m_db);
        link.prepare(
            QStringLiteral("INSERT INTO monthly_plan_action (plan_id, action_id) VALUES (?, ?) ON CONFLICT "
                           "DO NOTHING"));
        for (const QString& name : std::as_const(names)) {
            const qint64 action = actionId(name);
            if (action == 0)
                continue; // an inactive action of the street's list: not part of the plan here
            link.addBindValue(id);
            link.addBindValue(action);
            if (QString error = execQuery(link); !error.isEmpty())
                return error;
        }
        return {};
    }

    QStringList actionNames(qint64 planId) const
    {
        QStringList names;
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT a.name FROM monthly_plan_action p JOIN prescribed_action a ON a.id = "
                           "p.action_id WHERE p.plan_id = ?"));
        q.addBindValue(planId);
        if (execRead(q))
            while (q.next())
                names << q.value(0).toString();
        names.sort();
        return names;
    }

    QSqlDatabase m_db;
    bool m_write = false;
};

QJsonObject readPayload(const QByteArray& payload, Preview* preview)
{
    const YearPackage::Contents contents = YearPackage::read(payload);
    if (!contents.error.isEmpty() || contents.kind != kind()) {
        preview->error =
            contents.error.isEmpty()
                ? QCoreApplication::translate("PackageImport", "The package's contents cannot be read.")
                : contents.error;
        return {};
    }
    preview->sender = contents.sender;
    preview->year = contents.year;
    preview->madeAt = contents.madeAt;
    preview->digest = PackageHistory::digest(payload);
    return contents.object;
}

Preview work(const QSqlDatabase& db, const QByteArray& payload, const QByteArray& senderKey, bool write)
{
    Preview preview;
    const QJsonObject object = readPayload(payload, &preview);
    if (!preview.error.isEmpty())
        return preview;
    const PackageHistory::Last last = PackageHistory::last(db, senderKey, preview.year);
    preview.lastMadeAt = last.madeAt;
    preview.freshness = PackageHistory::compare(last, preview.madeAt, preview.digest);
    const QJsonObject ratingTemplate = object.value(templateKey).toObject();
    preview.hasTemplate = !ratingTemplate.isEmpty();
    if (preview.hasTemplate) {
        preview.ratingTemplate =
            write ? PackageTemplate::install(db, ratingTemplate) : PackageTemplate::check(db, ratingTemplate);
        if (!preview.ratingTemplate.error.isEmpty()) {
            preview.error = preview.ratingTemplate.error;
            return preview;
        }
    }
    preview.error = PlanWriter(db, write).run(object, &preview);
    return preview;
}

} // namespace

QString kind()
{
    return QStringLiteral("plan");
}

QByteArray build(QSqlDatabase db, int year, const QString& sender, QString* error)
{
    if (const QString failed = RecordIdentity::assignMissing(db); !failed.isEmpty()) {
        *error = failed;
        return {};
    }
    const PackageRows::Identities names = PackageRows::identities(db);
    QJsonObject payload{
        {QStringLiteral("format"), YearPackage::format()},
        {QStringLiteral("kind"), kind()},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("year"), year},
        {QStringLiteral("made_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    const QJsonObject ratingTemplate = PackageTemplate::templateOf(db, year, error);
    if (!error->isEmpty())
        return {};
    if (!ratingTemplate.isEmpty())
        payload.insert(templateKey, ratingTemplate);
    QJsonArray plans;
    QHash<QString, QString> planUids; // of the year's plans, by id
    for (const PackageRows::Row& row : PackageRows::rowsOf(db, planTable(), names, error))
        if (ofYear(row.values, year)) {
            plans.append(row.values);
            planUids.insert(QString::number(row.id), row.values.value(uidColumn).toString());
        }
    QJsonArray actions;
    for (const PackageRows::Row& row : PackageRows::rowsOf(db, actionTable(), names, error))
        actions.append(row.values);
    if (!error->isEmpty())
        return {};
    QJsonArray planActions;
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT p.plan_id, a.name FROM monthly_plan_action p JOIN prescribed_action a ON "
                           "a.id = p.action_id ORDER BY p.plan_id, a.position"))) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next())
        if (planUids.contains(q.value(0).toString()))
            planActions.append(QJsonObject{{QStringLiteral("plan_id"), planUids.value(q.value(0).toString())},
                                           {QStringLiteral("action_id"), q.value(1).toString()}});
    if (ratingTemplate.isEmpty() && plans.isEmpty()) {
        *error = QCoreApplication::translate(
                     "PackageImport", "This workspace has neither a rating template nor a theme-day plan "
                                      "for %1: there is nothing to send.")
                     .arg(year);
        return {};
    }
    payload.insert(plansKey, plans);
    payload.insert(planActionsKey, planActions);
    payload.insert(actionsKey, actions);
    return YearPackage::compressed(payload);
}

Preview preview(const QSqlDatabase& db, const QByteArray& payload, const QByteArray& senderKey)
{
    return work(db, payload, senderKey, false);
}

Outcome install(QSqlDatabase db, const WriteGate& gate, AuditLog& audit, const QByteArray& payload,
                const QByteArray& senderKey)
{
    Outcome outcome;
    if (const QString why =
            writeRefusal(gate, audit.session(), {Permission::EditRating, Permission::EditMeetings});
        !why.isEmpty()) {
        outcome.status = Outcome::Status::Refused;
        outcome.message = why;
        return outcome;
    }
    ScopedTransaction transaction(db);
    if (!transaction.error().isEmpty()) {
        outcome.message = transaction.error();
        return outcome;
    }
    const Preview before = preview(db, payload, senderKey);
    if (!before.error.isEmpty()) {
        outcome.message = before.error;
        return outcome;
    }
    outcome.done = before;
    if (before.freshness == PackageHistory::Freshness::SamePackage) {
        outcome.status = Outcome::Status::NothingToDo;
        return outcome;
    }
    if (before.freshness == PackageHistory::Freshness::Older ||
        before.freshness == PackageHistory::Freshness::SameTimeOther) {
        outcome.status = Outcome::Status::Refused;
        outcome.message = QCoreApplication::translate(
                              "PackageImport", "This package (made %1) is not newer than the one already "
                                               "installed from the same sender for %2 (made %3): it is not "
                                               "installed.")
                              .arg(PackageHistory::shownTime(before.madeAt))
                              .arg(before.year)
                              .arg(PackageHistory::shownTime(before.lastMadeAt));
        return outcome;
    }
    outcome.done = work(db, payload, senderKey, true);
    QString error = outcome.done.error;
    if (error.isEmpty())
        error = PackageHistory::remember(db, senderKey, before.year, before.madeAt, before.digest);
    const QString summary = QStringLiteral("%1 %2 %3: template %4; plans +%5 ~%6; actions +%7")
                                .arg(before.sender)
                                .arg(before.year)
                                .arg(PackageHistory::shownTime(before.madeAt))
                                .arg(before.hasTemplate ? int(outcome.done.ratingTemplate.installed) : -1)
                                .arg(outcome.done.plansAdded)
                                .arg(outcome.done.plansReplaced)
                                .arg(outcome.done.actionsAdded.size());
    if (error.isEmpty() && !audit.record(QStringLiteral("package.plan"), summary))
        error = QStringLiteral("audit_log: could not record the import");
    if (error.isEmpty())
        error = transaction.commit();
    if (!error.isEmpty()) {
        transaction.rollback();
        outcome.status = Outcome::Status::Failed;
        outcome.message = error;
        return outcome;
    }
    outcome.status = Outcome::Status::Installed;
    return outcome;
}

QStringList describe(const Preview& plan, bool done)
{
    QStringList lines;
    if (plan.hasTemplate) {
        QString state;
        switch (plan.ratingTemplate.installed) {
        case PackageTemplate::Installed::Added:
            state = done ? QCoreApplication::translate("PlanPackage", "installed")
                         : QCoreApplication::translate("PlanPackage", "new");
            break;
        case PackageTemplate::Installed::Changed:
            state = done ? QCoreApplication::translate("PlanPackage", "brought up to date")
                         : QCoreApplication::translate("PlanPackage", "changed");
            break;
        case PackageTemplate::Installed::Same:
            state = QCoreApplication::translate("PlanPackage", "the same");
            break;
        case PackageTemplate::Installed::Refused:
            state = QCoreApplication::translate("PlanPackage", "not installed: %1")
                        .arg(plan.ratingTemplate.message);
            break;
        }
        lines << QCoreApplication::translate("PlanPackage", "  rating template: %1").arg(state);
    }
    lines << QCoreApplication::translate("PlanPackage", "  theme-day plans: %1 new, %2 replaced, %3 the same")
                 .arg(plan.plansAdded)
                 .arg(plan.plansReplaced)
                 .arg(plan.plansSame);
    if (!plan.actionsAdded.isEmpty())
        lines << QCoreApplication::translate("PlanPackage", "  prescribed actions added to the list: %1")
                     .arg(plan.actionsAdded.join(QStringLiteral("、")));
    if (plan.freshness == PackageHistory::Freshness::SamePackage && !done)
        lines << QCoreApplication::translate("PlanPackage", "This package has already been imported.");
    return lines;
}

} // namespace partydesk::PlanPackage
