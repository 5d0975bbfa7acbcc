#include "FileDialogLocale.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLocale>
#include <QTreeView>

namespace partydesk {

namespace {

// QFileSystemModel's columns.
constexpr int nameColumn = 0;
constexpr int sizeColumn = 1;
constexpr int dateColumn = 3;

// Strings of Qt's file dialog that Qt 6.4's Chinese catalogue (qtbase_zh_CN) lacks: the type of a
// folder, a link and a drive. Named here so lupdate puts them in our catalogue, where Qt's own calls to
// translate() find them.
[[maybe_unused]] const struct
{
    const char* source;
    const char* comment;
} qtStringsMissingFromQt[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
};

// Room for a whole Chinese date and time, and no horizontal scroll bar: the name column gives up
// what the view lacks (Qt's default widths overflow a small dialog).
void fitDateColumn(QHeaderView* header)
{
    const QString sample =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    const int wanted = header->fontMetrics().horizontalAdvance(sample) + 24;
    if (header->sectionSize(dateColumn) < wanted)
        header->resizeSection(dateColumn, wanted);
    int total = 0;
    for (int i = 0; i < header->count(); ++i)
        total += header->isSectionHidden(i) ? 0 : header->sectionSize(i);
    const int over = total - header->viewport()->width();
    if (over > 0)
        header->resizeSection(nameColumn, std::max(160, header->sectionSize(nameColumn) - over));
}

class DialogWatcher : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Show)
            return false;
        auto* dialog = qobject_cast<QFileDialog*>(watched);
        if (!dialog || dialog->proxyModel())
            return false;
        dialog->setProxyModel(new FileDialogLocale(dialog));
        // Once the dialog has its size: it can still change while it is being shown.
        if (auto* details = dialog->findChild<QTreeView*>(QStringLiteral("treeView")))
            QMetaObject::invokeMethod(
                details->header(), [header = details->header()] { fitDateColumn(header); },
                Qt::QueuedConnection);
        return false;
    }
};

} // namespace

QVariant FileDialogLocale::data(const QModelIndex& index, int role) const
{
    const auto* files = qobject_cast<const QFileSystemModel*>(sourceModel());
    if (role != Qt::DisplayRole || !files || !index.isValid())
        return QIdentityProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    if (index.column() == dateColumn)
        return QLocale().toString(files->lastModified(source), QLocale::ShortFormat);
    if (index.column() == sizeColumn && !files->isDir(source))
        return QLocale().formattedDataSize(files->size(source));
    return QIdentityProxyModel::data(index, role);
}

QObject* FileDialogLocale::installForAllDialogs(QCoreApplication& app)
{
    const QString name = QStringLiteral("fileDialogLocaleWatcher");
    if (auto* watcher = app.findChild<QObject*>(name, Qt::FindDirectChildrenOnly))
        return watcher;
    auto* watcher = new DialogWatcher(&app);
    watcher->setObjectName(name);
    app.installEventFilter(watcher);
    return watcher;
}

} // namespace partydesk
