#include "ChartView.h"

#include "ChartImage.h"
#include "ChartStyle.h"

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>

namespace partydesk {

ChartView::ChartView(QWidget* parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setAnimationOptions(QChart::NoAnimation);
    m_menu = new QMenu(this);
    QAction* save = m_menu->addAction(tr("Save as image…"), this, &ChartView::saveImageAs);
    save->setObjectName(QStringLiteral("saveChartImage"));
    QAction* copy = m_menu->addAction(tr("Copy image"), this, &ChartView::copyImage);
    copy->setObjectName(QStringLiteral("copyChartImage"));
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("chartImageButton"));
    m_button->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_button->setToolTip(tr("Save or copy this chart as an image"));
    m_button->setAutoRaise(true);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);
    m_button->setFocusPolicy(Qt::TabFocus);
}

void ChartView::replaceChart(QChart* chart)
{
    QChart* old = this->chart();
    setChart(chart);
    delete old;
    ChartStyle::fitLegend(chart, width());
}

QImage ChartView::image(qreal scale) const
{
    if (!chart() || !scene())
        return {};
    return ChartImage::render(scene(), chart()->geometry(), scale);
}

QString ChartView::saveImage(const QString& path) const
{
    return ChartImage::savePng(image(), path);
}

QString ChartView::suggestedFileName() const
{
    QString name = chart() ? chart()->title().simplified() : QString();
    name.remove(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|%])")));
    if (name.isEmpty())
        name = tr("chart");
    return name + QStringLiteral(".png");
}

void ChartView::saveImageAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save chart as image"),
                                     QDir(folder).filePath(suggestedFileName()), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    const QString error = saveImage(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Image not saved"), error);
}

void ChartView::copyImage()
{
    QApplication::clipboard()->setImage(image());
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    m_menu->popup(event->globalPos());
    event->accept();
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    if (chart())
        ChartStyle::fitLegend(chart(), width());
    m_button->adjustSize();
    m_button->move(width() - m_button->width() - 2, 2);
    m_button->raise();
}

} // namespace partydesk
