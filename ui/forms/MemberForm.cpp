#include "MemberForm.h"

#include "appraisal/AppraisalGrade.h"
#include "domain/DerivedFacts.h"
#include "domain/IdNumber.h"
#include "domain/OrganisationTree.h"
#include "FormButtons.h"
#include "FormFit.h"
#include "ReverseLeavingDialog.h"
#include "widgets/DateField.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace partydesk {

namespace {

template <typename E> void fillEnumCombo(QComboBox* combo)
{
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), int(value));
}

template <typename E> E comboValue(const QComboBox* combo)
{
    return E(combo->currentData().toInt());
}

void selectData(QComboBox* combo, const QVariant& data)
{
    const int i = combo->findData(data);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

QLineEdit* lineEdit(const QString& objectName, int maxLength = 100)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

// Wide enough for `characters` Chinese characters: an address or a work unit shows whole.
void widenFor(QLineEdit* edit, int characters)
{
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QString(characters, QChar(0x5E8A))) + 16);
}

DateField* dateField(const QString& objectName)
{
    auto* field = new DateField;
    field->setObjectName(objectName);
    return field;
}

const QStringList& commonEthnicities()
{
    static const QStringList list = {
        QStringLiteral("汉族"),   QStringLiteral("土家族"),   QStringLiteral("苗族"), QStringLiteral("侗族"),
        QStringLiteral("瑶族"),   QStringLiteral("回族"),     QStringLiteral("壮族"), QStringLiteral("满族"),
        QStringLiteral("蒙古族"), QStringLiteral("维吾尔族"), QStringLiteral("藏族"), QStringLiteral("彝族"),
        QStringLiteral("白族"),   QStringLiteral("朝鲜族")};
    return list;
}

} // namespace

MemberForm::MemberForm(Workspace& workspace, const QList<Organisation>& organisations, const Member& member,
                       QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_organisations(organisations), m_original(member)
{
    setWindowTitle(member.id > 0 ? tr("Edit member: %1").arg(member.name) : tr("Add member"));
    setObjectName(QStringLiteral("MemberForm"));

    auto* basicsBox = new QGroupBox(tr("Personal details"));
    auto* basics = new QFormLayout(basicsBox);
    buildBasics(basics);

    auto* membershipBox = new QGroupBox(tr("Organisation and membership"));
    m_membershipForm = new QFormLayout(membershipBox);
    buildMembership(m_membershipForm);

    m_inServiceBox = new QGroupBox(tr("In-service member"));
    auto* inService = new QFormLayout(m_inServiceBox);
    m_floatingBox = new QGroupBox(tr("Floating member"));
    m_floatingForm = new QFormLayout(m_floatingBox);
    buildCategoryFields(inService, m_floatingForm);

    // Under the personal details: the left column is the shorter one.
    auto* tagsBox = new QGroupBox(tr("Tags"));
    auto* tagsLayout = new QHBoxLayout(tagsBox);
    for (MemberTag tag : enumValues<MemberTag>()) {
        if (tag == MemberTag::Minority) // derived from the ethnicity
            continue;
        auto* box = new QCheckBox(enumLabel(tag));
        box->setObjectName(QStringLiteral("tag_") + enumCode(tag));
        tagsLayout->addWidget(box);
        m_tags.append({tag, box});
    }
    tagsLayout->addStretch();

    m_derived = new QLabel;
    m_derived->setObjectName(QStringLiteral("derivedFacts"));
    m_derived->setWordWrap(true);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(basicsBox);
    left->addWidget(tagsBox);
    left->addWidget(m_derived);
    if (member.id > 0 && member.hasLeft()) {
        // A leaving recorded by mistake, or a transfer that did not happen, is reversed from here.
        auto* reverse = new QPushButton(tr("&Reverse leaving…"));
        reverse->setObjectName(QStringLiteral("reverseLeavingButton"));
        connect(reverse, &QPushButton::clicked, this, &MemberForm::reverseLeaving);
        left->addWidget(reverse, 0, Qt::AlignLeft);
    }
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(membershipBox);
    right->addWidget(m_inServiceBox);
    right->addWidget(m_floatingBox);
    right->addStretch();
    columns->addLayout(left, 5);
    columns->addLayout(right, 6);

    // Tab runs down the left column, then the right one, each in the paper form's order.
    setFormLayout(this, columns, saveCancelButtons(this));

    load(member);
    connect(m_category, &QComboBox::currentIndexChanged, this, &MemberForm::updateVisibleFields);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MemberForm::updateVisibleFields);
    connect(m_idNumber, &QLineEdit::editingFinished, this, &MemberForm::fillFromIdNumber);
    connect(m_org, &QComboBox::currentIndexChanged, this, &MemberForm::updateGridWarning);
    connect(m_grid, &QComboBox::currentIndexChanged, this, &MemberForm::updateGridWarning);
    updateVisibleFields();
    updateGridWarning();
    m_errors.checkOnLeave([this] {
        Member member;
        return problems(&member);
    });
    m_name->setFocus();
    m_unsaved.remember(this);
}

void MemberForm::buildBasics(QFormLayout* form)
{
    m_name = lineEdit(QStringLiteral("nameEdit"), 30);
    m_sex = new QComboBox;
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    fillEnumCombo<Sex>(m_sex);
    m_idNumber = lineEdit(QStringLiteral("idNumberEdit"), 24);
    m_idNumber->setMinimumWidth(
        m_idNumber->fontMetrics().horizontalAdvance(QStringLiteral("44052418800101001X")) + 16);
    m_idNumber->setPlaceholderText(tr("18 characters; birth date and sex are taken from it"));
    m_ethnicity = new QComboBox;
    m_ethnicity->setObjectName(QStringLiteral("ethnicityCombo"));
    m_ethnicity->setEditable(true);
    m_ethnicity->addItems(commonEthnicities());
    m_birthDate = dateField(QStringLiteral("birthDateEdit"));
    m_education = new QComboBox;
    m_education->setObjectName(QStringLiteral("educationCombo"));
    fillEnumCombo<Education>(m_education);
    m_phone = lineEdit(QStringLiteral("phoneEdit"), 20);
    m_address = lineEdit(QStringLiteral("addressEdit"), 200);
    widenFor(m_address, 16);
    m_notes = lineEdit(QStringLiteral("notesEdit"), 500);

    form->addRow(tr("&Name"), m_errors.wrap(MemberField::name, m_name));
    form->addRow(tr("&Sex"), m_errors.wrap(MemberField::sex, m_sex));
    form->addRow(tr("&ID number"), m_errors.wrap(MemberField::idNumber, m_idNumber));
    form->addRow(tr("Ethnicity"), m_ethnicity);
    form->addRow(tr("&Birth date"), m_errors.wrap(MemberField::birthDate, m_birthDate));
    form->addRow(tr("Education"), m_education);
    form->addRow(tr("&Phone"), m_errors.wrap(MemberField::phone, m_phone));
    form->addRow(tr("Home address"), m_address);
    form->addRow(tr("Notes"), m_notes);
}

void MemberForm::buildMembership(QFormLayout* form)
{
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    fillEnumCombo<MemberCategory>(m_category);
    m_org = new QComboBox;
    m_org->setObjectName(QStringLiteral("orgCombo"));
    m_org->addItem(tr("(choose a branch)"), 0);
    const QHash<qint64, QString> names = organisationDisplayNames(m_organisations);
    for (const Organisation& org : std::as_const(m_organisations))
        if (isBranchLevel(org.type))
            m_org->addItem(names.value(org.id), org.id);
    m_grid = new QComboBox;
    m_grid->setObjectName(QStringLiteral("gridCombo"));
    m_grid->addItem(tr("(no grid)"), 0);
    m_grids = m_workspace.organisations().allGrids();
    for (const Grid& grid : std::as_const(m_grids))
        m_grid->addItem(QStringLiteral("%1 %2").arg(grid.code, grid.name), grid.id);
    // A grid in another community, or off the branch's grid, is worth a second look, not a refusal.
    m_gridWarning = new QLabel;
    m_gridWarning->setObjectName(QStringLiteral("gridWarning"));
    m_gridWarning->setWordWrap(true);
    m_gridWarning->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_gridWarning->hide();
    auto* gridCell = new QWidget;
    auto* gridLayout = new QVBoxLayout(gridCell);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(2);
    gridLayout->addWidget(m_grid);
    gridLayout->addWidget(m_gridWarning);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusCombo"));
    fillEnumCombo<MemberStatus>(m_status);
    m_appliedOn = dateField(QStringLiteral("appliedOnEdit"));
    m_activistOn = dateField(QStringLiteral("activistOnEdit"));
    m_candidateOn = dateField(QStringLiteral("candidateOnEdit"));
    m_joinedOn = dateField(QStringLiteral("joinedOnEdit"));
    m_fullOn = dateField(QStringLiteral("fullOnEdit"));

    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("Br&anch"), m_errors.wrap(MemberField::org, m_org));
    form->addRow(tr("Grid"), gridCell);
    form->addRow(tr("S&tatus"), m_errors.wrap(MemberField::status, m_status));
    form->addRow(tr("Applied to join on"), m_errors.wrap(MemberField::appliedOn, m_appliedOn));
    form->addRow(tr("Activist since"), m_errors.wrap(MemberField::activistOn, m_activistOn));
    form->addRow(tr("Candidate since"), m_errors.wrap(MemberField::candidateOn, m_candidateOn));
    form->addRow(tr("&Joined the Party on"), m_errors.wrap(MemberField::joinedOn, m_joinedOn));
    form->addRow(tr("&Full member since"), m_errors.wrap(MemberField::fullOn, m_fullOn));
}

void MemberForm::buildCategoryFields(QFormLayout* inService, QFormLayout* floating)
{
    m_workUnit = lineEdit(QStringLiteral("workUnitEdit"));
    m_reportedOn = dateField(QStringLiteral("reportedOnEdit"));
    m_servicePost = lineEdit(QStringLiteral("servicePostEdit"));
    // Claims have one place: the posts held are written by the in-service page's claims.
    m_servicePost->setReadOnly(true);
    m_servicePost->setToolTip(tr("Posts are claimed on the Co-governance → In-service members page."));
    inService->addRow(tr("Work unit"), m_errors.wrap(MemberField::workUnit, m_workUnit));
    inService->addRow(tr("Reported to the community on"),
                      m_errors.wrap(MemberField::reportedOn, m_reportedOn));
    inService->addRow(tr("Service post claimed"), m_servicePost);

    m_floatingPlace = lineEdit(QStringLiteral("floatingPlaceEdit"));
    m_homeOrganisation = lineEdit(QStringLiteral("homeOrganisationEdit"));
    m_floatingSince = dateField(QStringLiteral("floatingSinceEdit"));
    m_floatingContact = lineEdit(QStringLiteral("floatingContactEdit"), 50);
    m_activityCardNo = lineEdit(QStringLiteral("activityCardEdit"), 50);
    m_participation = lineEdit(QStringLiteral("participationEdit"));
    floating->addRow(tr("Now living or working in"),
                     m_errors.wrap(MemberField::floatingPlace, m_floatingPlace));
    floating->addRow(tr("Registered with"), m_errors.wrap(MemberField::homeOrganisation, m_homeOrganisation));
    floating->addRow(tr("Since"), m_errors.wrap(MemberField::floatingSince, m_floatingSince));
    floating->addRow(tr("Contact"), m_floatingContact);
    floating->addRow(tr("Activity card number"), m_activityCardNo);
    floating->addRow(tr("Takes part by"), m_participation);
}

void MemberForm::load(const Member& m)
{
    m_name->setText(m.name);
    selectData(m_sex, int(m.sex));
    m_idNumber->setText(m.idNumber);
    m_ethnicity->setCurrentText(m.ethnicity.isEmpty() ? QStringLiteral("汉族") : m.ethnicity);
    m_birthDate->setDate(m.birthDate);
    selectData(m_education, int(m.education));
    selectData(m_category, int(m.category));
    selectData(m_org, m.orgId);
    selectData(m_grid, m.gridId);
    selectData(m_status, int(m.status));
    m_appliedOn->setDate(m.appliedOn);
    m_activistOn->setDate(m.activistOn);
    m_candidateOn->setDate(m.candidateOn);
    m_joinedOn->setDate(m.joinedOn);
    m_fullOn->setDate(m.fullOn);
    m_phone->setText(m.phone);
    m_address->setText(m.address);
    m_workUnit->setText(m.workUnit);
    m_reportedOn->setDate(m.reportedOn);
    m_servicePost->setText(m.servicePost);
    m_floatingPlace->setText(m.floatingPlace);
    m_homeOrganisation->setText(m.homeOrganisation);
    m_floatingSince->setDate(m.floatingSince);
    m_floatingContact->setText(m.floatingContact);
    m_activityCardNo->setText(m.activityCardNo);
    m_participation->setText(m.participation);
    for (const auto& tag : std::as_const(m_tags))
        tag.second->setChecked(m.hasTag(tag.first));
    m_notes->setText(m.notes);

    if (m.id > 0) {
        const QDate today = m_workspace.clock().today();
        QStringList facts;
        if (m.birthDate.isValid())
            facts << tr("Age %1").arg(ageOn(m.birthDate, today));
        if (partyAge(m, today) >= 0)
            facts << tr("Party age %1 years").arg(partyAge(m, today));
        if (probationOverdue(m, today))
            facts << tr("Probation overdue since %1").arg(m.joinedOn.addYears(1).toString(Qt::ISODate));
        if (politicalBirthdayInMonth(m, today))
            facts << tr("Political birthday this month (%1 years)").arg(yearsSinceJoining(m, today));
        if (fiftyYearMedalDue(m, today.year()))
            facts << tr("Due the \"50 years in the Party\" medal this year");
        // Attendance at organisational life over the last twelve months.
        const AttendanceTally attendance =
            m_workspace.meetings().memberAttendance(m.id, today.addYears(-1), today);
        if (attendance.expected > 0)
            facts << tr("Organisational life in the last 12 months: %1 of %2 (%3%)")
                         .arg(attendance.present)
                         .arg(attendance.expected)
                         .arg(attendance.rate() * 100, 0, 'f', 0);
        QStringList lines{facts.join(QStringLiteral(" · "))};
        const QList<MemberEvent> events = m_workspace.members().events(m.id);
        if (!events.isEmpty())
            lines << QString() << tr("History:");
        for (const MemberEvent& event : events)
            lines << QStringLiteral("%1  %2").arg(event.date.toString(Qt::ISODate), describe(event));
        m_derived->setText(lines.join(QLatin1Char('\n')));
    }
}

// One line of the member's history, in words.
QString MemberForm::describe(const MemberEvent& event) const
{
    const auto codeLabel = [](const QString& code) {
        MemberCategory category;
        MemberStatus status;
        LeaveKind leave;
        if (enumFromCode(code, &category))
            return enumLabel(category);
        if (enumFromCode(code, &status))
            return enumLabel(status);
        if (enumFromCode(code, &leave))
            return enumLabel(leave);
        if (AppraisalGrade grade; enumFromCode(code, &grade))
            return enumLabel(grade);
        return code;
    };
    const auto orgName = [this](const QString& id) {
        for (const Organisation& org : m_organisations)
            if (org.id == id.toLongLong())
                return org.name;
        return id;
    };
    QString text;
    if (event.kind == QLatin1String("joined_roster"))
        text = tr("Entered on the roster as %1").arg(codeLabel(event.toValue));
    else if (event.kind == QLatin1String("category_change"))
        text = tr("Category: %1 → %2").arg(codeLabel(event.fromValue), codeLabel(event.toValue));
    else if (event.kind == QLatin1String("status_change"))
        text = tr("Status: %1 → %2").arg(codeLabel(event.fromValue), codeLabel(event.toValue));
    else if (event.kind == QLatin1String("transfer"))
        text = tr("Moved: %1 → %2").arg(orgName(event.fromValue), orgName(event.toValue));
    else if (event.kind == QLatin1String("left"))
        text = tr("Left the roster: %1").arg(codeLabel(event.toValue));
    else if (event.kind == QLatin1String("leaving_reversed"))
        text = tr("Back on the roster: leaving reversed");
    else if (event.kind == QLatin1String("appraisal"))
        text = tr("Appraisal: %1").arg(codeLabel(event.toValue));
    else
        text = event.kind;
    return event.reason.isEmpty() ? text : tr("%1 (%2)").arg(text, event.reason);
}

void MemberForm::fillFromIdNumber()
{
    const IdNumberCheck id = IdNumber::check(m_idNumber->text());
    if (!id.ok)
        return;
    m_idNumber->setText(id.normalised);
    if (m_birthDate->text().trimmed().isEmpty())
        m_birthDate->setDate(id.birthDate);
    if (m_original.id == 0)
        selectData(m_sex, int(id.sex));
}

void MemberForm::updateVisibleFields()
{
    const auto category = comboValue<MemberCategory>(m_category);
    const auto status = comboValue<MemberStatus>(m_status);
    m_inServiceBox->setVisible(category == MemberCategory::InService);
    m_floatingBox->setVisible(category == MemberCategory::FloatingOut ||
                              category == MemberCategory::FloatingIn);
    const bool out = category == MemberCategory::FloatingOut;
    m_floatingForm->setRowVisible(m_floatingPlace->parentWidget(), out);
    m_floatingForm->setRowVisible(m_homeOrganisation->parentWidget(), !out);
    m_floatingForm->setRowVisible(m_activityCardNo, out);
    m_floatingForm->setRowVisible(m_participation, out);

    // Only the steps reached so far are asked for.
    const int reached = int(status);
    const QList<QWidget*> steps = {m_appliedOn, m_activistOn, m_candidateOn, m_joinedOn, m_fullOn};
    for (int i = 0; i < steps.size(); ++i)
        m_membershipForm->setRowVisible(steps[i]->parentWidget(), i <= reached);
    if (isVisible())
        sizeToContent(this);
}

void MemberForm::updateGridWarning()
{
    Member placed = m_original;
    placed.orgId = m_org->currentData().toLongLong();
    placed.gridId = m_grid->currentData().toLongLong();
    QStringList lines;
    for (const FieldError& warning : memberPlacementWarnings(placed, m_organisations, m_grids))
        lines << warning.message;
    m_gridWarning->setText(lines.join(QLatin1Char('\n')));
    m_gridWarning->setVisible(!lines.isEmpty());
}

Member MemberForm::collect(FieldErrors* typingErrors) const
{
    Member m = m_original;
    const auto date = [&](DateField* field, const QString& name) {
        if (!field->isAcceptable())
            typingErrors->append(
                {name, tr("\"%1\" is not a date: type it as 2020-05-01.").arg(field->text().trimmed())});
        return field->isVisibleTo(this) ? field->date() : QDate();
    };
    m.name = m_name->text().trimmed();
    m.sex = comboValue<Sex>(m_sex);
    m.idNumber = m_idNumber->text().trimmed();
    m.ethnicity = m_ethnicity->currentText().trimmed();
    m.birthDate = date(m_birthDate, MemberField::birthDate);
    m.education = comboValue<Education>(m_education);
    m.category = comboValue<MemberCategory>(m_category);
    m.orgId = m_org->currentData().toLongLong();
    m.gridId = m_grid->currentData().toLongLong();
    m.status = comboValue<MemberStatus>(m_status);
    m.appliedOn = date(m_appliedOn, MemberField::appliedOn);
    m.activistOn = date(m_activistOn, MemberField::activistOn);
    m.candidateOn = date(m_candidateOn, MemberField::candidateOn);
    m.joinedOn = date(m_joinedOn, MemberField::joinedOn);
    m.fullOn = date(m_fullOn, MemberField::fullOn);
    m.phone = m_phone->text().trimmed();
    m.address = m_address->text().trimmed();
    const bool inService = m.category == MemberCategory::InService;
    const bool floating =
        m.category == MemberCategory::FloatingOut || m.category == MemberCategory::FloatingIn;
    m.workUnit = inService ? m_workUnit->text().trimmed() : QString();
    m.reportedOn = inService ? date(m_reportedOn, MemberField::reportedOn) : QDate();
    m.servicePost = inService ? m_servicePost->text().trimmed() : QString();
    m.floatingPlace =
        m.category == MemberCategory::FloatingOut ? m_floatingPlace->text().trimmed() : QString();
    m.homeOrganisation =
        m.category == MemberCategory::FloatingIn ? m_homeOrganisation->text().trimmed() : QString();
    m.floatingSince = floating ? date(m_floatingSince, MemberField::floatingSince) : QDate();
    m.floatingContact = floating ? m_floatingContact->text().trimmed() : QString();
    m.activityCardNo =
        m.category == MemberCategory::FloatingOut ? m_activityCardNo->text().trimmed() : QString();
    m.participation =
        m.category == MemberCategory::FloatingOut ? m_participation->text().trimmed() : QString();
    m.tags.clear();
    for (const auto& tag : m_tags)
        if (tag.second->isChecked())
            m.tags.append(tag.first);
    m.notes = m_notes->text().trimmed();
    return m;
}

FieldErrors MemberForm::problems(Member* member) const
{
    FieldErrors errors;
    *member = collect(&errors);
    for (const FieldError& e : m_workspace.memberService().check(*member))
        if (messageFor(errors, e.field).isEmpty())
            errors.append(e);
    return errors;
}

bool MemberForm::save()
{
    Member member;
    const FieldErrors errors = problems(&member);
    if (QWidget* first = m_errors.show(errors)) {
        first->setFocus();
        return false;
    }
    const ServiceResult result = m_workspace.memberService().save(member);
    if (!result.ok()) {
        if (QWidget* first = m_errors.show(result.errors)) {
            first->setFocus();
            return false;
        }
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The member could not be saved: %1").arg(result.message));
        return false;
    }
    m_savedId = result.id;
    return true;
}

void MemberForm::accept()
{
    if (save())
        QDialog::accept();
}

void MemberForm::reject()
{
    if (m_unsaved.confirmClose(this))
        QDialog::reject();
}

void MemberForm::reverseLeaving()
{
    if (m_unsaved.changed(this)) {
        QMessageBox::information(this, tr("Reverse leaving"),
                                 tr("Save or discard the changes in this form first."));
        return;
    }
    ReverseLeavingDialog dialog(m_workspace, m_original, this);
    if (dialog.exec() == QDialog::Accepted)
        done(LeavingReversed);
}

} // namespace partydesk
