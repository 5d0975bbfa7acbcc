#pragma once

#include "AppraisalRepository.h"
#include "report/TableReport.h"

namespace partydesk {

// "优秀 3 (33.3 %), 合格 5 (55.6 %), 基本合格 1 (11.1 %), 不合格 0 (0.0 %)" of those rated, translated.
QString appraisalCountLine(const GradeCounts& counts, int rated);

// 民主评议党员结果汇总表 of one branch and year: each member with sex, status, self grade, the votes of
// the mutual appraisal and the masses' opinion per grade, the result and the handling; the count line
// under the title. `branchName` names the branch in the subtitle.
TableReport appraisalResultTable(const AppraisalSession& session, const QList<AppraisalRow>& rows,
                                 const QString& branchName);

} // namespace partydesk
