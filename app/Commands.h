#pragma once

#include <QStringList>

namespace partydesk {

// The command line: `partydesk [--db FILE]` starts the window; `partydesk help` lists the commands
// (demo, export, report, scoring, screenshot). Returns the process exit code.
int runCommandLine(int argc, char** argv);

} // namespace partydesk
