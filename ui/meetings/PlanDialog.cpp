#include "PlanDialog.h"

#include "forms/FormFit.h"
#include "widgets/FieldErrorLabel.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace partydesk {

PlanDialog::PlanDialog(Workspace& workspace, QDate month, const QList<qint64>& branches, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_branches(branches)
{
    const QDate first(month.year(), month.month(), 1);
    setWindowTitle(tr("Plan for %1").arg(first.toString(QStringLiteral("yyyy-MM"))));
    m_plan = workspace.meetings().plan(first).value_or(MonthlyPlan{});
    m_plan.month = first;
    if (m_plan.id == 0) {
        m_plan.day = workspace.meetings().themeDayOfMonth();
        for (const PrescribedAction& a : workspace.meetings().actions(true))
            m_plan.actionIds << a.id;
    }
    m_theme = new QLineEdit(m_plan.theme);
    m_theme->setObjectName(QStringLiteral("planThemeEdit"));
    m_day = new QSpinBox;
    m_day->setRange(1, first.daysInMonth());
    m_day->setValue(std::min(m_plan.day, first.daysInMonth()));
    m_place = new QLineEdit(m_plan.place);
    m_materials = new QLineEdit(m_plan.materials);
    // A theme or the title of what is studied runs to twenty characters: each field shows it whole.
    const int wide = fontMetrics().height() * 22;
    m_theme->setMinimumWidth(wide);
    m_materials->setMinimumWidth(wide);
    auto* actionsBox = new QGroupBox(tr("Prescribed actions planned"));
    auto* grid = new QGridLayout(actionsBox);
    int i = 0;
    for (const PrescribedAction& a : workspace.meetings().actions(true)) {
        auto* box = new QCheckBox(a.name);
        box->setChecked(m_plan.actionIds.contains(a.id));
        grid->addWidget(box, i / 2, i % 2);
        m_actions.append({a.id, box});
        ++i;
    }
    m_error = new FieldErrorLabel;
    auto* form = new QFormLayout;
    form->addRow(tr("&Theme"), m_theme);
    form->addRow(tr("Day of the month"), m_day);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Materials to study"), m_materials);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(tr("Create the theme days of %n branch(es)", nullptr, int(branches.size())));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    auto* layout = new QVBoxLayout(this);
    keepSizedToContent(this); // grows with its messages, within the screen
    layout->addLayout(form);
    layout->addWidget(actionsBox);
    layout->addWidget(new QLabel(tr("Branches that already have this month's theme day keep it.")));
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void PlanDialog::accept()
{
    m_plan.theme = m_theme->text();
    m_plan.day = m_day->value();
    m_plan.place = m_place->text();
    m_plan.materials = m_materials->text();
    m_plan.actionIds.clear();
    for (const auto& [id, box] : m_actions)
        if (box->isChecked())
            m_plan.actionIds << id;
    const WriteResult saved = m_workspace.meetings().savePlan(m_plan);
    if (!saved.ok()) {
        m_error->showMessage(saved.error);
        return;
    }
    const WriteResult created = m_workspace.meetings().createThemeDays(m_plan, m_branches);
    if (!created.ok()) {
        m_error->showMessage(created.error);
        return;
    }
    m_created = int(created.id);
    QDialog::accept();
}

} // namespace partydesk
