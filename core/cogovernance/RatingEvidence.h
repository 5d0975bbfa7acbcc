#pragma once

#include "domain/Organisation.h"
#include "rating/RatingTemplate.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// What the workspace records for a rating task with an evidence source (rating/EvidenceSource.h),
// for one organisation's score sheet of `year`, in words: "在职党员 12 人，已报到 12 人，…". The
// scorer reads it beside the task instead of counting again; it suggests, it never scores.
// In-service members and micro-wishes are counted under the organisation; the three lists, the joint
// meetings and the service fund belong to its community committee. '' for a task without a source.
QString ratingEvidence(const QSqlDatabase& db, const QList<Organisation>& organisations,
                       const QString& source, qint64 orgId, int year);

// The evidence of every task of the template that has a source, by task id.
QHash<qint64, QString> ratingEvidence(const QSqlDatabase& db, const QList<Organisation>& organisations,
                                      const RatingTemplate& ratingTemplate, qint64 orgId, int year);

} // namespace partydesk
