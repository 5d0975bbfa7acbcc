#pragma once

#include <QChartView>
#include <QImage>

class QMenu;
class QToolButton;

namespace partydesk {

// A chart view every chart of the program uses: it owns its chart, and the chart can be saved as
// a PNG image or copied, from its context menu or the small button in its top right corner.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget* parent = nullptr);

    // Shows `chart` (the view owns it from now on) and deletes the chart it replaces.
    void replaceChart(QChart* chart);

    // The chart as shown, at `scale` image pixels per screen pixel, on white.
    QImage image(qreal scale = 2) const;
    // Writes the chart as PNG to `path`. Returns an error message for the user, or an empty string.
    QString saveImage(const QString& path) const;
    // The file name offered when saving: the chart's title, without characters files cannot have.
    QString suggestedFileName() const;
    // The menu of the button and the context menu (for tests).
    QMenu* imageMenu() const { return m_menu; }

public slots:
    // Asks where to save the image, writes it and tells the user when that failed.
    void saveImageAs();
    void copyImage();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QMenu* m_menu = nullptr;
    QToolButton* m_button = nullptr;
};

} // namespace partydesk
