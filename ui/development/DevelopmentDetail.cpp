#include "DevelopmentDetail.h"

#include "development/DevelopmentSteps.h"
#include "OverdueStyle.h"
#include "widgets/ColumnFitter.h"
#include "widgets/DateField.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace partydesk {

namespace {

enum DocumentColumn
{
    DocumentNameColumn,
    ReceivedColumn
};
constexpr int DocumentRole = Qt::UserRole + 1;

// Two fields on one row of the form (two contacts, two sponsors, the training's date and hours).
QWidget* sideBySide(QWidget* a, QWidget* b)
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(a);
    row->addWidget(b);
    return box;
}

} // namespace

DevelopmentDetail::DevelopmentDetail(QWidget* parent) : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_items = new QTreeWidget;
    m_items->setObjectName(QStringLiteral("itemsView"));
    m_items->setRootIsDecorated(false);
    m_items->setHeaderLabels({tr("Item"), tr("State"), tr("Due by")});
    ColumnFitter::attach(m_items);

    m_documents = new QTableWidget(0, 2);
    m_documents->setObjectName(QStringLiteral("documentsView"));
    m_documents->setHorizontalHeaderLabels({tr("Document"), tr("Received on")});
    m_documents->verticalHeader()->hide();
    ColumnFitter::attach(m_documents);
    connect(m_documents, &QTableWidget::cellChanged, this, &DevelopmentDetail::documentChanged);

    const auto dateField = [this](const char* name) {
        auto* field = new DateField;
        field->setObjectName(QString::fromLatin1(name));
        return field;
    };
    const auto lineEdit = [](const char* name) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    m_talkedOn = dateField("talkedOnField");
    m_contactOne = lineEdit("contactOneEdit");
    m_contactTwo = lineEdit("contactTwoEdit");
    m_reviewedOn = dateField("reviewedOnField");
    m_trainedOn = dateField("trainedOnField");
    m_hours = new QSpinBox;
    m_hours->setObjectName(QStringLiteral("trainingHoursSpin"));
    m_hours->setRange(0, 999);
    m_hours->setSuffix(tr(" class hours"));
    m_sponsorOne = lineEdit("sponsorOneEdit");
    m_sponsorTwo = lineEdit("sponsorTwoEdit");
    m_approvedOn = dateField("approvedOnField");
    m_oathOn = dateField("oathOnField");
    m_extendedTo = dateField("extendedToField");
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaximumHeight(60);

    auto* form = new QFormLayout;
    form->addRow(tr("Talked with the applicant on"), m_talkedOn);
    form->addRow(tr("Contacts"), sideBySide(m_contactOne, m_contactTwo));
    form->addRow(tr("Political review finished on"), m_reviewedOn);
    form->addRow(tr("Training finished on"), sideBySide(m_trainedOn, m_hours));
    form->addRow(tr("Sponsors"), sideBySide(m_sponsorOne, m_sponsorTwo));
    form->addRow(tr("Approved by the committee above on"), m_approvedOn);
    form->addRow(tr("Oath taken on"), m_oathOn);
    form->addRow(tr("Probation extended to"), m_extendedTo);
    form->addRow(tr("Notes"), m_notes);

    // The items follow what is typed.
    for (QLineEdit* edit : {m_contactOne, m_contactTwo, m_sponsorOne, m_sponsorTwo})
        connect(edit, &QLineEdit::textChanged, this, [this] { showItems(); });
    for (DateField* field : {m_talkedOn, m_reviewedOn, m_trainedOn, m_approvedOn, m_oathOn, m_extendedTo})
        connect(field, &QLineEdit::editingFinished, this, [this] { showItems(); });
    connect(m_hours, &QSpinBox::valueChanged, this, [this] { showItems(); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_documents, 1);
    layout->addLayout(form);
    clear();
}

void DevelopmentDetail::clear()
{
    m_entry = {};
    m_title->setText(tr("Choose a person in the list."));
    m_items->clear();
    m_documents->setRowCount(0);
    setEnabled(false);
}

void DevelopmentDetail::setEntry(const PipelineEntry& entry, QDate today)
{
    m_entry = entry;
    m_today = today;
    setEnabled(true);
    const DevelopmentPerson& p = entry.person;
    m_title->setText(
        tr("%1 — %2 since %3")
            .arg(p.name, DevelopmentSteps::stageLabel(p.status), p.since().toString(Qt::ISODate)));
    const DevelopmentRecord& r = entry.record;
    m_talkedOn->setDate(r.talkedOn);
    m_contactOne->setText(r.contactOne);
    m_contactTwo->setText(r.contactTwo);
    m_reviewedOn->setDate(r.reviewedOn);
    m_trainedOn->setDate(r.trainedOn);
    m_hours->setValue(r.trainingHours);
    m_sponsorOne->setText(r.sponsorOne);
    m_sponsorTwo->setText(r.sponsorTwo);
    m_approvedOn->setDate(r.approvedOn);
    m_oathOn->setDate(r.oathOn);
    m_extendedTo->setDate(r.extendedTo);
    m_notes->setPlainText(r.notes);
    fillDocuments();
    showItems();
}

void DevelopmentDetail::showItems()
{
    m_items->clear();
    if (!hasEntry())
        return;
    const QList<StepItem> items = DevelopmentSteps::items(m_entry.person, record(), m_today);
    for (const StepItem& i : items) {
        QString state =
            i.done ? (i.doneOn.isValid() ? tr("Done on %1").arg(i.doneOn.toString(Qt::ISODate)) : tr("Done"))
                   : (i.waiting ? tr("Not yet") : tr("Missing"));
        if (!i.detail.isEmpty())
            state += QStringLiteral(" (%1)").arg(i.detail);
        auto* row = new QTreeWidgetItem(
            m_items, {i.label, state, i.dueOn.isValid() ? i.dueOn.toString(Qt::ISODate) : QString()});
        row->setCheckState(0, i.done ? Qt::Checked : Qt::Unchecked);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (i.overdue(m_today)) {
            for (int c = 0; c < 3; ++c) {
                row->setForeground(c, overdueBrush());
                row->setToolTip(c, tr("Overdue since %1").arg(i.dueOn.toString(Qt::ISODate)));
            }
        }
    }
}

void DevelopmentDetail::fillDocuments()
{
    m_filling = true;
    m_documents->setRowCount(0);
    const auto addRow = [this](DevelopmentDocument d, QDate received) {
        const int row = m_documents->rowCount();
        m_documents->insertRow(row);
        auto* name = new QTableWidgetItem(documentLabel(d));
        name->setData(DocumentRole, int(d));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(received.isValid() ? Qt::Checked : Qt::Unchecked);
        m_documents->setItem(row, DocumentNameColumn, name);
        m_documents->setItem(
            row, ReceivedColumn,
            new QTableWidgetItem(received.isValid() ? received.toString(Qt::ISODate) : QString()));
    };
    for (const DocumentCheck& check :
         DevelopmentSteps::documentChecklist(m_entry.person.status, m_entry.record)) {
        for (QDate d : check.receivedOn)
            addRow(check.document, d);
        // Thought reports recur: one more row to tick the next one.
        if (check.receivedOn.isEmpty() || check.document == DevelopmentDocument::ThoughtReport)
            addRow(check.document, {});
    }
    m_filling = false;
}

void DevelopmentDetail::documentChanged(int row, int column)
{
    if (m_filling)
        return;
    QTableWidgetItem* name = m_documents->item(row, DocumentNameColumn);
    QTableWidgetItem* date = m_documents->item(row, ReceivedColumn);
    if (!name || !date)
        return;
    m_filling = true;
    if (column == DocumentNameColumn) {
        // Ticked: received today unless a date is given; unticked: not received.
        if (name->checkState() == Qt::Checked && date->text().trimmed().isEmpty())
            date->setText(m_today.toString(Qt::ISODate));
        else if (name->checkState() == Qt::Unchecked)
            date->setText(QString());
    } else {
        const QDate typed = DateField::parse(date->text());
        if (typed.isValid())
            date->setText(typed.toString(Qt::ISODate));
        name->setCheckState(date->text().trimmed().isEmpty() ? Qt::Unchecked : Qt::Checked);
    }
    m_filling = false;
    showItems();
}

void DevelopmentDetail::tickDocument(int row, QDate date)
{
    QTableWidgetItem* name = m_documents->item(row, DocumentNameColumn);
    if (!name)
        return;
    if (date.isValid())
        m_documents->item(row, ReceivedColumn)->setText(date.toString(Qt::ISODate));
    else
        name->setCheckState(Qt::Checked);
}

DevelopmentRecord DevelopmentDetail::record() const
{
    DevelopmentRecord r;
    r.memberId = m_entry.person.id;
    r.talkedOn = m_talkedOn->date();
    r.contactOne = m_contactOne->text().trimmed();
    r.contactTwo = m_contactTwo->text().trimmed();
    r.reviewedOn = m_reviewedOn->date();
    r.trainedOn = m_trainedOn->date();
    r.trainingHours = m_hours->value();
    r.sponsorOne = m_sponsorOne->text().trimmed();
    r.sponsorTwo = m_sponsorTwo->text().trimmed();
    r.approvedOn = m_approvedOn->date();
    r.oathOn = m_oathOn->date();
    r.extendedTo = m_extendedTo->date();
    r.notes = m_notes->toPlainText().trimmed();
    // Documents the checklist does not show (of a later stage) are kept as they were.
    QList<DevelopmentDocument> shown;
    for (int row = 0; row < m_documents->rowCount(); ++row)
        shown.append(
            DevelopmentDocument(m_documents->item(row, DocumentNameColumn)->data(DocumentRole).toInt()));
    for (const ReceivedDocument& d : m_entry.record.documents)
        if (!shown.contains(d.document))
            r.documents.append(d);
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        const QTableWidgetItem* name = m_documents->item(row, DocumentNameColumn);
        const QDate received = DateField::parse(m_documents->item(row, ReceivedColumn)->text());
        if (name->checkState() != Qt::Checked || !received.isValid())
            continue;
        ReceivedDocument d{DevelopmentDocument(name->data(DocumentRole).toInt()), received, {}};
        // The note of a document received before stays with it.
        for (const ReceivedDocument& old : m_entry.record.documents)
            if (old.document == d.document && old.receivedOn == received)
                d.note = old.note;
        if (!r.documents.contains(d))
            r.documents.append(d);
    }
    return r;
}

QStringList DevelopmentDetail::problems() const
{
    QStringList problems;
    for (const DateField* field :
         {m_talkedOn, m_reviewedOn, m_trainedOn, m_approvedOn, m_oathOn, m_extendedTo})
        if (!field->isAcceptable())
            problems << tr("\"%1\" is not a date.").arg(field->text());
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        const QString text = m_documents->item(row, ReceivedColumn)->text().trimmed();
        if (!text.isEmpty() && !DateField::parse(text).isValid())
            problems << tr("\"%1\" is not a date.").arg(text);
    }
    return problems;
}

} // namespace partydesk
