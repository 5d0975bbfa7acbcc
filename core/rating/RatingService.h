#pragma once

#include "domain/Clock.h"
#include "RatingRepository.h"
#include "service/ServiceResult.h"

#include <functional>

namespace partydesk {

class AuditLog;
class OrganisationRepository;

// Every rule of the star rating that a write must obey, in one place: the scoring page, the
// score-sheet import and the command line all save through here. A finished year is final until
// it is reopened with a reason, which the audit log keeps.
class RatingService
{
public:
    RatingService(RatingRepository& ratings, OrganisationRepository& organisations, AuditLog& audit,
                  const Clock& clock)
        : m_ratings(ratings), m_organisations(organisations), m_audit(audit), m_clock(clock)
    {
    }

    // Starts `year` from the latest earlier year's template and branches, or (a workspace's first
    // year) from the default template and every branch. A year that exists is left as it is.
    ServiceResult startYear(int year);

    ServiceResult saveTaskScore(int year, qint64 orgId, qint64 taskId, const TaskScore& score);
    ServiceResult saveItemScore(int year, qint64 orgId, qint64 itemId, const ItemScore& score);
    // Sheets read from a filled workbook, in one transaction. A finished year is refused unless
    // `reopenReason` is given, which reopens it first (and is recorded).
    ServiceResult importSheets(int year, const QList<ScoreSheet>& sheets, const QString& reopenReason = {});
    // A branch's sheet as saved now, with its rows' versions (empty when the year has no session).
    ScoreSheet savedSheet(int year, qint64 orgId) const;
    ServiceResult saveTemplate(RatingTemplate& ratingTemplate);
    ServiceResult setOrganisations(int year, const QList<qint64>& orgIds);

    // Marks the result final (dated today); recorded in the audit log.
    ServiceResult finishYear(int year);
    // Makes a finished year editable again; the reason is required and recorded.
    ServiceResult reopenYear(int year, const QString& reason);
    bool isFinished(int year) const;

private:
    // The session of an editable year, or why the year cannot be edited.
    ServiceResult editableSession(int year) const;
    ServiceResult checkSheet(const RatingTemplate& ratingTemplate, const ScoreSheet& sheet) const;
    // One value of one sheet: the year editable, the value within the template, then `write`.
    ServiceResult saveOne(int year, const ScoreSheet& sheet,
                          const std::function<WriteResult(qint64 sessionId)>& write);

    RatingRepository& m_ratings;
    OrganisationRepository& m_organisations;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace partydesk
