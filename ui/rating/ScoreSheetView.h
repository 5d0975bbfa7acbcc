#pragma once

#include <QTableView>

namespace partydesk {

// The score sheet as a keyboard-first table: typing starts editing, Tab moves to the next score,
// Enter to the same column of the next row, and a refused value keeps the cursor where it was.
class ScoreSheetView : public QTableView
{
    Q_OBJECT

public:
    explicit ScoreSheetView(QWidget* parent = nullptr);

public slots:
    void valueRefused() { m_refused = true; }

protected:
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool moveDown();
    bool m_refused = false;
};

} // namespace partydesk
