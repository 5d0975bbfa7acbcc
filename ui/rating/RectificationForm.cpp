#include "RectificationForm.h"

#include "forms/FormButtons.h"
#include "forms/FormFit.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace partydesk {

RectificationForm::RectificationForm(Workspace& workspace, const Rectification& item, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_item(item)
{
    setWindowTitle(item.id > 0 ? tr("Edit rectification item") : tr("Add rectification item"));
    m_problem = new QLineEdit(item.problem);
    m_problem->setObjectName(QStringLiteral("problemEdit"));
    m_measure = new QLineEdit(item.measure);
    m_measure->setObjectName(QStringLiteral("measureEdit"));
    m_responsible = new QLineEdit(item.responsible);
    m_due = new DateField;
    m_due->setDate(item.dueOn);
    m_status = new QComboBox;
    for (Rectification::Status status :
         {Rectification::Status::Open, Rectification::Status::InProgress, Rectification::Status::Done})
        m_status->addItem(rectificationStatusLabel(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(item.status)));
    m_done = new DateField;
    m_done->setDate(item.doneOn);
    m_error = new FieldErrorLabel;

    auto* form = new QFormLayout;
    form->addRow(tr("&Problem"), m_problem);
    form->addRow(tr("&Measure"), m_measure);
    form->addRow(tr("Responsible"), m_responsible);
    form->addRow(tr("Due by"), m_due);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Done on"), m_done);
    auto* layout = new QVBoxLayout(this);
    keepSizedToContent(this); // grows with its messages, within the screen
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(saveCancelButtons(this));
    resize(520, sizeHint().height());
}

void RectificationForm::accept()
{
    Rectification item = m_item;
    item.problem = m_problem->text();
    item.measure = m_measure->text();
    item.responsible = m_responsible->text();
    item.dueOn = m_due->date();
    item.status = Rectification::Status(m_status->currentData().toInt());
    item.doneOn = m_done->date();
    if (!m_due->isAcceptable() || !m_done->isAcceptable()) {
        m_error->showMessage(tr("Type dates as 2020-05-01."));
        return;
    }
    if (item.status == Rectification::Status::Done && !item.doneOn.isValid())
        item.doneOn = m_workspace.clock().today();
    const WriteResult saved = m_workspace.ratings().saveRectification(item);
    if (!saved.ok()) {
        m_error->showMessage(saved.error);
        return;
    }
    QDialog::accept();
}

} // namespace partydesk
