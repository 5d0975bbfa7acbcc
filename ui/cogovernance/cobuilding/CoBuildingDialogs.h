#pragma once

#include "cogovernance/CoBuildingRecords.h"
#include "forms/FieldErrorsView.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace partydesk {

class CoBuildingService;
class DateField;
class Workspace;

// Adds or edits a need of the committee's 需求清单. The status offers open, met and dropped: a
// project taking it on makes it matched (CoBuildingService).
class NeedDialog : public QDialog
{
    Q_OBJECT

public:
    NeedDialog(CoBuildingService& service, const CogovNeed& need, QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    // The typing mistakes, then the service's rules (the check its save applies too).
    FieldErrors problems(CogovNeed* need) const;

    CoBuildingService& m_service;
    CogovNeed m_need;
    qint64 m_savedId = 0;
    FieldErrorsView m_errors;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_category = nullptr;
    QLineEdit* m_source = nullptr;
    DateField* m_raised = nullptr;
    QComboBox* m_status = nullptr;
    DateField* m_closed = nullptr;
    QPlainTextEdit* m_detail = nullptr;
};

// Adds or edits a resource a unit offers (资源清单).
class ResourceDialog : public QDialog
{
    Q_OBJECT

public:
    ResourceDialog(CoBuildingService& service, const QList<CoBuildingUnit>& units,
                   const CogovResource& resource, QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    FieldErrors problems(CogovResource* resource) const;

    CoBuildingService& m_service;
    CogovResource m_resource;
    qint64 m_savedId = 0;
    FieldErrorsView m_errors;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_category = nullptr;
    DateField* m_offered = nullptr;
    DateField* m_withdrawn = nullptr;
    QPlainTextEdit* m_detail = nullptr;
};

// Adds or edits a project (项目清单) with the units taking part and the needs and resources it
// matches, ticked from the committee's lists.
class ProjectDialog : public QDialog
{
    Q_OBJECT

public:
    ProjectDialog(CoBuildingService& service, const QList<CoBuildingUnit>& units,
                  const QList<CogovNeed>& needs, const QList<CogovResource>& resources,
                  const CogovProject& project, QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    FieldErrors problems(CogovProject* project) const;

    CoBuildingService& m_service;
    CogovProject m_project;
    qint64 m_savedId = 0;
    FieldErrorsView m_errors;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_category = nullptr;
    QComboBox* m_lead = nullptr;
    QLineEdit* m_leadPerson = nullptr;
    QLineEdit* m_budget = nullptr;
    DateField* m_starts = nullptr;
    DateField* m_due = nullptr;
    DateField* m_finished = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_results = nullptr;
    QListWidget* m_units = nullptr;
    QListWidget* m_needs = nullptr;
    QListWidget* m_resources = nullptr;
};

} // namespace partydesk
