#pragma once

#include <QString>

class QWidget;

namespace partydesk {

// Asks before deleting a record entered by mistake: `question` names it, `explanation` says what
// deleting is for (and what to do instead) and that it can be undone. True when the user chose
// 删除; the buttons are "confirmDeleteButton" and Cancel, in a box named `objectName`.
bool confirmDeletion(QWidget* parent, const QString& objectName, const QString& title, const QString& question,
                     const QString& explanation);

} // namespace partydesk
