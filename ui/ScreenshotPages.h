#pragma once

#include <QStringList>

namespace partydesk {

class MainWindow;
class Workspace;

// The screenshot names of the main window's pages and of every tab inside them (the home page's
// charts, the development page's probation list, each part of 共建共治 and its tabs …), with the
// organisation each is shown for. Every tab of the window has one (tests/gui/test_screenshots.cpp).
QStringList windowScreenshotPages();
// Brings `page` to the front of `window`, at the organisation it is shown for; false when `page`
// is not one of windowScreenshotPages().
bool showWindowScreenshotPage(MainWindow& window, Workspace& workspace, const QString& page);

} // namespace partydesk
