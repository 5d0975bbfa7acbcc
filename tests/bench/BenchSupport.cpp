#include "BenchSupport.h"

#include <algorithm>
#include <fcntl.h>
#include <QElapsedTimer>
#include <QFile>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace partydesk::bench {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

QJsonObject& figures()
{
    static QJsonObject all;
    return all;
}

void record(const QString& key, double value)
{
    figures().insert(key, value);
}

ProgramRun runProgram(const QString& program, const QStringList& arguments, int openFiles)
{
    // Sampling every 5 ms misses at most a peak in the last 5 ms before exit.
    // fork and wait4 rather than QProcess: wait4 gives this child's own peak memory.
    std::vector<QByteArray> args{program.toLocal8Bit()};
    for (const QString& a : arguments)
        args.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        if (openFiles > 0) {
            rlimit limit{};
            getrlimit(RLIMIT_NOFILE, &limit);
            limit.rlim_cur = std::min<rlim_t>(rlim_t(openFiles), limit.rlim_max);
            setrlimit(RLIMIT_NOFILE, &limit);
        }
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    ProgramRun run;
    if (pid < 0)
        return run;
    // The peak is sampled from /proc: rusage's ru_maxrss would count the pages the child shared
    // with this (large) process between fork and exec.
    const QString statusFile = QStringLiteral("/proc/%1/status").arg(pid);
    QFile self(QStringLiteral("/proc/self/status"));
    self.open(QIODevice::ReadOnly);
    const QByteArray ownName = self.readLine().trimmed();
    long peakKb = 0;
    int status = 0;
    for (;;) {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (done < 0)
            return run;
        QFile file(statusFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.readAll().split('\n');
            // Before exec the child is still a copy of this program: not its figure.
            if (!lines.isEmpty() && lines.first() != ownName)
                for (const QByteArray& line : lines)
                    if (line.startsWith("VmHWM:"))
                        peakKb = std::max(peakKb, line.mid(6).trimmed().split(' ').first().toLong());
        }
        usleep(5000);
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.peakMb = double(peakKb) / 1024.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace partydesk::bench
