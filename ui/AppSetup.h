#pragma once

#include <QString>

class QApplication;
class QCoreApplication;

namespace partydesk {

// Loads our translation and Qt's own for `language` ("zh_CN" or "en").
void installTranslations(QCoreApplication& app, const QString& language);

// Chinese must be drawn with a Simplified Chinese face: with a non-Chinese system locale Qt
// would pick the Japanese face of Noto Sans CJK.
void applyChineseFont(QApplication& app);

} // namespace partydesk
