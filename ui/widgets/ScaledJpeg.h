#pragma once

#include <QByteArray>
#include <QImage>

namespace partydesk {

// An image as the workspace keeps it: JPEG (quality 85), at most `longSide` pixels on its long side
// (smaller images are kept at their size). Photos are kept at 1600 pixels, thumbnails at 200.
QByteArray scaledJpeg(const QImage& image, int longSide);

} // namespace partydesk
