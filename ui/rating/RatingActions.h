#pragma once

#include <QtGlobal>

class QWidget;

namespace partydesk {

class Workspace;

// What the star-rating page does with files: the annual report (PDF, Excel, print), blank score
// sheets handed out, filled sheets read back. Each asks what it needs and says how it went.
namespace RatingActions {

void exportReport(QWidget* parent, Workspace& workspace, int year, bool pdf);
void printReport(QWidget* parent, Workspace& workspace, int year);
void exportBlankSheets(QWidget* parent, Workspace& workspace, int year);
// Returns true when something was saved.
bool importSheets(QWidget* parent, Workspace& workspace, int year);

} // namespace RatingActions
} // namespace partydesk
