#include "InServiceDialogs.h"

#include "widgets/DateField.h"
#include "Workspace.h"

#include <cmath>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace partydesk {

namespace {

QLabel* errorLabel()
{
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setStyleSheet(QStringLiteral("color: #c00000"));
    label->setWordWrap(true);
    return label;
}

void addButtons(QDialog* dialog, QFormLayout* form, QLabel* error)
{
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
}

// The result's problems, one a line.
QString problems(const ServiceResult& result)
{
    QStringList lines;
    for (const FieldError& e : result.errors)
        lines << e.message;
    return lines.isEmpty() ? result.message : lines.join(QLatin1Char('\n'));
}

} // namespace

ClaimDialog::ClaimDialog(Workspace& workspace, const Member& member, const QList<ServicePost>& posts,
                         QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_member(member)
{
    setObjectName(QStringLiteral("ClaimDialog"));
    setWindowTitle(tr("Report in / claim a post: %1").arg(member.name));
    m_post = new QComboBox;
    m_post->setObjectName(QStringLiteral("postCombo"));
    for (const ServicePost& p : posts)
        m_post->addItem(p.name, p.id);
    m_claimedOn = new DateField;
    m_claimedOn->setObjectName(QStringLiteral("claimedOnField"));
    m_claimedOn->setDate(workspace.clock().today());
    auto* form = new QFormLayout(this);
    form->addRow(tr("Service post"), m_post);
    form->addRow(tr("Claimed on"), m_claimedOn);
    if (!member.reportedOn.isValid()) {
        m_reportedOn = new DateField;
        m_reportedOn->setObjectName(QStringLiteral("reportedOnField"));
        m_reportedOn->setDate(workspace.clock().today());
        form->addRow(tr("Reported to the community on"), m_reportedOn);
    }
    m_error = errorLabel();
    addButtons(this, form, m_error);
}

void ClaimDialog::accept()
{
    const ServiceResult result =
        InServiceService(m_workspace)
            .claim(m_member.id, m_post->currentData().toLongLong(), m_claimedOn->date(),
                   m_reportedOn ? m_reportedOn->date() : QDate());
    if (!result.ok()) {
        m_error->setText(problems(result));
        return;
    }
    QDialog::accept();
}

ServiceRecordDialog::ServiceRecordDialog(Workspace& workspace, const ServiceRecord& record,
                                         const QList<ServicePost>& posts, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_record(record)
{
    setObjectName(QStringLiteral("ServiceRecordDialog"));
    setWindowTitle(record.id > 0 ? tr("Edit service record") : tr("Record a service"));
    m_post = new QComboBox;
    m_post->setObjectName(QStringLiteral("postCombo"));
    m_post->addItem(tr("(no post)"), 0);
    for (const ServicePost& p : posts)
        m_post->addItem(p.name, p.id);
    m_post->setCurrentIndex(std::max(0, m_post->findData(record.postId)));
    m_servedOn = new DateField;
    m_servedOn->setObjectName(QStringLiteral("servedOnField"));
    m_servedOn->setDate(record.servedOn.isValid() ? record.servedOn : workspace.clock().today());
    m_activity = new QLineEdit(record.activity);
    m_activity->setObjectName(QStringLiteral("activityEdit"));
    m_hours = new QDoubleSpinBox;
    m_hours->setObjectName(QStringLiteral("hoursSpin"));
    m_hours->setDecimals(1);
    m_hours->setRange(0.1, 24.0);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(record.hoursTenths > 0 ? record.hoursTenths / 10.0 : 2.0);
    m_verifiedBy = new QLineEdit(record.verifiedBy);
    m_verifiedBy->setObjectName(QStringLiteral("verifiedByEdit"));
    m_notes = new QLineEdit(record.notes);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Served on"), m_servedOn);
    form->addRow(tr("Activity"), m_activity);
    form->addRow(tr("Hours"), m_hours);
    form->addRow(tr("Service post"), m_post);
    form->addRow(tr("Verified by"), m_verifiedBy);
    form->addRow(tr("Notes"), m_notes);
    m_error = errorLabel();
    addButtons(this, form, m_error);
}

void ServiceRecordDialog::accept()
{
    ServiceRecord r = m_record;
    r.postId = m_post->currentData().toLongLong();
    r.servedOn = m_servedOn->date();
    r.activity = m_activity->text();
    r.hoursTenths = int(std::lround(m_hours->value() * 10)); // the spin box holds one decimal
    r.verifiedBy = m_verifiedBy->text();
    r.notes = m_notes->text();
    const ServiceResult result = InServiceService(m_workspace).saveRecord(r);
    if (!result.ok()) {
        m_error->setText(problems(result));
        return;
    }
    QDialog::accept();
}

ServicePostDialog::ServicePostDialog(Workspace& workspace, const ServicePost& post, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_post(post)
{
    setObjectName(QStringLiteral("ServicePostDialog"));
    setWindowTitle(post.id > 0 ? tr("Edit service post") : tr("New service post"));
    m_name = new QLineEdit(post.name);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_capacity = new QSpinBox;
    m_capacity->setObjectName(QStringLiteral("capacitySpin"));
    m_capacity->setRange(0, 999);
    m_capacity->setSpecialValueText(tr("No limit"));
    m_capacity->setValue(post.capacity);
    m_description = new QLineEdit(post.description);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Places"), m_capacity);
    form->addRow(tr("Description"), m_description);
    m_error = errorLabel();
    addButtons(this, form, m_error);
}

void ServicePostDialog::accept()
{
    ServicePost p = m_post;
    p.name = m_name->text();
    p.capacity = m_capacity->value();
    p.description = m_description->text();
    const ServiceResult result = InServiceService(m_workspace).savePost(p);
    if (!result.ok()) {
        m_error->setText(problems(result));
        return;
    }
    QDialog::accept();
}

} // namespace partydesk
