#include "ImportFileStep.h"

#include "import/ImportWorkbooks.h"
#include "reports/FileWrittenMessage.h"
#include "widgets/FieldErrorLabel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace partydesk {

ImportFileStep::ImportFileStep(QDate today, QWidget* parent) : QWidget(parent), m_today(today)
{
    auto* intro = new QLabel(
        tr("Choose the roster to import: an Excel workbook (.xlsx, .xls) or a CSV file. Title rows above "
           "the header, blank rows and total rows are skipped. Nothing is saved until you have seen the "
           "preview and clicked Import."));
    intro->setWordWrap(true);

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("fileEdit"));
    m_path->setPlaceholderText(tr("The roster file"));
    m_path->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("fileStatus"));
    m_status->setWordWrap(true);
    m_error = new FieldErrorLabel;
    m_error->setObjectName(QStringLiteral("fileError"));

    auto* templateIntro =
        new QLabel(tr("No roster in a spreadsheet yet? Save the import template, fill it in with Excel or "
                      "WPS, save it as .xlsx and import it here."));
    templateIntro->setWordWrap(true);
    auto* templateButton = new QPushButton(tr("Save the import template…"));
    templateButton->setObjectName(QStringLiteral("templateButton"));
    m_templateStatus = new QLabel;
    m_templateStatus->setObjectName(QStringLiteral("templateStatus"));
    m_templateStatus->setWordWrap(true);
    m_templateStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(templateButton);
    templateRow->addWidget(m_templateStatus, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(fileRow);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(templateIntro);
    layout->addLayout(templateRow);

    connect(browse, &QPushButton::clicked, this, &ImportFileStep::browse);
    connect(templateButton, &QPushButton::clicked, this, &ImportFileStep::saveTemplate);
    // Reported once per path: leaving the box again without a change reads nothing anew.
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        const QString typed = path();
        if (!typed.isEmpty() && typed != m_lastPath) {
            m_lastPath = typed;
            emit pathChosen(typed);
        }
    });
}

QString ImportFileStep::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportFileStep::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_lastPath = this->path();
    emit pathChosen(m_lastPath);
}

void ImportFileStep::showChecking()
{
    m_error->showMessage({});
    m_status->setText(tr("Reading the file…"));
}

void ImportFileStep::showSheets(const QStringList& sheets)
{
    m_error->showMessage({});
    m_status->setText(
        sheets.size() == 1
            ? tr("Ready to read sheet \"%1\".").arg(sheets.first())
            : tr("The workbook has %1 sheets; choose one in the next step.").arg(sheets.size()));
}

void ImportFileStep::showError(const QString& message)
{
    m_status->clear();
    m_error->showMessage(message);
}

void ImportFileStep::browse()
{
    const QString start = path().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(path()).absolutePath();
    // "All files" too: a WPS .et file is then explained rather than hidden.
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose the roster to import"), start,
                                                        tr("Excel / CSV (*.xlsx *.xls *.csv)") +
                                                            QStringLiteral(";;") + tr("All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ImportFileStep::saveTemplate()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("Roster import template.xlsx"));
    QString out = QFileDialog::getSaveFileName(this, tr("Save the import template"), suggested,
                                               tr("Excel workbooks (*.xlsx)"));
    if (out.isEmpty())
        return;
    if (!out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        out += QLatin1String(".xlsx");
    if (const QString error = writeRosterTemplate(out, m_today); !error.isEmpty()) {
        m_templateStatus->clear();
        m_error->showMessage(error);
        return;
    }
    m_templateStatus->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(out)));
    FileWrittenMessage::show(this, tr("Save the import template"),
                             tr("The template is saved: fill in one member per row, then import it."), out);
}

} // namespace partydesk
