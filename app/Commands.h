#pragma once

#include <QStringList>

namespace partydesk {

// The command line: `partydesk [--db FILE]` starts the window; `demo` and `screenshot` are for
// setting up and documenting. Each returns the process exit code.
int runCommandLine(int argc, char** argv);

} // namespace partydesk
