#include "ScoreSheetView.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace partydesk {

ScoreSheetView::ScoreSheetView(QWidget* parent) : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
}

bool ScoreSheetView::moveDown()
{
    const QModelIndex current = currentIndex();
    for (int row = current.row() + 1; row < model()->rowCount(); ++row) {
        const QModelIndex next = model()->index(row, current.column());
        if (model()->flags(next) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)) {
            setCurrentIndex(next);
            return true;
        }
    }
    return false;
}

void ScoreSheetView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QModelIndex edited = currentIndex();
    if (m_refused) {
        // Stay on the cell so the value can be corrected at once.
        m_refused = false;
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        setCurrentIndex(edited);
        edit(edited);
        return;
    }
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        // Enter: down to the next row's cell in the same column, ready to type.
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        if (moveDown())
            edit(currentIndex());
        return;
    }
    QTableView::closeEditor(editor, hint);
}

void ScoreSheetView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState) {
        if (moveDown())
            return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace partydesk
