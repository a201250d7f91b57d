// Not a test: a child process for tst_memorybound. Runs PROGRAM ARGUMENTS...
// as its only child, then prints that child's peak resident set size in KiB
// (getrusage RUSAGE_CHILDREN; -1 where unknown) on standard output. The
// child's output is discarded and its errors forwarded. Exit status: the
// child's, or 70 when it crashed or did not start.
#include <QCoreApplication>
#include <QProcess>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: hostile_peakrss PROGRAM [ARGUMENTS...]\n", stderr);
        return 64;
    }
    QProcess child;
    child.setStandardOutputFile(QProcess::nullDevice());
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(args[1], args.mid(2));
    if (!child.waitForFinished(-1))
        return 70;
    long peakKiB = -1;
#ifdef Q_OS_LINUX
    rusage usage {};
    if (getrusage(RUSAGE_CHILDREN, &usage) == 0)
        peakKiB = usage.ru_maxrss;
#endif
    std::printf("%ld\n", peakKiB);
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 70;
}
