#pragma once

#include "cogovernance/FundService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace partydesk {

class DateField;
class FieldErrorLabel;

// A fund project, new or edited; saved through FundService when accepted (the error shown otherwise).
class FundProjectDialog : public QDialog
{
    Q_OBJECT

public:
    FundProjectDialog(FundService& fund, const FundProjectRecord& project, QWidget* parent = nullptr);
    void accept() override;

private:
    FundService& m_fund;
    FundProjectRecord m_project;
    QLineEdit* m_title;
    QComboBox* m_category;
    DateField* m_approvedOn;
    QComboBox* m_approvedBy;
    QLineEdit* m_approved;
    QComboBox* m_status;
    DateField* m_finishedOn;
    QLineEdit* m_beneficiaries;
    QPlainTextEdit* m_decision;
    QPlainTextEdit* m_results;
    FieldErrorLabel* m_error;
};

// A spending record of a project, with its receipt number and an optional scan.
class FundSpendingDialog : public QDialog
{
    Q_OBJECT

public:
    FundSpendingDialog(FundService& fund, const FundSpendingRecord& spending, QWidget* parent = nullptr);
    void accept() override;
    // Scales the image at `path` as the workspace keeps photos; false when it is not an image.
    bool attachScan(const QString& path);

private:
    FundService& m_fund;
    FundSpendingRecord m_spending;
    DateField* m_spentOn;
    QLineEdit* m_amount;
    QLineEdit* m_purpose;
    QLineEdit* m_payee;
    QLineEdit* m_receiptNo;
    QLineEdit* m_handledBy;
    QLabel* m_scan;
    FieldErrorLabel* m_error;
};

// The year's evaluation (绩效考评).
class FundEvaluationDialog : public QDialog
{
    Q_OBJECT

public:
    FundEvaluationDialog(FundService& fund, qint64 committeeId, int year, QWidget* parent = nullptr);
    void accept() override;

private:
    FundService& m_fund;
    qint64 m_committee;
    int m_year;
    DateField* m_evaluatedOn;
    QLineEdit* m_evaluatedBy;
    QLineEdit* m_selfScore;
    QLineEdit* m_reviewScore;
    QComboBox* m_grade;
    QLineEdit* m_surveyed;
    QLineEdit* m_satisfied;
    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_problems;
    FieldErrorLabel* m_error;
};

} // namespace partydesk
