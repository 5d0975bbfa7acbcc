#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace partydesk::bench {

double median(std::vector<double> v);
double percentile(std::vector<double> v, double p);

// Every figure of a run, by a stable key, for `--json` (compared from one run to the next).
QJsonObject& figures();
void record(const QString& key, double value);

// One run of another program, as a user's shell would start it.
struct ProgramRun
{
    double seconds = 0;
    double peakMb = 0; // the program's own peak resident memory
    int exitCode = -1; // -1: killed or not started
};
// Runs `program` with `arguments` (stdout and stderr discarded); `openFiles` > 0 lowers its limit
// of open files first, as `ulimit -n` would.
ProgramRun runProgram(const QString& program, const QStringList& arguments, int openFiles = 0);

} // namespace partydesk::bench
