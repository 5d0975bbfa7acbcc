#pragma once

#include "domain/Organisation.h"

#include <QDialog>

class QListWidget;

namespace partydesk {

// Ticks the branches to rate this year (Party groups are rated with their branch).
class OrganisationsChooser : public QDialog
{
    Q_OBJECT

public:
    OrganisationsChooser(const QList<Organisation>& organisations, const QList<qint64>& chosen,
                         QWidget* parent = nullptr);
    QList<qint64> chosen() const;

private:
    QListWidget* m_list = nullptr;
};

} // namespace partydesk
