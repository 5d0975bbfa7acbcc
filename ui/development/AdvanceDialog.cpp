#include "AdvanceDialog.h"

#include "development/DevelopmentService.h"
#include "widgets/DateField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace partydesk {

AdvanceDialog::AdvanceDialog(DevelopmentService& service, const DevelopmentPerson& person,
                             const DevelopmentRecord& record, QDate today, QWidget* parent)
    : QDialog(parent), m_service(service), m_person(person), m_record(record)
{
    setObjectName(QStringLiteral("AdvanceDialog"));
    setWindowTitle(tr("Move to the next stage"));
    const std::optional<MemberStatus> next = DevelopmentSteps::nextStage(person.status);
    auto* question = new QLabel(next ? tr("Move %1 from %2 to %3. On which day did the branch decide?")
                                           .arg(person.name, DevelopmentSteps::stageLabel(person.status),
                                                DevelopmentSteps::stageLabel(*next))
                                     : tr("%1 is already a full member.").arg(person.name));
    question->setWordWrap(true);
    m_date = new DateField;
    m_date->setObjectName(QStringLiteral("advanceDateField"));
    m_date->setDate(today);
    m_refusal = new QLabel;
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c00000"));
    m_refusal->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Date"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move to the next stage"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(next.has_value());
    connect(buttons, &QDialogButtonBox::accepted, this, &AdvanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AdvanceDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString AdvanceDialog::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void AdvanceDialog::accept()
{
    if (!m_date->isAcceptable() || !m_date->date().isValid()) {
        m_refusal->setText(tr("Enter the date of the branch's decision."));
        m_refusal->show();
        return;
    }
    const ServiceResult result = m_service.advance(m_record, m_date->date());
    if (!result.ok()) {
        QStringList lines;
        if (result.kind == ServiceResult::Kind::Invalid && !result.errors.isEmpty()) {
            const std::optional<MemberStatus> next = DevelopmentSteps::nextStage(m_person.status);
            if (next)
                lines
                    << tr("%1 cannot become %2 yet:").arg(m_person.name, DevelopmentSteps::stageLabel(*next));
            for (const FieldError& e : result.errors)
                lines << QStringLiteral("• ") + e.message;
        } else {
            lines << result.message;
        }
        m_refusal->setText(lines.join(QLatin1Char('\n')));
        m_refusal->show();
        return;
    }
    QDialog::accept();
}

} // namespace partydesk
