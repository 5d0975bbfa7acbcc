#pragma once

#include "JointMeeting.h"
#include "report/TableReport.h"

#include <QHash>

namespace partydesk {

// The printed papers of joint meetings. Unit names come from `unitNames` (id → name).

// 会议纪要 on one A4 page (one sheet in Excel): the meeting's facts, then its decisions with responsible
// unit and due date, and under them lines for the chair, the recorder and each attending unit to sign.
QList<TableReport> meetingRecordReports(const JointMeeting& meeting, const QString& committeeName,
                                        const QHash<qint64, QString>& unitNames);

// 督办台账: every decision of the year with its follow-up; `today` marks the overdue ones.
TableReport decisionsLedgerReport(const QList<JointDecisionRow>& rows, const QString& scopeName, int year,
                                  QDate today);

// 轮值表: the chair unit of each month with its activities as chair.
TableReport rotaReport(const QList<RotaMonth>& months, const QString& committeeName, int year);

} // namespace partydesk
