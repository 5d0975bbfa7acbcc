#pragma once

#include "cogovernance/InServiceService.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace partydesk {

class DateField;
class Workspace;

// 报到/认领岗位: the member claims one of the community's open posts; the report-in day is asked
// for when the member has none.
class ClaimDialog : public QDialog
{
    Q_OBJECT
public:
    ClaimDialog(Workspace& workspace, const Member& member, const QList<ServicePost>& posts,
                QWidget* parent = nullptr);
    void accept() override;

private:
    Workspace& m_workspace;
    Member m_member;
    QComboBox* m_post = nullptr;
    DateField* m_claimedOn = nullptr;
    DateField* m_reportedOn = nullptr;
    QLabel* m_error = nullptr;
};

// 记录服务: adds or edits a service record.
class ServiceRecordDialog : public QDialog
{
    Q_OBJECT
public:
    ServiceRecordDialog(Workspace& workspace, const ServiceRecord& record, const QList<ServicePost>& posts,
                        QWidget* parent = nullptr);
    void accept() override;

private:
    Workspace& m_workspace;
    ServiceRecord m_record;
    QComboBox* m_post = nullptr;
    DateField* m_servedOn = nullptr;
    QLineEdit* m_activity = nullptr;
    QDoubleSpinBox* m_hours = nullptr;
    QLineEdit* m_verifiedBy = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
};

// Adds or edits a service post of a committee.
class ServicePostDialog : public QDialog
{
    Q_OBJECT
public:
    ServicePostDialog(Workspace& workspace, const ServicePost& post, QWidget* parent = nullptr);
    void accept() override;

private:
    Workspace& m_workspace;
    ServicePost m_post;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_capacity = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace partydesk
