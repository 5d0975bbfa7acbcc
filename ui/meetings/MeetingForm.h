#pragma once

#include "domain/Organisation.h"
#include "meetings/Meeting.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableView;

namespace partydesk {

class AttendanceModel;
class DateField;
class FieldErrorLabel;
class Workspace;

// Records one meeting: details, the prescribed actions done (theme days), attendance ticked member
// by member, photos kept in the workspace, and the month's political birthdays as a reminder.
class MeetingForm : public QDialog
{
    Q_OBJECT

public:
    MeetingForm(Workspace& workspace, const QList<Organisation>& organisations, const Meeting& meeting,
                QWidget* parent = nullptr);
    AttendanceModel* attendance() const { return m_attendance; }
    qint64 savedId() const { return m_meeting.id; }
    bool save();
    // Adds a photo from an image file (scaled for the workspace); saves the meeting first if new.
    bool addPhoto(const QString& path);

private:
    void accept() override;
    void loadAttendance();
    void updateKind();
    void updateTally();
    void updateBirthdays();
    void reloadPhotos();
    Meeting collect(QString* error) const;

    Workspace& m_workspace;
    QList<Organisation> m_organisations;
    Meeting m_meeting;
    qint64 m_listedOrg = 0; // whose expected members the attendance list shows, and for which day
    QDate m_listedDay;
    QComboBox* m_branch = nullptr;
    QComboBox* m_kind = nullptr;
    DateField* m_date = nullptr;
    QLineEdit* m_theme = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_materials = nullptr;
    QPlainTextEdit* m_minutes = nullptr;
    QList<QPair<qint64, QCheckBox*>> m_actions;
    QWidget* m_actionsBox = nullptr;
    AttendanceModel* m_attendance = nullptr;
    QTableView* m_attendanceView = nullptr;
    QLabel* m_tally = nullptr;
    QLabel* m_birthdays = nullptr;
    QListWidget* m_photos = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace partydesk
