#include "ActionsDialog.h"

#include "forms/FormButtons.h"
#include "forms/FormFit.h"
#include "widgets/FieldErrorLabel.h"
#include "Workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace partydesk {

ActionsDialog::ActionsDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Prescribed actions"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("actionList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    for (const PrescribedAction& action : workspace.meetings().actions()) {
        if (!action.active)
            continue;
        auto* item = new QListWidgetItem(action.name, m_list);
        item->setData(Qt::UserRole, action.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    auto* add = new QPushButton(tr("Add"));
    auto* remove = new QPushButton(tr("Take out"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    m_day = new QSpinBox;
    m_day->setRange(1, 28);
    m_day->setValue(std::min(workspace.meetings().themeDayOfMonth(), 28));
    m_error = new FieldErrorLabel;
    auto* form = new QFormLayout;
    form->addRow(tr("Theme Party day each month on the"), m_day);
    auto* layout = new QVBoxLayout(this);
    keepSizedToContent(this); // grows with its messages, within the screen
    layout->addWidget(new QLabel(tr("Double-click to rename; drag to reorder.")));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(saveCancelButtons(this));
    connect(add, &QPushButton::clicked, this, [this] {
        auto* item = new QListWidgetItem(tr("New action"), m_list);
        item->setData(Qt::UserRole, 0);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_list->setCurrentItem(item);
        m_list->editItem(item);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_list->currentItem(); });
    resize(420, 520);
}

void ActionsDialog::accept()
{
    QList<PrescribedAction> actions;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString name = m_list->item(i)->text().trimmed();
        if (name.isEmpty()) {
            m_error->showMessage(tr("Action %1 has no name.").arg(i + 1));
            return;
        }
        actions.append({m_list->item(i)->data(Qt::UserRole).toLongLong(), name, true});
    }
    if (actions.isEmpty()) {
        m_error->showMessage(tr("Keep at least one action."));
        return;
    }
    WriteResult saved = m_workspace.meetings().saveActions(actions);
    if (saved.ok())
        saved = m_workspace.meetings().setThemeDayOfMonth(m_day->value());
    if (!saved.ok()) {
        m_error->showMessage(saved.error);
        return;
    }
    QDialog::accept();
}

} // namespace partydesk
