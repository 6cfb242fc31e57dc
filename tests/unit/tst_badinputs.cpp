// SPDX-License-Identifier: GPL-3.0-or-later
// Every input under tests/data/bad/ (what the fuzzers found, and hostile files written by hand) and every fuzz seed
// goes through the same entry points as the fuzz targets (tests/fuzz/fuzzinputs.h): no crash, no broken promise.
// Under the asan preset this is also the sanitizers' check of those inputs.
#include "fuzzinputs.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

class TestBadInputs : public QObject
{
    Q_OBJECT

private:
    static void addRows(const QString &kind, const QString &dir)
    {
        QDirIterator it(dir, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(kind + QLatin1Char('/') + QFileInfo(path).fileName())) << kind << path;
        }
    }

private Q_SLOTS:
    void initTestCase() { atlas::fuzz::prepareProcess(); }

    // A directory of tests/data/bad/ that no entry reads would be a regression file that nothing opens.
    void everyBadDirectoryHasAnEntry()
    {
        const QDir bad(QStringLiteral(ATLAS_TEST_DATA_DIR "/bad"));
        QVERIFY(bad.exists());
        const QStringList kinds = bad.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(kinds, QStringList({"csv", "layer", "project", "style"}));
        for (const QString &kind : kinds) {
            QVERIFY2(atlas::fuzz::entryNamed(kind), qPrintable(kind));
            QVERIFY2(!QDir(bad.filePath(kind)).isEmpty(QDir::Files), qPrintable(kind + " has no input"));
        }
    }

    void inputIsHandled_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        const QString data = QStringLiteral(ATLAS_TEST_DATA_DIR);
        for (const QString &kind : atlas::fuzz::entryNames())
            addRows(kind, data + QStringLiteral("/bad/") + kind);
        // The seeds: what the fuzzers start from must itself be handled.
        addRows(QStringLiteral("csv"), data + QStringLiteral("/csv"));
        addRows(QStringLiteral("project"), data + QStringLiteral("/projects"));
        addRows(QStringLiteral("style"), data + QStringLiteral("/styles"));
        addRows(QStringLiteral("layer"), data + QStringLiteral("/layers"));
    }

    void inputIsHandled()
    {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        const atlas::fuzz::Problem problem = atlas::fuzz::entryNamed(kind)(bytes);
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    }
};

QTEST_GUILESS_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
