#pragma once

#include "RatingCalculator.h"
#include "RatingTemplate.h"
#include "Rectification.h"
#include "repository/RepositoryError.h"
#include "storage/WriteGate.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>

namespace partydesk {

// Everything of one year's rating, read together.
struct RatingYear
{
    RatingTemplate ratingTemplate;
    qint64 sessionId = 0;
    QDate finishedOn;         // set when the year's result is final; editing needs a reopening
    QList<qint64> orgIds;     // the organisations rated, in tree order
    QList<ScoreSheet> sheets; // one per organisation rated, in the same order
};

class RatingRepository
{
public:
    explicit RatingRepository(QSqlDatabase db, const WriteGate* gate = nullptr)
        : m_db(std::move(db)), m_gate(gate)
    {
    }

    // Templates (RatingTemplateRepository.cpp).
    QList<int> years() const; // years with a template, newest first
    std::optional<RatingTemplate> templateForYear(int year) const;
    // Writes the template: existing aspects, tasks and items by id are updated, new ones added,
    // the missing ones deleted (with their scores). On success `t` carries the new ids.
    WriteResult saveTemplate(RatingTemplate& t);
    // Copies the template of `fromYear` into `toYear` (which must have none yet).
    WriteResult copyTemplate(int fromYear, int toYear);

    // The year's session, created on first use with the template (the default if the year has none).
    WriteResult ensureSession(int year, QDate today);
    WriteResult setSessionOrganisations(qint64 sessionId, const QList<qint64>& orgIds);
    std::optional<RatingYear> loadYear(int year) const;
    // The year's session and whether it is finished, without its scores: 0 when there is none.
    qint64 sessionId(int year, QDate* finishedOn = nullptr) const;
    ScoreSheet sheet(qint64 sessionId, qint64 orgId) const;

    // Saved as the user types: one transaction per value. A score read with its row's version
    // (rowVersion >= 0) is saved only if the row is still at that version, else the result is
    // stale(); after a save the row's version is 0 when cleared, else one more (1 when new).
    WriteResult saveTaskScore(qint64 sessionId, qint64 orgId, qint64 taskId, const TaskScore& score);
    WriteResult saveItemScore(qint64 sessionId, qint64 orgId, qint64 itemId, const ItemScore& score);
    // Writes many sheets at once (an import), in one transaction.
    WriteResult saveSheets(qint64 sessionId, const QList<ScoreSheet>& sheets);
    // An invalid date reopens the year.
    WriteResult setFinished(qint64 sessionId, QDate finishedOn);

    QList<Rectification> rectifications(qint64 sessionId, qint64 orgId = 0) const;
    WriteResult saveRectification(const Rectification& item);
    WriteResult deleteRectification(qint64 id);

    QString refusal() const { return m_gate ? m_gate->refusal() : QString(); }
    // For a service that writes this and the audit log in one transaction.
    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    const WriteGate* m_gate = nullptr;
};

} // namespace partydesk
