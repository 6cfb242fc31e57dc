// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vectorlayer.h"

class OGRLayer;

namespace atlas {

class Reprojector;

/**
 * Reads a point layer through GDAL's columnar Arrow stream (OGR_L_GetArrowStream) instead of feature by feature:
 * whole batches of WKB points and typed attribute arrays, reprojected in one PROJ call per batch. Several times
 * faster for millions of points. Returns false, having added nothing, when the layer or one of its field types is
 * not suited, when the stream breaks off, or when the rows read disagree with the count the file states (the caller
 * then reads feature by feature); true when every feature was added to `builder`.
 */
bool readPointsViaArrow(OGRLayer &layer, const Reprojector &toMercator, VectorLayerBuilder &builder,
                        QStringList *warnings, const VectorLoadOptions &load = {});

} // namespace atlas
