#include "ChartImage.h"

#include "report/AtomicFile.h"
#include "storage/StorageErrors.h"

#include <cerrno>
#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QScreen>

namespace partydesk::ChartImage {

QImage render(QGraphicsScene* scene, const QRectF& source, qreal scale)
{
    const QSize pixels = (source.size() * scale).toSize();
    QImage image(pixels.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    // Text is laid out in the screen's logical dpi; drawn at the image's dpi it must be the same.
    const qreal dpi =
        QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->logicalDotsPerInch() : 96;
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)), source, Qt::IgnoreAspectRatio);
    painter.end();
    return image;
}

QImage render(QChart* chart, QSize logicalSize, qreal scale)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    const QImage image = render(&scene, chart->geometry(), scale);
    scene.removeItem(chart); // the caller keeps the chart
    return image;
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString savePng(const QImage& image, const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (image.isNull())
        return QCoreApplication::translate("ChartImage", "The chart is empty; \"%1\" was not written.")
            .arg(native);
    PendingFile pending(path);
    if (!pending.isValid())
        return pending.creationError();
    QFile file(pending.temporaryPath());
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QCoreApplication::translate("ChartImage", "\"%1\" was not saved. %2")
            .arg(native, fileErrorCause(errno != 0 ? errno : EACCES));
    errno = 0;
    const bool written = image.save(&file, "PNG") && file.flush();
    const int failure = errno != 0 ? errno : EIO;
    file.close();
    if (!written || file.error() != QFileDevice::NoError)
        return QCoreApplication::translate("ChartImage", "\"%1\" was not saved. %2")
            .arg(native, fileErrorCause(failure));
    return pending.commit([&native, &image](const QString& temporary) {
        QImageReader reader(temporary, "PNG");
        if (reader.size() != image.size())
            return QCoreApplication::translate("ChartImage",
                                               "\"%1\" was not saved: the image written cannot be read back.")
                .arg(native);
        return QString();
    });
}

} // namespace partydesk::ChartImage
