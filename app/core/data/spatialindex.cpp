// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatialindex.h"

#include <algorithm>

namespace atlas {

namespace {
// Position of (x, y) on a Hilbert curve over a 2^16 x 2^16 grid: nearby boxes get nearby keys.
uint32_t hilbert(uint32_t x, uint32_t y)
{
    uint32_t d = 0;
    for (uint32_t s = 1u << 15; s > 0; s >>= 1) {
        const uint32_t rx = (x & s) > 0;
        const uint32_t ry = (y & s) > 0;
        d += s * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                x = s - 1 - x;
                y = s - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}
} // namespace

SpatialIndex::SpatialIndex(const std::vector<QRectF> &rects, int nodeSize)
    : m_nodeSize(std::max(2, nodeSize))
    , m_itemCount(rects.size())
{
    if (rects.empty())
        return;
    // QRectF from a point has zero size; normalise so min <= max whatever the sign of width/height.
    std::vector<Box> leaves(rects.size());
    Box all{1e300, 1e300, -1e300, -1e300};
    for (size_t i = 0; i < rects.size(); ++i) {
        const QRectF &r = rects[i];
        leaves[i] = {std::min(r.left(), r.right()), std::min(r.top(), r.bottom()), std::max(r.left(), r.right()),
                     std::max(r.top(), r.bottom())};
        all = {std::min(all.minX, leaves[i].minX), std::min(all.minY, leaves[i].minY),
               std::max(all.maxX, leaves[i].maxX), std::max(all.maxY, leaves[i].maxY)};
    }
    const double width = std::max(all.maxX - all.minX, 1e-300), height = std::max(all.maxY - all.minY, 1e-300);
    // (Hilbert key << 32 | item), sorted by key with a four-pass LSD radix sort: a million items in milliseconds,
    // and stable, so equal keys keep data order.
    std::vector<uint64_t> keyed(rects.size());
    for (size_t i = 0; i < rects.size(); ++i) {
        const double cx = ((leaves[i].minX + leaves[i].maxX) / 2 - all.minX) / width;
        const double cy = ((leaves[i].minY + leaves[i].maxY) / 2 - all.minY) / height;
        keyed[i] = (uint64_t(hilbert(uint32_t(cx * 65535), uint32_t(cy * 65535))) << 32) | i;
    }
    std::vector<uint64_t> scratch(keyed.size());
    for (int shift = 32; shift < 64; shift += 8) {
        size_t counts[257] = {};
        for (const uint64_t k : keyed)
            ++counts[((k >> shift) & 0xff) + 1];
        for (int b = 0; b < 256; ++b)
            counts[b + 1] += counts[b];
        for (const uint64_t k : keyed)
            scratch[counts[(k >> shift) & 0xff]++] = k;
        keyed.swap(scratch);
    }

    m_boxes.reserve(rects.size() + rects.size() / size_t(m_nodeSize - 1) + 1);
    m_indices.reserve(m_boxes.capacity());
    for (const uint64_t k : keyed) {
        const auto i = uint32_t(k & 0xffffffffu);
        m_boxes.push_back(leaves[i]);
        m_indices.push_back(i);
    }
    size_t levelStart = 0;
    m_levelEnds.push_back(m_boxes.size());
    // Each upper level holds one node per nodeSize children of the level below, until one root is left.
    while (m_levelEnds.back() - levelStart > 1) {
        const size_t levelEnd = m_levelEnds.back();
        for (size_t child = levelStart; child < levelEnd; child += size_t(m_nodeSize)) {
            Box node{1e300, 1e300, -1e300, -1e300};
            const size_t last = std::min(child + size_t(m_nodeSize), levelEnd);
            for (size_t c = child; c < last; ++c) {
                node = {std::min(node.minX, m_boxes[c].minX), std::min(node.minY, m_boxes[c].minY),
                        std::max(node.maxX, m_boxes[c].maxX), std::max(node.maxY, m_boxes[c].maxY)};
            }
            m_boxes.push_back(node);
            m_indices.push_back(uint32_t(child));
        }
        levelStart = levelEnd;
        m_levelEnds.push_back(m_boxes.size());
    }
}

void SpatialIndex::query(const QRectF &rect, std::vector<int> &out) const
{
    if (m_boxes.empty())
        return;
    const double minX = std::min(rect.left(), rect.right()), maxX = std::max(rect.left(), rect.right());
    const double minY = std::min(rect.top(), rect.bottom()), maxY = std::max(rect.top(), rect.bottom());
    const size_t before = out.size();
    std::vector<std::pair<size_t, size_t>> stack; // (node position, level)
    stack.emplace_back(m_boxes.size() - 1, m_levelEnds.size() - 1);
    while (!stack.empty()) {
        const auto [node, level] = stack.back();
        stack.pop_back();
        const Box &b = m_boxes[node];
        if (b.maxX < minX || b.minX > maxX || b.maxY < minY || b.minY > maxY)
            continue;
        if (level == 0) {
            out.push_back(int(m_indices[node]));
            continue;
        }
        const size_t first = m_indices[node];
        const size_t last = std::min(first + size_t(m_nodeSize), m_levelEnds[level - 1]);
        for (size_t child = first; child < last; ++child)
            stack.emplace_back(child, level - 1);
    }
    std::sort(out.begin() + long(before), out.end()); // draw order is data order
}

} // namespace atlas
