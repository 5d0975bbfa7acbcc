#pragma once

#include <QList>
#include <QPair>
#include <QSize>
#include <QString>

class QDialog;

namespace partydesk {

// A form as it opens on a screen of `screen` (1366×768 when empty): at its own size, centred on an
// empty desktop above a 40-pixel task bar, with each of `mistakes` (a field's object name, the text)
// typed into its field and the field left with Tab, so that the messages show as a user sees them.
// Returns an error text, empty when the picture was written.
QString saveFormScreenshot(QDialog& form, const QString& outFile, QSize screen,
                           const QList<QPair<QString, QString>>& mistakes);

} // namespace partydesk
