// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

#include <cstdint>
#include <vector>

namespace atlas {

/**
 * A static, packed R-tree over rectangles (the "packed Hilbert R-tree" of Kamel & Faloutsos, as in flatbush):
 * built once in O(n log n), queried without allocation per node. Cheap in memory (one rectangle per item plus
 * about 1/15 of that for the upper levels), so it suits layers of millions of features.
 */
class SpatialIndex
{
public:
    SpatialIndex() = default;
    explicit SpatialIndex(const std::vector<QRectF> &boxes, int nodeSize = 16);

    /** Appends to `out` the indexes of the boxes that intersect `rect` (edges touching count), in index order. */
    void query(const QRectF &rect, std::vector<int> &out) const;
    [[nodiscard]] bool isEmpty() const { return m_itemCount == 0; }

private:
    struct Box {
        double minX, minY, maxX, maxY;
    };
    std::vector<Box> m_boxes;        ///< leaves (sorted), then each level's nodes
    std::vector<uint32_t> m_indices; ///< leaf: the item index; node: the first child position in m_boxes
    std::vector<size_t> m_levelEnds; ///< end of each level in m_boxes, leaves first
    int m_nodeSize = 16;
    size_t m_itemCount = 0;
};

} // namespace atlas
