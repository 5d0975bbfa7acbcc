#include "UnitActivityDialog.h"

#include "cogovernance/JointMeetingService.h"
#include "forms/FormButtons.h"
#include "forms/FormFit.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace partydesk {

UnitActivityDialog::UnitActivityDialog(JointMeetingService& service, const UnitActivity& activity,
                                       const QList<CoBuildingUnit>& units, QDate today, QWidget* parent)
    : QDialog(parent), m_service(service), m_activity(activity)
{
    setWindowTitle(activity.id > 0 ? tr("Unit activity") : tr("New unit activity"));
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    for (const CoBuildingUnit& unit : units)
        m_unit->addItem(unit.name, unit.id);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(activity.unitId)));
    m_held = new DateField;
    m_held->setObjectName(QStringLiteral("heldOnEdit"));
    m_held->setDate(activity.heldOn.isValid() ? activity.heldOn : today);
    m_title = new QLineEdit(activity.title);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_asChair = new QCheckBox(tr("As the month's rotating chair"));
    m_asChair->setObjectName(QStringLiteral("asChairCheck"));
    m_asChair->setChecked(activity.asChair);
    m_participants = new QSpinBox;
    m_participants->setRange(-1, 100000);
    m_participants->setSpecialValueText(tr("not counted"));
    m_participants->setValue(activity.participants);
    m_detail = new QPlainTextEdit(activity.detail);
    auto* form = new QFormLayout;
    form->addRow(tr("&Unit"), m_errors.wrap(QStringLiteral("unit"), m_unit));
    form->addRow(tr("&Date"), m_errors.wrap(QStringLiteral("held_on"), m_held));
    form->addRow(tr("&Activity"), m_errors.wrap(QStringLiteral("title"), m_title));
    form->addRow(QString(), m_errors.wrap(QStringLiteral("as_chair"), m_asChair));
    form->addRow(tr("&Participants"), m_errors.wrap(QStringLiteral("participants"), m_participants));
    form->addRow(tr("D&etail"), m_detail);
    setFormLayout(this, form, saveCancelButtons(this));
    m_errors.checkOnLeave([this] {
        UnitActivity activity;
        return problems(&activity);
    });
}

FieldErrors UnitActivityDialog::problems(UnitActivity* activity) const
{
    FieldErrors errors;
    if (!m_held->isAcceptable())
        errors.append({QStringLiteral("held_on"),
                       tr("\"%1\" is not a date: type it as 2020-05-01.").arg(m_held->text())});
    UnitActivity& a = *activity;
    a = m_activity;
    a.unitId = m_unit->currentData().toLongLong();
    a.heldOn = m_held->date();
    a.title = m_title->text();
    a.asChair = m_asChair->isChecked();
    a.participants = m_participants->value();
    a.detail = m_detail->toPlainText().trimmed();
    for (const FieldError& e : m_service.checkActivity(a))
        if (messageFor(errors, e.field).isEmpty())
            errors.append(e);
    return errors;
}

void UnitActivityDialog::accept()
{
    UnitActivity a;
    FieldErrors errors = problems(&a);
    if (errors.isEmpty()) {
        const ServiceResult result = m_service.saveActivity(a);
        if (result.ok()) {
            QDialog::accept();
            return;
        }
        errors =
            result.errors.isEmpty() ? FieldErrors{{QStringLiteral("title"), result.message}} : result.errors;
    }
    if (QWidget* first = m_errors.show(errors))
        first->setFocus();
}

} // namespace partydesk
