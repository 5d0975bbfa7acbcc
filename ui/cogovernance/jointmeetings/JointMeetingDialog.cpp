#include "JointMeetingDialog.h"

#include "cogovernance/JointMeetingService.h"
#include "forms/FormButtons.h"
#include "forms/FormFit.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace partydesk {

namespace {

enum DecisionColumn
{
    TextColumn,
    UnitColumn,
    PersonColumn,
    DueColumn,
    StatusColumn,
    ColumnCount
};
constexpr int DecisionRole = Qt::UserRole + 1; // the decision as loaded (id, status, follow-up)

} // namespace

JointMeetingDialog::JointMeetingDialog(JointMeetingService& service, const JointMeeting& meeting,
                                       const QList<CoBuildingUnit>& units, QDate today, QWidget* parent)
    : QDialog(parent), m_service(service), m_meeting(meeting), m_units(units)
{
    setWindowTitle(meeting.id > 0 ? tr("Joint meeting of %1").arg(meeting.heldOn.toString(Qt::ISODate))
                                  : tr("New joint meeting"));
    m_held = new DateField;
    m_held->setObjectName(QStringLiteral("heldOnEdit"));
    m_held->setDate(meeting.id > 0 ? meeting.heldOn : today);
    m_chair = unitCombo(meeting.chairUnitId);
    m_chair->setObjectName(QStringLiteral("chairCombo"));
    m_chairPerson = new QLineEdit(meeting.chairPerson);
    m_attending = new QListWidget;
    m_attending->setObjectName(QStringLiteral("unitsList"));
    m_attending->setMaximumHeight(110);
    for (const CoBuildingUnit& unit : units) {
        auto* item = new QListWidgetItem(unit.name, m_attending);
        item->setData(Qt::UserRole, unit.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool attended =
            meeting.id > 0 ? meeting.unitIds.contains(unit.id) : JointMeetingService::seatedOn(unit, today);
        item->setCheckState(attended ? Qt::Checked : Qt::Unchecked);
    }
    m_place = new QLineEdit(meeting.place);
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_topics = new QPlainTextEdit(meeting.topics);
    m_topics->setObjectName(QStringLiteral("topicsEdit"));
    m_topics->setMaximumHeight(60);
    m_minutes = new QPlainTextEdit(meeting.minutes);
    m_minutes->setMaximumHeight(70);

    m_decisions = new QTableWidget(0, ColumnCount);
    m_decisions->setObjectName(QStringLiteral("decisionsTable"));
    m_decisions->setHorizontalHeaderLabels(
        {tr("Decision"), tr("Responsible unit"), tr("Person"), tr("Due date"), tr("Status")});
    m_decisions->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_decisions->verticalHeader()->hide();
    m_decisions->setMinimumHeight(120);
    for (const JointDecision& d : meeting.decisions)
        addDecisionRow(d);
    // The unit's whole name shows in its column: the column is as wide as the widest unit's list.
    QComboBox* widest = unitCombo(0);
    m_decisions->setColumnWidth(UnitColumn, widest->sizeHint().width());
    delete widest;
    m_newText = new QLineEdit;
    m_newText->setObjectName(QStringLiteral("decisionEdit"));
    m_newText->setPlaceholderText(tr("What was decided"));
    m_newUnit = unitCombo(0);
    m_newUnit->setObjectName(QStringLiteral("decisionUnitCombo"));
    // The decision being typed is what needs the room; a unit's name shows in full when the list opens.
    m_newUnit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_newUnit->setMinimumContentsLength(6);
    m_newText->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    m_newPerson = new QLineEdit;
    m_newPerson->setObjectName(QStringLiteral("decisionPersonEdit"));
    m_newPerson->setPlaceholderText(tr("Person"));
    m_newPerson->setFixedWidth(90);
    m_newDue = new DateField;
    m_newDue->setObjectName(QStringLiteral("decisionDueEdit"));
    m_newDue->setPlaceholderText(tr("Due date"));
    m_newDue->setFixedWidth(110);
    auto* add = new QPushButton(tr("&Add decision"));
    add->setObjectName(QStringLiteral("addDecisionButton"));
    auto* remove = new QPushButton(tr("&Remove"));
    auto* newRow = new QHBoxLayout;
    newRow->addWidget(m_newText, 1);
    newRow->addWidget(m_newUnit);
    newRow->addWidget(m_newPerson);
    newRow->addWidget(m_newDue);
    newRow->addWidget(add);
    newRow->addWidget(remove);
    auto* decisionsBox = new QWidget;
    auto* decisionsLayout = new QVBoxLayout(decisionsBox);
    decisionsLayout->setContentsMargins(0, 0, 0, 0);
    decisionsLayout->addWidget(m_decisions);
    decisionsLayout->addLayout(newRow);

    auto* form = new QFormLayout;
    form->addRow(tr("&Date"), m_errors.wrap(QStringLiteral("held_on"), m_held));
    form->addRow(tr("&Chair unit"), m_errors.wrap(QStringLiteral("chair_unit"), m_chair));
    form->addRow(tr("Chaired by"), m_chairPerson);
    form->addRow(tr("Units attending"), m_errors.wrap(QStringLiteral("units"), m_attending));
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("&Topics"), m_topics);
    form->addRow(tr("&Minutes"), m_minutes);
    form->addRow(tr("Decisions"), m_errors.wrap(QStringLiteral("decisions"), decisionsBox));
    setFormLayout(this, form, saveCancelButtons(this));
    resize(760, 640);
    m_errors.checkOnLeave([this] {
        JointMeeting meeting;
        return problems(&meeting);
    });

    connect(add, &QPushButton::clicked, this, &JointMeetingDialog::addDecision);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_decisions->currentRow() >= 0)
            m_decisions->removeRow(m_decisions->currentRow());
    });
    connect(m_held, &QLineEdit::editingFinished, this, &JointMeetingDialog::chooseRotaChair);
    if (meeting.id <= 0)
        chooseRotaChair();
}

QComboBox* JointMeetingDialog::unitCombo(qint64 selected) const
{
    auto* combo = new QComboBox;
    combo->addItem(tr("(none)"), qint64(0));
    for (const CoBuildingUnit& unit : m_units)
        combo->addItem(unit.name, unit.id);
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
    return combo;
}

void JointMeetingDialog::chooseRotaChair()
{
    if (m_meeting.id > 0 || !m_held->date().isValid())
        return;
    if (const qint64 chair = m_service.chairOf(m_meeting.committeeId, m_held->date()); chair > 0)
        m_chair->setCurrentIndex(std::max(0, m_chair->findData(chair)));
}

void JointMeetingDialog::addDecisionRow(const JointDecision& d)
{
    const int row = m_decisions->rowCount();
    m_decisions->insertRow(row);
    auto* text = new QTableWidgetItem(d.text);
    text->setData(DecisionRole, QVariant::fromValue(d.id));
    m_decisions->setItem(row, TextColumn, text);
    m_decisions->setCellWidget(row, UnitColumn, unitCombo(d.responsibleUnitId));
    m_decisions->setItem(row, PersonColumn, new QTableWidgetItem(d.responsiblePerson));
    m_decisions->setItem(row, DueColumn, new QTableWidgetItem(d.dueOn.toString(Qt::ISODate)));
    auto* status = new QTableWidgetItem(decisionStatusName(d.status));
    status->setFlags(status->flags() & ~Qt::ItemIsEditable);
    m_decisions->setItem(row, StatusColumn, status);
}

void JointMeetingDialog::addDecision()
{
    if (m_newText->text().trimmed().isEmpty())
        return;
    JointDecision d;
    d.text = m_newText->text().trimmed();
    d.responsibleUnitId = m_newUnit->currentData().toLongLong();
    d.responsiblePerson = m_newPerson->text().trimmed();
    d.dueOn = m_newDue->date();
    addDecisionRow(d);
    m_newText->clear();
    m_newPerson->clear();
    m_newDue->clear();
    m_newUnit->setCurrentIndex(0);
    m_newText->setFocus();
}

JointMeeting JointMeetingDialog::meetingFromFields() const
{
    JointMeeting m = m_meeting;
    m.heldOn = m_held->date();
    m.chairUnitId = m_chair->currentData().toLongLong();
    m.chairPerson = m_chairPerson->text().trimmed();
    m.place = m_place->text().trimmed();
    m.topics = m_topics->toPlainText().trimmed();
    m.minutes = m_minutes->toPlainText().trimmed();
    m.unitIds.clear();
    for (int i = 0; i < m_attending->count(); ++i)
        if (m_attending->item(i)->checkState() == Qt::Checked)
            m.unitIds << m_attending->item(i)->data(Qt::UserRole).toLongLong();
    QList<JointDecision> decisions;
    for (int row = 0; row < m_decisions->rowCount(); ++row) {
        const qint64 id = m_decisions->item(row, TextColumn)->data(DecisionRole).toLongLong();
        JointDecision d;
        for (const JointDecision& loaded : m_meeting.decisions)
            if (loaded.id == id && id > 0)
                d = loaded; // keeps its status and follow-up
        d.text = m_decisions->item(row, TextColumn)->text();
        d.responsibleUnitId =
            static_cast<QComboBox*>(m_decisions->cellWidget(row, UnitColumn))->currentData().toLongLong();
        d.responsiblePerson = m_decisions->item(row, PersonColumn)->text().trimmed();
        d.dueOn = DateField::parse(m_decisions->item(row, DueColumn)->text());
        decisions << d;
    }
    m.decisions = decisions;
    return m;
}

FieldErrors JointMeetingDialog::problems(JointMeeting* meeting) const
{
    FieldErrors errors;
    if (!m_held->isAcceptable())
        errors.append({QStringLiteral("held_on"),
                       tr("\"%1\" is not a date: type it as 2020-05-01.").arg(m_held->text())});
    for (int row = 0; row < m_decisions->rowCount(); ++row) {
        const QString due = m_decisions->item(row, DueColumn)->text().trimmed();
        if (!due.isEmpty() && !DateField::parse(due).isValid()) {
            errors.append(
                {QStringLiteral("decisions"),
                 tr("Decision %1: \"%2\" is not a date: type it as 2020-05-01.").arg(row + 1).arg(due)});
            break;
        }
    }
    *meeting = meetingFromFields();
    for (const FieldError& e : m_service.checkMeeting(*meeting))
        if (messageFor(errors, e.field).isEmpty())
            errors.append(e);
    return errors;
}

void JointMeetingDialog::accept()
{
    JointMeeting meeting;
    FieldErrors errors = problems(&meeting);
    if (errors.isEmpty()) {
        const ServiceResult result = m_service.saveMeeting(meeting);
        if (result.ok()) {
            m_savedId = result.id;
            QDialog::accept();
            return;
        }
        errors = result.errors.isEmpty() ? FieldErrors{{QStringLiteral("held_on"), result.message}}
                                         : result.errors;
    }
    if (QWidget* first = m_errors.show(errors))
        first->setFocus();
}

} // namespace partydesk
