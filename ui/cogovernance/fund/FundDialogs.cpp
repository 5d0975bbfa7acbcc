#include "FundDialogs.h"

#include "dues/DuesRecords.h"
#include "forms/FormFit.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/ScaledJpeg.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace partydesk {

namespace {

QLineEdit* line(const char* name, const QString& text = {})
{
    auto* edit = new QLineEdit(text);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

QPlainTextEdit* text(const char* name, const QString& value)
{
    auto* edit = new QPlainTextEdit(value);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMaximumHeight(70);
    return edit;
}

DateField* date(const char* name, QDate value)
{
    auto* field = new DateField;
    field->setObjectName(QString::fromLatin1(name));
    field->setDate(value);
    return field;
}

// A whole number typed, or -1 for none; false when the text is not one.
bool count(const QString& typed, int* value)
{
    const QString t = typed.trimmed();
    if (t.isEmpty()) {
        *value = -1;
        return true;
    }
    bool ok = false;
    *value = t.toInt(&ok);
    return ok && *value >= 0;
}

// A score typed as 92 or 92.5, in tenths; -1 for none.
bool score(const QString& typed, int* tenths)
{
    const QString t = typed.trimmed();
    if (t.isEmpty()) {
        *tenths = -1;
        return true;
    }
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})(?:\\.(\\d))?$"));
    const QRegularExpressionMatch m = pattern.match(t);
    if (!m.hasMatch())
        return false;
    *tenths = m.captured(1).toInt() * 10 + (m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
    return true;
}

QString scoreText(int tenths)
{
    return tenths < 0 ? QString() : QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

QDialogButtonBox* buttons(QDialog* dialog)
{
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace

FundProjectDialog::FundProjectDialog(FundService& fund, const FundProjectRecord& project, QWidget* parent)
    : QDialog(parent), m_fund(fund), m_project(project)
{
    setWindowTitle(project.id ? tr("Fund project") : tr("New fund project"));
    m_title = line("title", project.title);
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    m_category->addItems(fundCategorySuggestions());
    m_category->setCurrentText(project.category);
    m_approvedOn = date("approvedOn", project.approvedOn);
    m_approvedBy = new QComboBox;
    m_approvedBy->setObjectName(QStringLiteral("approvedBy"));
    m_approvedBy->setEditable(true);
    m_approvedBy->addItems(
        {tr("Community Party committee meeting"), tr("Residents' council"), tr("Joint meeting")});
    m_approvedBy->setCurrentText(project.approvedBy);
    m_approved = line("approved", project.approved > 0 ? yuanText(project.approved) : QString());
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Approved"), QStringLiteral("approved"));
    m_status->addItem(tr("Done"), QStringLiteral("done"));
    m_status->addItem(tr("Cancelled"), QStringLiteral("cancelled"));
    m_status->setCurrentIndex(std::max(0, m_status->findData(project.status)));
    m_finishedOn = date("finishedOn", project.finishedOn);
    m_beneficiaries = line("beneficiaries",
                           project.beneficiaries >= 0 ? QString::number(project.beneficiaries) : QString());
    m_decision = text("decision", project.decision);
    m_results = text("results", project.results);
    m_error = new FieldErrorLabel;
    auto* form = new QFormLayout;
    form->addRow(tr("Project"), m_title);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Approved on"), m_approvedOn);
    form->addRow(tr("Approved by (meeting)"), m_approvedBy);
    form->addRow(tr("Decision"), m_decision);
    form->addRow(tr("Approved amount (yuan)"), m_approved);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Finished on"), m_finishedOn);
    form->addRow(tr("Beneficiaries"), m_beneficiaries);
    form->addRow(tr("Results"), m_results);
    auto* layout = new QVBoxLayout(this);
    keepSizedToContent(this); // grows with its messages, within the screen
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
}

void FundProjectDialog::accept()
{
    FundProjectRecord p = m_project;
    p.title = m_title->text();
    p.category = m_category->currentText();
    p.approvedOn = m_approvedOn->date();
    p.approvedBy = m_approvedBy->currentText();
    p.decision = m_decision->toPlainText();
    p.status = m_status->currentData().toString();
    p.finishedOn = m_finishedOn->date();
    p.results = m_results->toPlainText();
    if (!parseYuan(m_approved->text(), &p.approved)) {
        m_error->showMessage(tr("Type the amount in yuan, e.g. 12000 or 12000.50."));
        return;
    }
    if (!count(m_beneficiaries->text(), &p.beneficiaries)) {
        m_error->showMessage(tr("Type the number of beneficiaries as a whole number."));
        return;
    }
    const ServiceResult saved = m_fund.saveProject(p);
    if (!saved.ok()) {
        m_error->showMessage(saved.message);
        return;
    }
    m_project.id = saved.id;
    QDialog::accept();
}

FundSpendingDialog::FundSpendingDialog(FundService& fund, const FundSpendingRecord& spending, QWidget* parent)
    : QDialog(parent), m_fund(fund), m_spending(spending)
{
    setWindowTitle(spending.id ? tr("Spending") : tr("New spending"));
    if (m_spending.id)
        m_spending.receipt = fund.receipt(m_spending.id);
    m_spentOn = date("spentOn", spending.spentOn);
    m_amount = line("amount", spending.amount > 0 ? yuanText(spending.amount) : QString());
    m_purpose = line("purpose", spending.purpose);
    m_payee = line("payee", spending.payee);
    m_receiptNo = line("receiptNo", spending.receiptNo);
    m_handledBy = line("handledBy", spending.handledBy);
    m_scan = new QLabel;
    m_scan->setObjectName(QStringLiteral("scan"));
    m_scan->setMinimumHeight(60);
    auto* attach = new QPushButton(tr("Receipt scan…"));
    auto* remove = new QPushButton(tr("Remove scan"));
    auto* scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(attach);
    scanRow->addWidget(remove);
    m_error = new FieldErrorLabel;
    auto* form = new QFormLayout;
    form->addRow(tr("Date"), m_spentOn);
    form->addRow(tr("Amount (yuan)"), m_amount);
    form->addRow(tr("Purpose"), m_purpose);
    form->addRow(tr("Payee"), m_payee);
    form->addRow(tr("Receipt no."), m_receiptNo);
    form->addRow(tr("Handled by"), m_handledBy);
    form->addRow(tr("Receipt scan"), scanRow);
    auto* layout = new QVBoxLayout(this);
    keepSizedToContent(this); // grows with its messages, within the screen
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
    const auto showScan = [this] {
        QImage image;
        if (!m_spending.receipt.isEmpty())
            image.loadFromData(m_spending.receipt, "JPEG");
        if (image.isNull())
            m_scan->setText(tr("No scan"));
        else
            m_scan->setPixmap(
                QPixmap::fromImage(image.scaled(400, 300, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    };
    showScan();
    connect(attach, &QPushButton::clicked, this, [this, showScan] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Receipt scan"), QString(),
                                                          tr("Images (*.jpg *.jpeg *.png *.bmp)"));
        if (!path.isEmpty() && attachScan(path))
            showScan();
    });
    connect(remove, &QPushButton::clicked, this, [this, showScan] {
        m_spending.receipt.clear();
        showScan();
    });
}

bool FundSpendingDialog::attachScan(const QString& path)
{
    const QImage image(path);
    if (image.isNull()) {
        m_error->showMessage(tr("\"%1\" is not an image.").arg(path));
        return false;
    }
    m_spending.receipt = scaledJpeg(image, 1600);
    return true;
}

void FundSpendingDialog::accept()
{
    FundSpendingRecord s = m_spending;
    s.spentOn = m_spentOn->date();
    s.purpose = m_purpose->text();
    s.payee = m_payee->text();
    s.receiptNo = m_receiptNo->text();
    s.handledBy = m_handledBy->text();
    if (!parseYuan(m_amount->text(), &s.amount)) {
        m_error->showMessage(tr("Type the amount in yuan, e.g. 120 or 120.50."));
        return;
    }
    const ServiceResult saved = m_fund.saveSpending(s);
    if (!saved.ok()) {
        m_error->showMessage(saved.message);
        return;
    }
    QDialog::accept();
}

FundEvaluationDialog::FundEvaluationDialog(FundService& fund, qint64 committeeId, int year, QWidget* parent)
    : QDialog(parent), m_fund(fund), m_committee(committeeId), m_year(year)
{
    setWindowTitle(tr("Evaluation of the service fund, %1").arg(year));
    const FundEvaluation e = fund.year(committeeId, year).evaluation;
    m_evaluatedOn = date("evaluatedOn", e.evaluatedOn);
    m_evaluatedBy = line("evaluatedBy", e.evaluatedBy);
    m_selfScore = line("selfScore", scoreText(e.selfScoreTenths));
    m_reviewScore = line("reviewScore", scoreText(e.reviewScoreTenths));
    m_grade = new QComboBox;
    m_grade->setObjectName(QStringLiteral("grade"));
    m_grade->addItem(QString(), QString());
    m_grade->addItem(tr("Excellent"), QStringLiteral("excellent"));
    m_grade->addItem(tr("Good"), QStringLiteral("good"));
    m_grade->addItem(tr("Pass"), QStringLiteral("pass"));
    m_grade->addItem(tr("Fail"), QStringLiteral("fail"));
    m_grade->setCurrentIndex(std::max(0, m_grade->findData(e.grade)));
    m_surveyed = line("surveyed", e.surveyed >= 0 ? QString::number(e.surveyed) : QString());
    m_satisfied = line("satisfied", e.satisfied >= 0 ? QString::number(e.satisfied) : QString());
    m_summary = text("summary", e.summary);
    m_problems = text("problems", e.problems);
    m_error = new FieldErrorLabel;
    auto* form = new QFormLayout;
    form->addRow(tr("Evaluated on"), m_evaluatedOn);
    form->addRow(tr("Evaluated by"), m_evaluatedBy);
    form->addRow(tr("Self-assessed score"), m_selfScore);
    form->addRow(tr("Review score"), m_reviewScore);
    form->addRow(tr("Grade"), m_grade);
    form->addRow(tr("Residents surveyed"), m_surveyed);
    form->addRow(tr("Residents satisfied"), m_satisfied);
    form->addRow(tr("Summary"), m_summary);
    form->addRow(tr("Problems"), m_problems);
    auto* layout = new QVBoxLayout(this);
    keepSizedToContent(this); // grows with its messages, within the screen
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this));
}

void FundEvaluationDialog::accept()
{
    FundEvaluation e;
    e.evaluatedOn = m_evaluatedOn->date();
    e.evaluatedBy = m_evaluatedBy->text();
    e.grade = m_grade->currentData().toString();
    e.summary = m_summary->toPlainText();
    e.problems = m_problems->toPlainText();
    if (!score(m_selfScore->text(), &e.selfScoreTenths) ||
        !score(m_reviewScore->text(), &e.reviewScoreTenths)) {
        m_error->showMessage(tr("Type a score such as 92 or 92.5."));
        return;
    }
    if (!count(m_surveyed->text(), &e.surveyed) || !count(m_satisfied->text(), &e.satisfied)) {
        m_error->showMessage(tr("Type the numbers of residents as whole numbers."));
        return;
    }
    const ServiceResult saved = m_fund.saveEvaluation(m_committee, m_year, e);
    if (!saved.ok()) {
        m_error->showMessage(saved.message);
        return;
    }
    QDialog::accept();
}

} // namespace partydesk
