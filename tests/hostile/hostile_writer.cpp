// Not a test: a child process for tst_nolostwork. Writes a big file to a
// target through the real code, so the test can kill it mid-write or limit the
// size of the files it may write (RLIMIT_FSIZE), then check the old file.
//
//   hostile_writer session TARGET MEGABYTES   SessionFile::save of a session
//                                              holding MEGABYTES of pasted text
//   hostile_writer atomic TARGET MEGABYTES    AtomicFileWriter (the UI's exports)
//   hostile_writer atomic-pause TARGET MEGABYTES
//                                              the same, but after the first
//                                              64 KiB it prints "writing" and
//                                              waits for standard input to close
//   hostile_writer cli compare ARGUMENTS...   the parallax command line in
//                                              process (its exports, its exit code)
//
// Exit status: 0 written, 2 the write failed (the error on stderr), 64 usage;
// for cli, parallax's own exit status.
#include "atomicfilewriter.h"
#include "cli.h"
#include "session/sessionfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

QByteArray chunk()
{
    QByteArray bytes;
    while (bytes.size() < 64 * 1024)
        bytes.append("The ferry sailed again on Monday and its crew of 12 was praised. ");
    return bytes.first(64 * 1024);
}

int report(const std::optional<Error> &error)
{
    if (!error)
        return 0;
    QTextStream(stderr) << error->path << ": " << error->message << '\n';
    return 2;
}

int saveSession(const QString &target, int megabytes)
{
    // 0 megabytes: 2 KB, which stays in QSaveFile's buffer until commit.
    const QString text = megabytes == 0 ? QString::fromLatin1(chunk().first(2048))
                                        : QString::fromLatin1(chunk()).repeated(megabytes * 16);
    Session session;
    session.articles.push_back(SessionArticle {{}, {}, u"Pasted"_s, {}, {}, u"en"_s, text});
    return report(SessionFile().save(session, target));
}

int writeAtomically(const QString &target, int megabytes, bool pause)
{
    // 0 megabytes: one write of 2 KB, which stays in QSaveFile's buffer until commit.
    const QByteArray bytes = megabytes == 0 ? chunk().first(2048) : chunk();
    return report(AtomicFileWriter().write(target, [&](QIODevice &device) {
        for (int i = 0; i < std::max(1, megabytes * 16); ++i) {
            if (device.write(bytes) != bytes.size())
                return false;
            if (i == 0 && pause) {
                // The test kills us here, with a partial file written.
                std::fputs("writing\n", stdout);
                std::fflush(stdout);
                QFile in;
                if (in.open(stdin, QIODevice::ReadOnly))
                    in.readAll();
            }
        }
        return true;
    }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 2 && args[1] == u"cli") {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return runCli(QStringList {u"parallax"_s} + args.mid(2), out, err);
    }
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: hostile_writer session|atomic|atomic-pause TARGET MEGABYTES\n"
                               "       hostile_writer cli compare ARGUMENTS...\n";
        return 64;
    }
    const QString &kind = args[1];
    const QString &target = args[2];
    const int megabytes = args[3].toInt();
    if (kind == u"session")
        return saveSession(target, megabytes);
    if (kind == u"atomic" || kind == u"atomic-pause")
        return writeAtomically(target, megabytes, kind == u"atomic-pause");
    QTextStream(stderr) << "unknown kind " << kind << '\n';
    return 64;
}
