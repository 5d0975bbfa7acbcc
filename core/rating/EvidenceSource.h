#pragma once

#include <QString>
#include <QStringList>

namespace partydesk {

// The facts a rating task's score can be suggested from (rating_task.evidence_source), so that what
// the workspace already records is never typed twice. The codes are stored; the names are shown.
namespace EvidenceSource {

inline const QString None;
inline const QString InServiceService = QStringLiteral("in_service_service"); // 在职党员报到与服务
inline const QString MicroWishes = QStringLiteral("micro_wishes");            // 微心愿
inline const QString CoBuildingLists = QStringLiteral("cogov_lists");         // 三张清单、联席会议
inline const QString ServiceFund = QStringLiteral("service_fund");            // 服务群众专项经费

// Every source, in the order they are offered.
QStringList all();
// The source's name in the user's language ('' for none; an unknown code is shown as it is).
QString name(const QString& code);
// The code of a name or a code as typed in a template file ('' for empty); nullopt-like: returns
// `ok = false` for text that names no source.
QString fromText(const QString& text, bool* ok);

} // namespace EvidenceSource

} // namespace partydesk
