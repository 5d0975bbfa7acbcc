#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

class QChart;
class QGraphicsScene;

namespace partydesk {

// Charts as pictures: for reports, screenshots, the clipboard and "save as image".
namespace ChartImage {

// Draws a chart that is in no view at `logicalSize` (pixels at 96 dpi, the size fonts are set
// for) on white, `scale` image pixels per logical pixel. Printed at logicalSize.width() / 3.78 mm
// wide, its fonts keep their point size. The chart is left as it was, in no scene.
QImage render(QChart* chart, QSize logicalSize, qreal scale);
// Draws `source` of a scene (a chart shown in a view) the same way.
QImage render(QGraphicsScene* scene, const QRectF& source, qreal scale);

QByteArray png(const QImage& image);

// Writes `image` as PNG to `path` through a temporary file beside it that replaces `path` only
// once written and read back. Returns an error message for the user, or an empty string.
QString savePng(const QImage& image, const QString& path);

} // namespace ChartImage
} // namespace partydesk
