#include "MeetingForm.h"

#include "AttendanceModel.h"
#include "domain/OrganisationTree.h"
#include "forms/FormButtons.h"
#include "forms/FormFit.h"
#include "meetings/MonthlyFacts.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/ScaledJpeg.h"
#include "Workspace.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace partydesk {

namespace {

// The space bar ticks the next status of the current member, as a click does.
class SpaceCycles : public QObject
{
public:
    SpaceCycles(QTableView* view, AttendanceModel* model) : QObject(view), m_view(view), m_model(model) {}

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space) {
            m_model->cycle(m_view->currentIndex());
            return true;
        }
        return false;
    }

private:
    QTableView* m_view;
    AttendanceModel* m_model;
};

} // namespace

MeetingForm::MeetingForm(Workspace& workspace, const QList<Organisation>& organisations,
                         const Meeting& meeting, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_organisations(organisations), m_meeting(meeting)
{
    setWindowTitle(meeting.id > 0 ? tr("Meeting record") : tr("New meeting"));
    setObjectName(QStringLiteral("MeetingForm"));
    m_branch = new QComboBox;
    m_branch->setObjectName(QStringLiteral("branchCombo"));
    const QHash<qint64, QString> names = organisationDisplayNames(organisations);
    for (const Organisation& org : organisations)
        if (isBranchLevel(org.type) && org.type != OrgType::PartyGroup)
            m_branch->addItem(names.value(org.id), org.id);
    m_branch->setCurrentIndex(std::max(0, m_branch->findData(meeting.orgId)));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (MeetingKind kind : enumValues<MeetingKind>())
        m_kind->addItem(enumLabel(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(meeting.kind)));
    m_date = new DateField;
    m_date->setObjectName(QStringLiteral("meetingDateEdit"));
    m_date->setDate(meeting.heldOn);
    m_theme = new QLineEdit(meeting.theme);
    m_theme->setObjectName(QStringLiteral("themeEdit"));
    m_place = new QLineEdit(meeting.place);
    m_host = new QLineEdit(meeting.host);
    m_materials = new QLineEdit(meeting.materials);
    m_minutes = new QPlainTextEdit(meeting.minutes);
    m_minutes->setMaximumHeight(90);
    m_error = new FieldErrorLabel;

    auto* details = new QFormLayout;
    details->addRow(tr("Branch"), m_branch);
    details->addRow(tr("Kind"), m_kind);
    details->addRow(tr("Date"), m_date);
    details->addRow(tr("Theme"), m_theme);
    details->addRow(tr("Place"), m_place);
    details->addRow(tr("Host"), m_host);
    details->addRow(tr("Materials studied"), m_materials);
    details->addRow(tr("Minutes"), m_minutes);

    auto* actionsBox = new QGroupBox(tr("Prescribed actions done"));
    auto* actionsGrid = new QGridLayout(actionsBox);
    const QList<PrescribedAction> actions = workspace.meetings().actions();
    int shown = 0;
    for (const PrescribedAction& action : actions) {
        if (!action.active && !meeting.actionIds.contains(action.id))
            continue;
        auto* box = new QCheckBox(action.name);
        box->setObjectName(QStringLiteral("action_%1").arg(action.id));
        box->setChecked(meeting.actionIds.contains(action.id));
        actionsGrid->addWidget(box, shown / 2, shown % 2);
        m_actions.append({action.id, box});
        ++shown;
    }
    m_actionsBox = actionsBox;

    m_attendance = new AttendanceModel(this);
    m_attendanceView = new QTableView;
    m_attendanceView->setObjectName(QStringLiteral("attendanceView"));
    m_attendanceView->setModel(m_attendance);
    m_attendanceView->verticalHeader()->hide();
    m_attendanceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendanceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_attendanceView->horizontalHeader()->setStretchLastSection(true);
    m_attendanceView->installEventFilter(new SpaceCycles(m_attendanceView, m_attendance));
    auto* allPresent = new QPushButton(tr("Everyone present"));
    m_tally = new QLabel;
    m_tally->setObjectName(QStringLiteral("attendanceTally"));
    auto* tallyRow = new QHBoxLayout;
    tallyRow->addWidget(new QLabel(tr("Click a status, or press the space bar, to change it.")));
    tallyRow->addStretch();
    tallyRow->addWidget(m_tally);
    tallyRow->addWidget(allPresent);

    m_birthdays = new QLabel;
    m_birthdays->setObjectName(QStringLiteral("politicalBirthdays"));
    m_birthdays->setWordWrap(true);
    m_photos = new QListWidget;
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(120, 90));
    m_photos->setMaximumHeight(130);
    auto* addPhoto = new QPushButton(tr("Add photo…"));
    auto* removePhoto = new QPushButton(tr("Remove photo"));
    auto* photoButtons = new QVBoxLayout;
    photoButtons->addWidget(addPhoto);
    photoButtons->addWidget(removePhoto);
    photoButtons->addStretch();
    auto* photos = new QHBoxLayout;
    photos->addWidget(m_photos, 1);
    photos->addLayout(photoButtons);

    auto* left = new QVBoxLayout;
    left->addLayout(details);
    left->addWidget(actionsBox);
    left->addWidget(m_birthdays);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(m_attendanceView, 1);
    right->addLayout(tallyRow);
    right->addWidget(new QLabel(tr("Photos")));
    right->addLayout(photos);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    keepSizedToContent(this); // grows with its messages, within the screen
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(saveCancelButtons(this));

    connect(m_attendanceView, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (index.column() == AttendanceModel::StatusColumn)
            m_attendance->cycle(index);
    });
    connect(allPresent, &QPushButton::clicked, this,
            [this] { m_attendance->setAll(AttendanceStatus::Present); });
    connect(m_attendance, &AttendanceModel::tallyChanged, this, &MeetingForm::updateTally);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeetingForm::updateKind);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &MeetingForm::loadAttendance);
    // Who is expected depends on the day: members who joined later or had left by then are not.
    connect(m_date, &QLineEdit::editingFinished, this, [this] {
        const QDate day = m_date->date().isValid() ? m_date->date() : m_workspace.clock().today();
        if (day != m_listedDay)
            loadAttendance();
    });
    connect(addPhoto, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add photo"), QString(),
                                                          tr("Images (*.jpg *.jpeg *.png *.bmp)"));
        if (!path.isEmpty())
            this->addPhoto(path);
    });
    connect(removePhoto, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_photos->currentItem()) {
            m_workspace.meetings().deletePhoto(item->data(Qt::UserRole).toLongLong());
            reloadPhotos();
        }
    });

    loadAttendance();
    updateKind();
    updateBirthdays();
    reloadPhotos();
    resize(1180, 720);
}

void MeetingForm::loadAttendance()
{
    const qint64 orgId = m_branch->currentData().toLongLong();
    const QDate day = m_date->date().isValid() ? m_date->date() : m_workspace.clock().today();
    // What was ticked stays ticked when the list is drawn again for another day; another branch
    // starts afresh.
    QList<AttendanceRecord> recorded;
    if (orgId == m_listedOrg && m_listedOrg != 0)
        recorded = m_attendance->records();
    else if (m_meeting.id > 0 && orgId == m_meeting.orgId)
        recorded = m_workspace.meetings().attendance(m_meeting.id);
    m_attendance->setMembers(m_workspace.meetings().expectedMembers(orgId, day), recorded);
    m_listedOrg = orgId;
    m_listedDay = day;
    updateBirthdays();
}

void MeetingForm::updateKind()
{
    m_actionsBox->setVisible(MeetingKind(m_kind->currentData().toInt()) == MeetingKind::ThemeDay);
}

void MeetingForm::updateTally()
{
    const AttendanceTally t = m_attendance->tally();
    m_tally->setText(tr("Expected %1 · present %2 · on leave %3 · absent %4 · rate %5%")
                         .arg(t.expected)
                         .arg(t.present)
                         .arg(t.leave)
                         .arg(t.absent)
                         .arg(t.rate() * 100, 0, 'f', 1));
}

void MeetingForm::updateBirthdays()
{
    const QDate day = m_date->date().isValid() ? m_date->date() : m_workspace.clock().today();
    const QSet<qint64> orgs = subtreeIds(m_organisations, m_branch->currentData().toLongLong());
    const QStringList lines = politicalBirthdayLines(m_workspace.database(), &orgs, day);
    m_birthdays->setText(
        lines.isEmpty() ? QString()
                        : tr("Political birthdays this month: %1").arg(lines.join(QStringLiteral("、"))));
}

void MeetingForm::reloadPhotos()
{
    m_photos->clear();
    if (m_meeting.id == 0)
        return;
    for (const MeetingPhoto& photo : m_workspace.meetings().photos(m_meeting.id)) {
        QImage thumb;
        thumb.loadFromData(photo.thumbnail, "JPEG");
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumb)), photo.caption, m_photos);
        item->setData(Qt::UserRole, photo.id);
    }
}

Meeting MeetingForm::collect(QString* error) const
{
    Meeting m = m_meeting;
    m.orgId = m_branch->currentData().toLongLong();
    m.kind = MeetingKind(m_kind->currentData().toInt());
    m.heldOn = m_date->date();
    m.theme = m_theme->text();
    m.place = m_place->text();
    m.host = m_host->text();
    m.materials = m_materials->text();
    m.minutes = m_minutes->toPlainText();
    m.done = true;
    m.actionIds.clear();
    if (m.kind == MeetingKind::ThemeDay)
        for (const auto& [id, box] : m_actions)
            if (box->isChecked())
                m.actionIds << id;
    if (!m_date->isAcceptable() || !m.heldOn.isValid())
        *error = tr("Enter the date of the meeting as 2026-11-15.");
    else if (m.heldOn > m_workspace.clock().today().addDays(366))
        *error = tr("The date is more than a year ahead.");
    return m;
}

bool MeetingForm::save()
{
    QString error;
    Meeting m = collect(&error);
    if (!error.isEmpty()) {
        m_error->showMessage(error);
        m_date->setFocus();
        return false;
    }
    const QList<AttendanceRecord> records = m_attendance->records();
    const WriteResult saved = m_workspace.meetings().saveMeeting(m, &records);
    if (!saved.ok()) {
        m_error->showMessage(saved.error);
        return false;
    }
    m_meeting = m;
    return true;
}

bool MeetingForm::addPhoto(const QString& path)
{
    const QImage image(path);
    if (image.isNull()) {
        m_error->showMessage(tr("\"%1\" is not an image.").arg(path));
        return false;
    }
    if (m_meeting.id == 0 && !save())
        return false;
    MeetingPhoto photo;
    photo.meetingId = m_meeting.id;
    photo.caption = QFileInfo(path).completeBaseName();
    photo.image = scaledJpeg(image, 1600);
    photo.thumbnail = scaledJpeg(image, 200);
    const WriteResult saved = m_workspace.meetings().addPhoto(photo);
    if (!saved.ok()) {
        m_error->showMessage(saved.error);
        return false;
    }
    reloadPhotos();
    return true;
}

void MeetingForm::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace partydesk
