#pragma once

#include <QHeaderView>

class QAbstractItemView;

namespace partydesk {

// A column header whose titles wrap onto a second line when their column is narrower than the title
// ("服务时长" over "（小时）"), the header growing to fit, instead of being cut to "服务时…".
class WrappingHeader : public QHeaderView
{
    Q_OBJECT

public:
    static constexpr int MaxLines = 2;

    explicit WrappingHeader(QWidget* parent = nullptr);

    // Puts a wrapping header on a table or tree view in place of its own, keeping what the view's
    // header was set to (hidden sections, sorting, alignment); returns the one already there.
    static WrappingHeader* install(QAbstractItemView* view);

    // Width of the section that shows its title on one line, margins included.
    int oneLineWidth(int logicalIndex) const;
    // Narrowest width that shows the whole title in MaxLines lines.
    int narrowestWidth(int logicalIndex) const;
    // Lines the title takes at `width` (the section's width when negative).
    int linesAt(int logicalIndex, int width = -1) const;
    // Whether the title is drawn cut short at the section's present width.
    bool isTitleCut(int logicalIndex) const;

    QSize sizeHint() const override;
    void setModel(QAbstractItemModel* model) override;

private:
    QString title(int logicalIndex) const;
    int textMargins(int logicalIndex) const;
    int linesNeeded() const;
    void updateLines();

    int m_lines = 1;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace partydesk
