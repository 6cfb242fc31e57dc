// SPDX-License-Identifier: GPL-3.0-or-later
// No data lost: the real program, killed (SIGKILL) while it writes an export over an earlier one, leaves the earlier
// file byte for byte and no partial or temporary file. A killed process cleans nothing up, so this holds only if the
// output has no name until it is complete (QSaveFile, PendingOutput) and then takes the target's in one rename.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

class TestExportKill : public QObject
{
    Q_OBJECT

private:
    // The bytes of an earlier export (not an image: only their identity matters).
    static QByteArray previousBytes(const QString &name) { return "earlier export " + name.toUtf8() + '\n'; }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
    }

    // Bytes already written to a file that `pid` holds open for writing in `dir` (its output, named or unnamed:
    // an O_TMPFILE shows as "dir/#inode (deleted)"); -1 when it has none open there.
    static qint64 bytesBeingWritten(qint64 pid, const QString &dir)
    {
        const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
        qint64 written = -1;
        for (const QString &fd : QDir(fds).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
            const QString target = QFile::symLinkTarget(fds + QLatin1Char('/') + fd);
            if (!target.startsWith(dir + QLatin1Char('/')))
                continue;
            const QByteArray info = readFile(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid).arg(fd));
            const qsizetype at = info.indexOf("flags:");
            const int flags = at < 0 ? 0 : info.mid(at + 6).trimmed().split('\n').front().toInt(nullptr, 8);
            struct stat st = {};
            if ((flags & 3) != 0 && ::stat(QFile::encodeName(fds + QLatin1Char('/') + fd).constData(), &st) == 0)
                written = std::max(written, qint64(st.st_size));
        }
        return written;
    }

    // Runs `nearshore-atlas export ARGS` and kills it once it has printed `cue` and has bytes of its output on disk.
    // False when the export ended before that: the test's export is then too small to catch it in the act.
    static bool killWhileWriting(const QStringList &args, const QString &dir, const QByteArray &cue, QString *log)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(ATLAS_EXECUTABLE), QStringList{QStringLiteral("export")} + args);
        if (!process.waitForStarted())
            return false;
        QByteArray err;
        QElapsedTimer clock;
        clock.start();
        bool killed = false;
        while (process.state() != QProcess::NotRunning && clock.elapsed() < 240000) {
            process.waitForReadyRead(5);
            err += process.readAllStandardError();
            if (!err.contains(cue))
                continue;
            if (bytesBeingWritten(process.processId(), dir) > 0) {
                ::kill(pid_t(process.processId()), SIGKILL);
                killed = true;
                break;
            }
        }
        process.waitForFinished(30000);
        err += process.readAllStandardError();
        *log = QString::fromUtf8(err);
        return killed && process.exitStatus() == QProcess::CrashExit;
    }

private Q_SLOTS:
    // A large PNG slide and a large GeoTIFF, each killed while its bytes are going to disk.
    void singleExport_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("png") << QStringLiteral("map.png") << QStringList{"--size", "9000x6000"};
        QTest::newRow("geotiff") << QStringLiteral("map.tif") << QStringList{"--size", "9000x6000", "--crs", "EPSG:6372"};
    }

    void singleExport()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(name);
        writeFile(target, previousBytes(name));
        QString log;
        const QStringList all = args + QStringList{"--bbox", "-118,14,-86,33", "--out", target};
        QVERIFY2(killWhileWriting(all, QDir(dir.path()).canonicalPath(), "export: rendering", &log), qPrintable(log));
        QCOMPARE(readFile(target), previousBytes(name));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
                 QStringList{name});
    }

    // A deck killed while it writes deck.pdf: the earlier deck stays, each slide already written is a whole new
    // PNG, and nothing else is in the folder.
    void deck()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString deck = dir.filePath(QStringLiteral("deck.pdf"));
        writeFile(deck, previousBytes(QStringLiteral("deck.pdf")));
        QString log;
        QVERIFY2(killWhileWriting({"--all-hubs", dir.path(), "--size", "960x540"}, QDir(dir.path()).canonicalPath(),
                                  "export: writing", &log),
                 qPrintable(log));
        QCOMPARE(readFile(deck), previousBytes(QStringLiteral("deck.pdf")));
        const QStringList left = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        QVERIFY(left.contains(QStringLiteral("deck.pdf")));
        for (const QString &name : left) {
            if (name == QLatin1String("deck.pdf"))
                continue;
            QVERIFY2(name.endsWith(QLatin1String(".png")), qPrintable(name + " was left in the deck's folder"));
            const QImage slide(dir.filePath(name));
            QVERIFY2(slide.size() == QSize(960, 540), qPrintable(name + " is not a whole slide"));
        }
        QVERIFY2(left.size() > 1, "no slide was written before deck.pdf");
    }
};

QTEST_GUILESS_MAIN(TestExportKill)
#include "tst_exportkill.moc"
