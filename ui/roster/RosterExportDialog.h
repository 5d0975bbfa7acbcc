#pragma once

#include "report/RosterExport.h"

#include <QDialog>

class QCheckBox;
class QListWidget;

namespace partydesk {

// Which columns, in which order, and whether ID numbers are written in full (asked twice:
// they are sensitive personal information).
class RosterExportDialog : public QDialog
{
    Q_OBJECT

public:
    RosterExportDialog(const QString& action, int rowCount, QWidget* parent = nullptr);
    QList<RosterColumn> columns() const;
    bool fullIdNumbers() const;
    bool fullPhoneNumbers() const;

private:
    void accept() override;
    void move(int delta);

    QListWidget* m_columns = nullptr;
    QCheckBox* m_fullIds = nullptr;
    QCheckBox* m_fullPhones = nullptr;
};

} // namespace partydesk
