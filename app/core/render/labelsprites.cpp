// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelsprites.h"

#include <QCache>
#include <QGlyphRun>
#include <QMutex>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace atlas {

namespace {

struct Sprite {
    QImage image;
    QPointF offset; ///< from the text's baseline origin to the image's top-left, in logical pixels
};

// Enough for every label of a few 4K slides at twice the resolution; the cost is in KiB.
constexpr qsizetype cacheKiB = 32 * 1024;

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QCache<QString, Sprite> &cache()
{
    static QCache<QString, Sprite> sprites(cacheKiB);
    return sprites;
}

QString keyOf(const QFont &font, const QString &text, const QColor &colour, const QColor &halo, double dpr)
{
    return QStringLiteral("%1\x1f%2\x1f%3\x1f%4\x1f%5")
        .arg(text, font.key())
        .arg(colour.rgba(), 0, 16)
        .arg(halo.rgba(), 0, 16)
        .arg(dpr);
}

struct Shaped {
    QList<QGlyphRun> runs;
    double ascent = 0;
};

// The text shaped once, for `device` as the label's metrics were (its font size follows the device's DPI).
Shaped shape(QPaintDevice *device, const QFont &font, const QString &text)
{
    QTextLayout layout(text, font, device);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    return {layout.glyphRuns(), line.ascent()};
}

// The halo in eight directions around the glyphs' top-left `at`, then the text in its colour on top.
void drawHalo(QPainter &painter, QPointF at, const Shaped &shaped, const QColor &colour, const QColor &halo)
{
    const auto draw = [&](QPointF where) {
        for (const QGlyphRun &run : shaped.runs)
            painter.drawGlyphRun(where, run);
    };
    constexpr double r = LabelSprites::haloRadius;
    painter.setPen(halo);
    for (const QPointF offset : {QPointF(-r, 0), QPointF(r, 0), QPointF(0, -r), QPointF(0, r), QPointF(-r, -r) * 0.7,
                                 QPointF(r, -r) * 0.7, QPointF(-r, r) * 0.7, QPointF(r, r) * 0.7})
        draw(at + offset);
    painter.setPen(colour);
    draw(at);
}

Sprite drawSprite(const Shaped &shaped, const QColor &colour, const QColor &halo, double dpr)
{
    QRectF ink; // the glyphs' own extent, the line's top at y = 0
    for (const QGlyphRun &run : shaped.runs)
        ink |= run.boundingRect();
    if (ink.isEmpty())
        return {};
    constexpr double r = LabelSprites::haloRadius;
    const QRectF area = ink.adjusted(-r - 1, -r - 1, r + 1, r + 1);
    Sprite sprite;
    sprite.image = QImage(int(std::ceil(area.width() * dpr)), int(std::ceil(area.height() * dpr)),
                          QImage::Format_ARGB32_Premultiplied);
    sprite.image.setDevicePixelRatio(dpr);
    sprite.image.fill(Qt::transparent);
    sprite.offset = area.topLeft() - QPointF(0, shaped.ascent); // drawText's origin is on the baseline
    QPainter painter(&sprite.image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    drawHalo(painter, -area.topLeft(), shaped, colour, halo);
    return sprite;
}

} // namespace

void LabelSprites::draw(QPainter &painter, QPointF origin, const QFont &font, const QString &text,
                        const QColor &colour, const QColor &halo)
{
    // The sprite is made at the device's own scale, so that drawing it copies pixels; a rotated or sheared painter
    // gets the glyphs drawn directly.
    const QTransform toDevice = painter.deviceTransform();
    const double scale = toDevice.m11();
    if (toDevice.type() > QTransform::TxScale || scale <= 0 || scale != toDevice.m22()) {
        const Shaped shaped = shape(painter.device(), font, text);
        drawHalo(painter, origin - QPointF(0, shaped.ascent), shaped, colour, halo);
        return;
    }
    const QString key = keyOf(font, text, colour, halo, scale);
    Sprite sprite;
    {
        const QMutexLocker lock(&cacheMutex());
        if (const Sprite *cached = cache().object(key))
            sprite = *cached;
    }
    if (sprite.image.isNull()) {
        sprite = drawSprite(shape(painter.device(), font, text), colour, halo, scale);
        if (sprite.image.isNull())
            return; // nothing to see (blank text)
        const qsizetype kib = std::max<qsizetype>(1, sprite.image.sizeInBytes() / 1024);
        const QMutexLocker lock(&cacheMutex());
        cache().insert(key, new Sprite(sprite), kib);
    }
    painter.drawImage(origin + sprite.offset, sprite.image); // the raster engine places it on whole pixels
}

void LabelSprites::clear()
{
    const QMutexLocker lock(&cacheMutex());
    cache().clear();
}

} // namespace atlas
