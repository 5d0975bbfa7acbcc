#pragma once

#include <QString>

namespace partydesk::bench {

// The same figures on the district file and on a PostgreSQL server, side by side (issue 16): start
// to a painted roster, reading the roster and the tree, a search keystroke, a member save until the
// roster is repainted. The server's database gets the file's records first when it is empty.
void benchServerSideBySide(const QString& file, const QString& serverUrl, int runs);

} // namespace partydesk::bench
