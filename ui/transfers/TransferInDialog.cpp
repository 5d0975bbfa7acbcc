#include "TransferInDialog.h"

#include "domain/IdNumber.h"
#include "TransferFields.h"
#include "transfers/TransferService.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace partydesk {

TransferInDialog::TransferInDialog(TransferService& service, const QList<Organisation>& organisations,
                                   qint64 branchId, QDate today, QWidget* parent)
    : TransferDialog(service, parent)
{
    setWindowTitle(tr("Transfer in"));
    setObjectName(QStringLiteral("TransferInDialog"));

    m_name = TransferFields::lineEdit(QStringLiteral("nameEdit"), 30);
    m_idNumber = TransferFields::lineEdit(QStringLiteral("idNumberEdit"), 24);
    m_idNumber->setPlaceholderText(tr("18 characters; birth date and sex are taken from it"));
    m_sex = new QComboBox;
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    for (Sex sex : enumValues<Sex>())
        m_sex->addItem(enumLabel(sex), int(sex));
    m_birthDate = TransferFields::dateField(QStringLiteral("birthDateEdit"));
    m_ethnicity = TransferFields::lineEdit(QStringLiteral("ethnicityEdit"), 20);
    m_ethnicity->setText(QStringLiteral("汉族"));
    m_education = new QComboBox;
    m_education->setObjectName(QStringLiteral("educationCombo"));
    for (Education education : enumValues<Education>())
        m_education->addItem(enumLabel(education), int(education));
    m_education->setCurrentIndex(m_education->findData(int(Education::Unknown)));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (MemberStatus status : {MemberStatus::Full, MemberStatus::Probationary})
        m_status->addItem(enumLabel(status), int(status));
    m_joinedOn = TransferFields::dateField(QStringLiteral("joinedOnEdit"));
    m_fullOn = TransferFields::dateField(QStringLiteral("fullOnEdit"));
    m_phone = TransferFields::lineEdit(QStringLiteral("phoneEdit"), 20);
    m_branch = new QComboBox;
    m_branch->setObjectName(QStringLiteral("branchCombo"));
    TransferFields::fillBranches(m_branch, organisations);
    if (const int i = m_branch->findData(branchId); i > 0)
        m_branch->setCurrentIndex(i);

    m_date = TransferFields::dateField(QStringLiteral("transferDateEdit"), today);
    m_counterpart = TransferFields::lineEdit(QStringLiteral("counterpartEdit"), 100);
    m_counterpart->setPlaceholderText(tr("the Party organisation the letter comes from"));
    m_letterNo = TransferFields::lineEdit(QStringLiteral("letterNoEdit"), 50);
    m_notes = TransferFields::lineEdit(QStringLiteral("notesEdit"), 200);

    auto* memberBox = new QGroupBox(tr("The member"));
    auto* member = new QFormLayout(memberBox);
    member->addRow(tr("&Name"), m_errors.wrap(MemberField::name, m_name));
    member->addRow(tr("&ID number"), m_errors.wrap(MemberField::idNumber, m_idNumber));
    member->addRow(tr("&Sex"), m_errors.wrap(MemberField::sex, m_sex));
    member->addRow(tr("&Birth date"), m_errors.wrap(MemberField::birthDate, m_birthDate));
    member->addRow(tr("Ethnicity"), m_ethnicity);
    member->addRow(tr("Education"), m_education);
    member->addRow(tr("S&tatus"), m_errors.wrap(MemberField::status, m_status));
    member->addRow(tr("&Joined the Party on"), m_errors.wrap(MemberField::joinedOn, m_joinedOn));
    member->addRow(tr("&Full member since"), m_errors.wrap(MemberField::fullOn, m_fullOn));
    member->addRow(tr("&Phone"), m_errors.wrap(MemberField::phone, m_phone));

    auto* transferBox = new QGroupBox(tr("The transfer"));
    auto* transfer = new QFormLayout(transferBox);
    transfer->addRow(tr("Joins &branch"), m_errors.wrap(MemberField::org, m_branch));
    transfer->addRow(tr("&Date"), m_errors.wrap(TransferField::date, m_date));
    transfer->addRow(tr("&Comes from"), m_errors.wrap(TransferField::counterpart, m_counterpart));
    transfer->addRow(tr("&Letter no."), m_errors.wrap(TransferField::letterNo, m_letterNo));
    transfer->addRow(tr("Notes"), m_notes);
    auto* note =
        new QLabel(tr("Other details (address, grid, tags) are added afterwards in the member form."));
    note->setWordWrap(true);
    transfer->addRow(note);

    auto* columns = new QHBoxLayout;
    columns->addWidget(memberBox);
    columns->addWidget(transferBox, 0, Qt::AlignTop);
    layOut(nullptr, columns);

    connect(m_idNumber, &QLineEdit::editingFinished, this, &TransferInDialog::fillFromIdNumber);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TransferInDialog::updateSteps);
    updateSteps();
    checkOnLeave([this] {
        FieldErrors errors = typingErrors();
        for (const FieldError& e :
             m_service.checkTransferIn(typedMember(), m_date->date(), m_counterpart->text()))
            if (messageFor(errors, e.field).isEmpty())
                errors.append(e);
        return errors;
    });
    m_name->setFocus();
}

void TransferInDialog::fillFromIdNumber()
{
    const IdNumberCheck id = IdNumber::check(m_idNumber->text());
    if (!id.ok)
        return;
    m_idNumber->setText(id.normalised);
    if (m_birthDate->text().trimmed().isEmpty())
        m_birthDate->setDate(id.birthDate);
    m_sex->setCurrentIndex(m_sex->findData(int(id.sex)));
}

void TransferInDialog::updateSteps()
{
    m_fullOn->setEnabled(MemberStatus(m_status->currentData().toInt()) == MemberStatus::Full);
}

Member TransferInDialog::typedMember() const
{
    Member m;
    m.name = m_name->text();
    m.idNumber = m_idNumber->text();
    m.sex = Sex(m_sex->currentData().toInt());
    m.birthDate = m_birthDate->date();
    m.ethnicity = m_ethnicity->text();
    m.education = Education(m_education->currentData().toInt());
    m.status = MemberStatus(m_status->currentData().toInt());
    m.joinedOn = m_joinedOn->date();
    m.fullOn = m.status == MemberStatus::Full ? m_fullOn->date() : QDate();
    m.phone = m_phone->text();
    m.orgId = m_branch->currentData().toLongLong();
    m.category = MemberCategory::Registered;
    return m;
}

FieldErrors TransferInDialog::typingErrors() const
{
    FieldErrors typing;
    for (const auto& [field, name] :
         {std::pair{m_birthDate, MemberField::birthDate}, std::pair{m_joinedOn, MemberField::joinedOn},
          std::pair{m_fullOn, MemberField::fullOn}, std::pair{m_date, TransferField::date}})
        typing += TransferFields::dateTyping(field, name);
    return typing;
}

void TransferInDialog::accept()
{
    finish(typingErrors(), [this] {
        return m_service.transferIn(typedMember(), m_date->date(), m_counterpart->text(), m_letterNo->text(),
                                    m_notes->text(), &m_memberId);
    });
}

} // namespace partydesk
