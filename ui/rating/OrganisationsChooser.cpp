#include "OrganisationsChooser.h"

#include "domain/OrganisationTree.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace partydesk {

OrganisationsChooser::OrganisationsChooser(const QList<Organisation>& organisations,
                                           const QList<qint64>& chosen, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Branches rated"));
    m_list = new QListWidget;
    const QHash<qint64, QString> names = organisationDisplayNames(organisations);
    for (const Organisation& org : organisations) {
        if (!isBranchLevel(org.type) || org.type == OrgType::PartyGroup)
            continue;
        auto* item = new QListWidgetItem(names.value(org.id), m_list);
        item->setData(Qt::UserRole, org.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(org.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto* all = new QPushButton(tr("Tick all"));
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Checked);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(all);
    layout->addWidget(buttons);
    resize(420, 520);
}

QList<qint64> OrganisationsChooser::chosen() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

} // namespace partydesk
