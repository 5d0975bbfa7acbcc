#include "DevelopmentPlanDialog.h"

#include "development/DevelopmentService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace partydesk {

DevelopmentPlanDialog::DevelopmentPlanDialog(DevelopmentService& service, const DevelopmentPlan& plan,
                                             const QString& orgName, QWidget* parent)
    : QDialog(parent), m_service(service), m_plan(plan)
{
    setObjectName(QStringLiteral("DevelopmentPlanDialog"));
    setWindowTitle(tr("Development plan %1").arg(plan.year));
    const auto spin = [](const char* name, int value) {
        auto* box = new QSpinBox;
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(0, 100000);
        box->setValue(value);
        return box;
    };
    m_planned = spin("plannedSpin", plan.planned);
    m_young = spin("youngSpin", plan.young);
    m_women = spin("womenSpin", plan.women);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("planError"));
    m_error->setStyleSheet(QStringLiteral("color: #c00000"));
    m_error->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Organisation"), new QLabel(orgName));
    form->addRow(tr("People to develop"), m_planned);
    form->addRow(tr("Of them under 35"), m_young);
    form->addRow(tr("Of them women"), m_women);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &DevelopmentPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DevelopmentPlanDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void DevelopmentPlanDialog::accept()
{
    DevelopmentPlan plan = m_plan;
    plan.planned = m_planned->value();
    plan.young = m_young->value();
    plan.women = m_women->value();
    const ServiceResult result = m_service.savePlan(plan);
    if (!result.ok()) {
        m_error->setText(result.message);
        return;
    }
    QDialog::accept();
}

} // namespace partydesk
