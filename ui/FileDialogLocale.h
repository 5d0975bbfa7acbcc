#pragma once

#include <QIdentityProxyModel>

class QCoreApplication;

namespace partydesk {

// Qt's own file dialog (used where the desktop offers none of its own, as offscreen or on a
// desktop without a Qt platform theme) writes sizes and "Date Modified" in the system's locale,
// English on most Linux installations. This proxy writes them in the interface's (QLocale()).
class FileDialogLocale : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Gives every Qt file dialog of the application this proxy when it is first shown (a dialog
    // with a proxy of its own keeps it), and widens its date column to the dates. Returns the
    // event filter doing it, owned by `app` (once per application).
    static QObject* installForAllDialogs(QCoreApplication& app);
};

} // namespace partydesk
