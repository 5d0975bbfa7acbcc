#pragma once

#include <QString>

class QApplication;
class QCoreApplication;
class QTranslator;

namespace partydesk {

// Loads our translation and Qt's own for `language` ("zh_CN" or "en"), and (zh_CN) has Qt's own
// file dialog write dates and sizes in Chinese (FileDialogLocale).
void installTranslations(QCoreApplication& app, const QString& language);

// Qt's own strings in `language` (the file, print and page-setup dialogs, standard buttons, the
// text fields' menu), from Qt's installation or a translations folder beside the program.
bool loadQtTranslation(QTranslator& translator, const QString& language);

// Chinese must be drawn with a Simplified Chinese face: with a non-Chinese system locale Qt
// would pick the Japanese face of Noto Sans CJK.
void applyChineseFont(QApplication& app);

} // namespace partydesk
