#include "ScaledJpeg.h"

#include <algorithm>
#include <QBuffer>

namespace partydesk {

QByteArray scaledJpeg(const QImage& image, int longSide)
{
    const QImage scaled =
        std::max(image.width(), image.height()) > longSide
            ? image.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    scaled.save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace partydesk
