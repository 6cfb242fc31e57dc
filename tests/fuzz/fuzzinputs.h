// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace atlas::fuzz {

/**
 * What the program does with bytes from outside, one function per kind of input. The libFuzzer targets (fuzzmain.cpp)
 * and the regression test of tests/data/bad/ (tests/unit/tst_badinputs.cpp) call the same functions, so a crash a
 * fuzzer found stays found by the ordinary test suite.
 *
 * Each returns the broken promise, if any: a refusal without a reason, a project or style that reads but does not
 * read back after being written. A crash, a leak or undefined behaviour is caught by the sanitizers instead.
 */
using Problem = std::optional<QString>;

/** A CSV through the coordinate detection (lon/lat or WKT columns by name), then the layer it makes. */
Problem openCsv(QByteArrayView bytes);
/** A `.atlas` project document: JSON parsing, validation and migration, then a write and read back. */
Problem readProject(QByteArrayView bytes);
/** A layer style as projects store it, read, written back and applied to a small layer. */
Problem readStyle(QByteArrayView bytes);
/** Any file a planner adds to the map, through the layer opener (GDAL vector drivers, then raster). */
Problem openLayer(QByteArrayView bytes);

/** The kinds by the name of their directory under tests/data/bad/ and of their fuzz target (fuzz_<name>). */
using Entry = Problem (*)(QByteArrayView);
[[nodiscard]] Entry entryNamed(const QString &name);
[[nodiscard]] QStringList entryNames();

/** Once per process: GDAL quiet and offline, Qt's messages dropped (the fuzzer's output is its statistics). */
void prepareProcess();

} // namespace atlas::fuzz
