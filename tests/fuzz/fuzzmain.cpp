// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer target: ATLAS_FUZZ_ENTRY names the kind of input (fuzzinputs.h), set per target by CMakeLists.txt.
#include "fuzzinputs.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    atlas::fuzz::prepareProcess();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const atlas::fuzz::Entry entry = atlas::fuzz::entryNamed(QStringLiteral(ATLAS_FUZZ_ENTRY));
    if (const atlas::fuzz::Problem problem = entry(QByteArrayView(data, qsizetype(size)))) {
        // A broken promise is a finding like a crash: abort so that libFuzzer saves the input.
        std::fprintf(stderr, "fuzz_%s: %s\n", ATLAS_FUZZ_ENTRY, qPrintable(*problem));
        std::abort();
    }
    return 0;
}
