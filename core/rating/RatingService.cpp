#include "RatingService.h"

#include "repository/AuditLog.h"
#include "repository/OrganisationRepository.h"
#include "repository/SqlTransaction.h"
#include "security/Session.h"
#include "storage/BackupCatalogue.h"

#include <QCoreApplication>

namespace partydesk {

namespace {

QString noYear(int year)
{
    return QCoreApplication::translate("RatingService", "There is no star rating for %1.").arg(year);
}

} // namespace

ServiceResult RatingService::editableSession(int year) const
{
    if (const QString why = m_ratings.refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const QString why = m_audit.session().refusal(Permission::EditRating); !why.isEmpty())
        return ServiceResult::refused(why);
    QDate finishedOn;
    const qint64 session = m_ratings.sessionId(year, &finishedOn);
    if (session == 0)
        return ServiceResult::refused(noYear(year));
    if (finishedOn.isValid())
        return ServiceResult::refused(
            QCoreApplication::translate("RatingService",
                                        "The %1 star rating was finished on %2 and its result is final. "
                                        "To change it, reopen the year and give the reason.")
                .arg(year)
                .arg(finishedOn.toString(Qt::ISODate)));
    return ServiceResult::success(session);
}

bool RatingService::isFinished(int year) const
{
    QDate finishedOn;
    return m_ratings.sessionId(year, &finishedOn) != 0 && finishedOn.isValid();
}

ServiceResult RatingService::startYear(int year)
{
    if (const QString why = m_ratings.refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const QString why = m_audit.session().refusal(Permission::EditRating); !why.isEmpty())
        return ServiceResult::refused(why);
    if (year < 2000 || year > 2100)
        return ServiceResult::invalid(
            QCoreApplication::translate("RatingService", "%1 is not a year to rate (2000–2100).").arg(year),
            QStringLiteral("year"));
    const QList<int> years = m_ratings.years();
    if (years.contains(year)) {
        const ServiceResult session =
            ServiceResult::fromWrite(m_ratings.ensureSession(year, m_clock.today()));
        return session;
    }
    int previous = 0;
    for (int y : years)
        if (y < year && y > previous)
            previous = y;
    if (previous)
        if (const WriteResult copied = m_ratings.copyTemplate(previous, year); !copied.ok())
            return ServiceResult::fromWrite(copied, m_ratings.refusal());
    const WriteResult session = m_ratings.ensureSession(year, m_clock.today());
    if (!session.ok())
        return ServiceResult::fromWrite(session, m_ratings.refusal());
    QList<qint64> orgs;
    if (previous)
        if (const std::optional<RatingYear> last = m_ratings.loadYear(previous))
            orgs = last->orgIds;
    if (orgs.isEmpty())
        for (const Organisation& org : m_organisations.all())
            if (isBranchLevel(org.type) && org.type != OrgType::PartyGroup)
                orgs << org.id;
    if (const WriteResult set = m_ratings.setSessionOrganisations(session.id, orgs); !set.ok())
        return ServiceResult::fromWrite(set, m_ratings.refusal());
    return ServiceResult::success(session.id);
}

ServiceResult RatingService::checkSheet(const RatingTemplate& t, const ScoreSheet& sheet) const
{
    for (auto it = sheet.tasks.cbegin(); it != sheet.tasks.cend(); ++it) {
        const RatingTask* task = t.task(it.key());
        if (!task)
            return ServiceResult::invalid(
                QCoreApplication::translate("RatingService", "Task %1 is not in the %2 template.")
                    .arg(it.key())
                    .arg(t.year));
        for (const std::optional<Score>& value : {it->self, it->assessed})
            if (value)
                if (const QString why = scoreProblem(*task, *value); !why.isEmpty())
                    return ServiceResult::invalid(
                        QCoreApplication::translate("RatingService", "%1: %2").arg(task->name, why));
    }
    for (auto it = sheet.items.cbegin(); it != sheet.items.cend(); ++it) {
        const RatingItem* item = nullptr;
        for (const RatingItem& candidate : t.items)
            if (candidate.id == it.key())
                item = &candidate;
        if (!item)
            return ServiceResult::invalid(
                QCoreApplication::translate("RatingService", "Item %1 is not in the %2 template.")
                    .arg(it.key())
                    .arg(t.year));
        if (item->kind == RatingItem::Kind::Veto ? it->points != Score() : it->applied)
            return ServiceResult::invalid(
                QCoreApplication::translate("RatingService",
                                            "%1: a veto takes yes or no, other items points.")
                    .arg(item->name));
        if (const QString why = itemProblem(*item, it->points); !why.isEmpty())
            return ServiceResult::invalid(
                QCoreApplication::translate("RatingService", "%1: %2").arg(item->name, why));
    }
    return ServiceResult::success();
}

ServiceResult RatingService::saveOne(int year, const ScoreSheet& sheet,
                                     const std::function<WriteResult(qint64 sessionId)>& write)
{
    const ServiceResult session = editableSession(year);
    if (!session.ok())
        return session;
    const std::optional<RatingTemplate> t = m_ratings.templateForYear(year);
    if (!t)
        return ServiceResult::refused(noYear(year));
    if (const ServiceResult checked = checkSheet(*t, sheet); !checked.ok())
        return checked;
    return ServiceResult::fromWrite(write(session.id), m_ratings.refusal());
}

ScoreSheet RatingService::savedSheet(int year, qint64 orgId) const
{
    const qint64 session = m_ratings.sessionId(year);
    if (session == 0) {
        ScoreSheet empty;
        empty.orgId = orgId;
        return empty;
    }
    return m_ratings.sheet(session, orgId);
}

ServiceResult RatingService::saveTaskScore(int year, qint64 orgId, qint64 taskId, const TaskScore& score)
{
    ScoreSheet sheet;
    sheet.orgId = orgId;
    sheet.tasks.insert(taskId, score);
    return saveOne(year, sheet,
                   [&](qint64 session) { return m_ratings.saveTaskScore(session, orgId, taskId, score); });
}

ServiceResult RatingService::saveItemScore(int year, qint64 orgId, qint64 itemId, const ItemScore& score)
{
    ScoreSheet sheet;
    sheet.orgId = orgId;
    sheet.items.insert(itemId, score);
    return saveOne(year, sheet,
                   [&](qint64 session) { return m_ratings.saveItemScore(session, orgId, itemId, score); });
}

ServiceResult RatingService::importSheets(int year, const QList<ScoreSheet>& sheets,
                                          const QString& reopenReason)
{
    if (const QString failed =
            BackupCatalogue::takeBeforeWriting(m_ratings.database(), BackupReason::BeforeScoreImport);
        !failed.isEmpty())
        return ServiceResult::storage(failed);
    // One action, one transaction: an import that fails or is killed leaves no reopened year and
    // no empty session behind.
    ScopedTransaction transaction(m_ratings.database());
    if (!transaction.error().isEmpty())
        return ServiceResult::storage(transaction.error());
    if (isFinished(year)) {
        if (reopenReason.trimmed().isEmpty())
            return editableSession(year);
        if (const ServiceResult reopened = reopenYear(year, reopenReason); !reopened.ok())
            return reopened;
    }
    const ServiceResult session = editableSession(year);
    if (!session.ok())
        return session;
    const std::optional<RatingTemplate> t = m_ratings.templateForYear(year);
    if (!t)
        return ServiceResult::refused(noYear(year));
    for (const ScoreSheet& sheet : sheets)
        if (const ServiceResult checked = checkSheet(*t, sheet); !checked.ok())
            return checked;
    const ServiceResult saved =
        ServiceResult::fromWrite(m_ratings.saveSheets(session.id, sheets), m_ratings.refusal());
    if (!saved.ok())
        return saved;
    if (const QString error = transaction.commit(); !error.isEmpty())
        return ServiceResult::storage(error);
    return saved;
}

ServiceResult RatingService::saveTemplate(RatingTemplate& t)
{
    if (const QString why = m_audit.session().refusal(Permission::EditRating); !why.isEmpty())
        return ServiceResult::refused(why);
    if (isFinished(t.year))
        return editableSession(t.year);
    if (const QStringList problems = templateProblems(t); !problems.isEmpty())
        return ServiceResult::invalid(problems.join(QLatin1Char('\n')));
    return ServiceResult::fromWrite(m_ratings.saveTemplate(t), m_ratings.refusal());
}

ServiceResult RatingService::setOrganisations(int year, const QList<qint64>& orgIds)
{
    const ServiceResult session = editableSession(year);
    if (!session.ok())
        return session;
    return ServiceResult::fromWrite(m_ratings.setSessionOrganisations(session.id, orgIds),
                                    m_ratings.refusal());
}

ServiceResult RatingService::finishYear(int year)
{
    const ServiceResult session = editableSession(year);
    if (!session.ok())
        return session;
    QSqlDatabase db = m_ratings.database();
    const WriteResult done = inTransaction(db, [&](qint64* id) -> QString {
        *id = session.id;
        if (const WriteResult set = m_ratings.setFinished(session.id, m_clock.today()); !set.ok())
            return set.error;
        return m_audit.record(QStringLiteral("rating.finish"), QString::number(year))
                   ? QString()
                   : QStringLiteral("audit_log: could not record the finishing");
    });
    return ServiceResult::fromWrite(done, m_ratings.refusal());
}

ServiceResult RatingService::reopenYear(int year, const QString& reason)
{
    if (const QString why = m_ratings.refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const QString why = m_audit.session().refusal(Permission::EditRating); !why.isEmpty())
        return ServiceResult::refused(why);
    if (reason.trimmed().isEmpty())
        return ServiceResult::invalid(
            QCoreApplication::translate("RatingService",
                                        "Give the reason for reopening a finished year; it is recorded."),
            QStringLiteral("reason"));
    QDate finishedOn;
    const qint64 session = m_ratings.sessionId(year, &finishedOn);
    if (session == 0)
        return ServiceResult::refused(noYear(year));
    if (!finishedOn.isValid())
        return ServiceResult::success(session);
    if (const QString failed =
            BackupCatalogue::takeBeforeWriting(m_ratings.database(), BackupReason::BeforeReopen);
        !failed.isEmpty())
        return ServiceResult::storage(failed);
    // The reopening and its reason are one change: neither is kept without the other.
    QSqlDatabase db = m_ratings.database();
    const WriteResult reopened = inTransaction(db, [&](qint64* id) -> QString {
        *id = session;
        if (const WriteResult set = m_ratings.setFinished(session, QDate()); !set.ok())
            return set.error;
        const QString detail =
            QStringLiteral("%1 (%2): %3").arg(year).arg(finishedOn.toString(Qt::ISODate), reason.trimmed());
        return m_audit.record(QStringLiteral("rating.reopen"), detail)
                   ? QString()
                   : QStringLiteral("audit_log: could not record the reopening");
    });
    return ServiceResult::fromWrite(reopened, m_ratings.refusal());
}

} // namespace partydesk
