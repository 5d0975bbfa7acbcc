#pragma once

#include <QString>

class QAbstractItemModel;
class QPushButton;
class QTableView;

namespace partydesk {

// A list of records as the pages show them: whole rows chosen one at a time, read only (edits go
// through a dialog), no row numbers, columns fitted to their content in the room there is
// (ColumnFitter), with titles that wrap.
QTableView* recordList(QAbstractItemModel* model, const char* objectName);

// A push button with an object name, for tests to find it.
QPushButton* namedButton(const QString& text, const char* objectName);

} // namespace partydesk
