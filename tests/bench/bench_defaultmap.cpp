// SPDX-License-Identifier: GPL-3.0-or-later
// Speed and memory of the default map: loading the embedded geodata through GDAL and rendering it.
// Run with ./atlas bench; the report lands in build/release/bench/.
#include "defaultmap.h"
#include "maprenderer.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

namespace {

double peakResidentMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void loadDefaultData(benchmark::State &state)
{
    for (auto _ : state) {
        atlas::DefaultMap map = atlas::DefaultMap::load();
        benchmark::DoNotOptimize(map.layers.data());
    }
    state.counters["peak_rss_MiB"] = peakResidentMiB();
}
BENCHMARK(loadDefaultData)->Unit(benchmark::kMillisecond);

void renderDefaultMap(benchmark::State &state)
{
    static const atlas::DefaultMap map = atlas::DefaultMap::load();
    const atlas::MapSettings settings = map.homeView(QSizeF(double(state.range(0)), double(state.range(1))));
    for (auto _ : state) {
        QImage image = atlas::MapRenderer::renderImage(settings);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["peak_rss_MiB"] = peakResidentMiB();
}
BENCHMARK(renderDefaultMap)->Args({1920, 1080})->Args({3840, 2160})->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // text rendering needs a QGuiApplication, not a screen
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
