#include "RecordList.h"

#include "ColumnFitter.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace partydesk {

QTableView* recordList(QAbstractItemModel* model, const char* objectName)
{
    auto* view = new QTableView;
    view->setObjectName(QString::fromLatin1(objectName));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    ColumnFitter::attach(view);
    return view;
}

QPushButton* namedButton(const QString& text, const char* objectName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(QString::fromLatin1(objectName));
    return button;
}

} // namespace partydesk
