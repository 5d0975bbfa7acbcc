#pragma once

namespace partydesk {

class Workspace;

// Before the window opens: a new workspace asks for its first 书记/管理员 (or, clearly, to work
// without sign-in); a workspace with sign-in asks for name and password. False when the user
// closed the dialog: the program ends without opening the window.
bool startSession(Workspace& workspace, bool newWorkspace);

} // namespace partydesk
