#include "cogovernance/cobuilding/UnitPersonDialog.h"
#include "cogovernance/CoBuildingService.h"
#include "domain/IdNumber.h"
#include "domain/OrganisationTree.h"
#include "forms/CoBuildingUnitForm.h"
#include "forms/FormFit.h"
#include "forms/GridForm.h"
#include "forms/MemberForm.h"
#include "forms/OrganisationForm.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "transfers/TransferOutDialog.h"
#include "transfers/TransferService.h"
#include "widgets/FieldErrorLabel.h"

#include <catch2/catch.hpp>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// Forms are sized for the most common office screen, 1366×768 less a 40-pixel task bar (the
// offscreen platform's own screen is 800×600).
struct OfficeScreen
{
    OfficeScreen() { setFormScreenSize(QSize(1366, 728)); }
    ~OfficeScreen() { setFormScreenSize(QSize()); }
};

// Shows `form` with keyboard focus, as on a desktop.
void showActive(QWidget* form)
{
    form->show();
    QApplication::setActiveWindow(form);
    REQUIRE(QTest::qWaitForWindowActive(form));
}

// Lets the layouts that messages and rows changed take their new geometry.
void settle()
{
    for (int i = 0; i < 6; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

// Types `text` into the field with the keyboard focus in it, then leaves it with Tab.
void typeAndLeave(QWidget* form, const char* objectName, const QString& text)
{
    auto* edit = child<QLineEdit>(form, objectName);
    edit->setFocus(Qt::TabFocusReason);
    REQUIRE(QApplication::focusWidget() == edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() != edit);
    settle();
}

// `widget` lies whole inside each of its parents up to its window: nothing of it is cut off.
bool wholeInside(const QWidget* widget)
{
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        const QRect inParent(widget->mapTo(parent, QPoint(0, 0)), widget->size());
        if (!parent->rect().contains(inParent))
            return false;
        if (parent->isWindow())
            break;
    }
    return true;
}

// The widget has at least the size its content needs: a label its whole text (the height its
// wrapped lines need), an edit or combo box its minimum.
bool notSqueezed(const QWidget* widget)
{
    const QSize minimum = widget->minimumSizeHint();
    if (widget->width() < minimum.width() || widget->height() < minimum.height())
        return false;
    return !widget->hasHeightForWidth() || widget->height() >= widget->heightForWidth(widget->width());
}

// The message is on screen in full: visible, wrapped within its width, none of its lines cut.
void requireWholeMessage(const FieldErrorLabel* label)
{
    INFO(label->objectName().toStdString() << ": " << label->text().toStdString());
    REQUIRE(label->isVisible());
    CHECK_FALSE(label->text().isEmpty());
    CHECK(label->sizeHint().width() <= label->width());
    CHECK(label->heightForWidth(label->width()) <= label->height());
    CHECK(wholeInside(label));
}

// Every widget the dialog shows, its own parts (names starting qt_) aside.
QList<QWidget*> shownWidgets(QWidget* dialog)
{
    QList<QWidget*> shown;
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        // Qt's own parts of a widget (a combo box's list, a scroll area's bars); not the viewport
        // that holds the form.
        bool internal = false;
        for (const QWidget* w = widget; w && w != dialog; w = w->parentWidget())
            internal = internal ||
                       (w->objectName().startsWith(QLatin1String("qt_")) &&
                        w->objectName() != QLatin1String("qt_scrollarea_viewport")) ||
                       (w != widget && w->inherits("QComboBox"));
        if (!internal && widget->isVisible() && !widget->isWindow())
            shown << widget;
    }
    return shown;
}

void requireNothingCut(QWidget* dialog)
{
    settle();
    auto* body = dialog->findChild<QScrollArea*>(QStringLiteral("formBody"));
    REQUIRE(body);
    CHECK_FALSE(body->verticalScrollBar()->isVisible());
    const QList<QWidget*> widgets = shownWidgets(dialog);
    CHECK(widgets.size() > 10);
    for (const QWidget* widget : widgets) {
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString() << " in "
                                               << widget->parentWidget()->metaObject()->className());
        CHECK(wholeInside(widget));
        CHECK(notSqueezed(widget));
    }
}

// The field that has the keyboard focus, named by the nearest widget with a name of its own.
QString focusName()
{
    for (const QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            return w->objectName();
    return {};
}

// Presses Tab from `first` until the focus comes back to it or reaches `last`.
QStringList tabOrder(QWidget* first, const QString& last)
{
    first->setFocus(Qt::TabFocusReason);
    QStringList names{focusName()};
    for (int i = 0; i < 60 && names.last() != last; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == first)
            break;
        names << focusName();
    }
    return names;
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* name : list)
        result << QString::fromLatin1(name);
    return result;
}

} // namespace

TEST_CASE("A wrong ID number is explained under the field as soon as the field is left", "[gui][forms]")
{
    OfficeScreen screen;
    TempWorkspace temp(true);
    const size_t before = temp.workspace().members().roster().size();
    MemberForm form(temp.workspace(), temp.workspace().organisations().all(), Member());
    showActive(&form);

    typeAndLeave(&form, "nameEdit", QStringLiteral("欧阳红梅"));
    // The last digit is mistyped: the check character of these 17 digits is X.
    const QString wrongId = QStringLiteral("110105194912310021");
    typeAndLeave(&form, "idNumberEdit", wrongId);

    auto* idError = child<FieldErrorLabel>(&form, "idNumberError");
    requireWholeMessage(idError);
    CHECK(idError->text() == IdNumber::check(wrongId).error);
    // Fields not reached yet say nothing, though the branch is still to be chosen.
    CHECK_FALSE(child<FieldErrorLabel>(&form, "orgError")->isVisible());
    CHECK_FALSE(child<FieldErrorLabel>(&form, "nameError")->isVisible());
    // Nothing was saved, and the form is still open.
    CHECK(form.isVisible());
    CHECK(temp.workspace().members().roster().size() == before);

    // Corrected and left again: the message goes, birth date and sex come from the number.
    typeAndLeave(&form, "idNumberEdit", QStringLiteral("11010519491231002X"));
    CHECK_FALSE(idError->isVisible());
    CHECK(child<QLineEdit>(&form, "birthDateEdit")->text() == QStringLiteral("1949-12-31"));
    CHECK_FALSE(child<FieldErrorLabel>(&form, "birthDateError")->isVisible());
}

TEST_CASE("A joining date before the birth date is explained when the field is left", "[gui][forms]")
{
    OfficeScreen screen;
    TempWorkspace temp(true);
    MemberForm form(temp.workspace(), temp.workspace().organisations().all(), Member());
    showActive(&form);
    typeAndLeave(&form, "nameEdit", QStringLiteral("欧阳红梅"));
    typeAndLeave(&form, "idNumberEdit", QStringLiteral("11010519491231002X"));
    choose(&form, "statusCombo", QStringLiteral("Probationary member"));
    settle();
    const int formHeight = form.height();
    typeAndLeave(&form, "joinedOnEdit", QStringLiteral("1940-03-01"));

    auto* joinedError = child<FieldErrorLabel>(&form, "joinedOnError");
    requireWholeMessage(joinedError);
    CHECK(joinedError->text().contains(QStringLiteral("1940-03-01")));
    CHECK(joinedError->text().contains(QStringLiteral("1949-12-31")));
    // The dialog grew for the message rather than cutting something else.
    CHECK(form.height() >= formHeight);
    requireNothingCut(&form);

    // Text that is not a date is explained the same way.
    typeAndLeave(&form, "appliedOnEdit", QStringLiteral("1990-13-45"));
    auto* appliedError = child<FieldErrorLabel>(&form, "appliedOnError");
    requireWholeMessage(appliedError);
    CHECK(appliedError->text().contains(QStringLiteral("1990-13-45")));
}

TEST_CASE("After a save attempt every field's message shows, also those not visited", "[gui][forms]")
{
    OfficeScreen screen;
    TempWorkspace temp(true);
    MemberForm form(temp.workspace(), temp.workspace().organisations().all(), Member());
    showActive(&form);
    CHECK_FALSE(form.save());
    settle();
    requireWholeMessage(child<FieldErrorLabel>(&form, "nameError"));
    requireWholeMessage(child<FieldErrorLabel>(&form, "orgError"));
    requireWholeMessage(child<FieldErrorLabel>(&form, "idNumberError"));
    requireNothingCut(&form);
}

TEST_CASE("Tab runs down each column of the member form in the paper form's order", "[gui][forms]")
{
    OfficeScreen screen;
    TempWorkspace temp(true);
    Member member;
    member.category = MemberCategory::InService;
    MemberForm form(temp.workspace(), temp.workspace().organisations().all(), member);
    showActive(&form);

    const QStringList order = tabOrder(child<QLineEdit>(&form, "nameEdit"), QStringLiteral("saveButton"));
    const QStringList expected = names(
        {// Left column: personal details, then the tags under them.
         "nameEdit", "sexCombo", "idNumberEdit", "ethnicityCombo", "birthDateEdit", "educationCombo",
         "phoneEdit", "addressEdit", "notesEdit", "tag_retired", "tag_unemployed", "tag_hardship",
         "tag_long_standing", "tag_disabled",
         // Right column: organisation and membership, then the in-service member's own fields.
         "categoryCombo", "orgCombo", "gridCombo", "statusCombo", "appliedOnEdit", "activistOnEdit",
         "candidateOnEdit", "joinedOnEdit", "fullOnEdit", "workUnitEdit", "reportedOnEdit", "servicePostEdit",
         // Then the buttons.
         "saveButton"});
    CHECK(order == expected);
}

TEST_CASE("Tab runs down the organisation form in its order", "[gui][forms]")
{
    OfficeScreen screen;
    TempWorkspace temp(true);
    OrganisationForm form(temp.workspace(), temp.workspace().organisations().all(), Organisation());
    showActive(&form);
    const QStringList order = tabOrder(child<QLineEdit>(&form, "orgNameEdit"), QStringLiteral("saveButton"));
    const QStringList expected =
        names({"orgNameEdit", "orgTypeCombo", "orgParentCombo", "orgDomainCombo", "secretaryEdit",
               "deputySecretaryEdit", "committeeEdit", "foundedOnEdit", "termStartEdit", "termEndEdit",
               "orgGridCombo", "orgAddressEdit", "saveButton"});
    CHECK(order == expected);
}

TEST_CASE("The member and organisation forms show every widget whole at their first size", "[gui][forms]")
{
    OfficeScreen screen;
    TempWorkspace temp(true);
    // A floating member shows the most rows: the category's own box under the membership.
    qint64 floatingId = 0;
    for (const RosterRow& row : temp.workspace().members().roster())
        if (row.category == MemberCategory::FloatingOut && !row.leftOn.isValid())
            floatingId = row.id;
    REQUIRE(floatingId > 0);
    MemberForm memberForm(temp.workspace(), temp.workspace().organisations().all(),
                          temp.workspace().members().get(floatingId));
    showActive(&memberForm);
    requireNothingCut(&memberForm);
    CHECK(memberForm.height() <= 728);
    CHECK(memberForm.width() <= 1366);

    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    OrganisationForm orgForm(temp.workspace(), temp.workspace().organisations().all(),
                             temp.workspace().organisations().get(branch));
    showActive(&orgForm);
    requireNothingCut(&orgForm);
}

TEST_CASE("A form taller than the screen scrolls instead of cutting", "[gui][forms]")
{
    setFormScreenSize(QSize(1024, 420));
    TempWorkspace temp(true);
    MemberForm form(temp.workspace(), temp.workspace().organisations().all(), Member());
    showActive(&form);
    CHECK(form.save() == false);
    settle();
    setFormScreenSize(QSize());
    CHECK(form.height() <= 420);
    auto* body = form.findChild<QScrollArea*>(QStringLiteral("formBody"));
    REQUIRE(body);
    CHECK(body->verticalScrollBar()->isVisible());
    // All of it can be scrolled to: the content has the height its rows and messages need.
    QWidget* content = body->widget();
    CHECK(content->height() >= content->minimumSizeHint().height());
    for (const FieldErrorLabel* label : content->findChildren<FieldErrorLabel*>())
        if (label->isVisible()) {
            INFO(label->objectName().toStdString());
            CHECK(label->heightForWidth(label->width()) <= label->height());
        }
    CHECK(child<QPushButton>(&form, "saveButton")->isVisible());
}

TEST_CASE("A grid code already used in the community is explained when the field is left", "[gui][forms]")
{
    OfficeScreen screen;
    TempWorkspace temp(true);
    const QList<Grid> grids = temp.workspace().organisations().allGrids();
    REQUIRE(grids.size() > 1);
    Grid grid;
    grid.communityId = grids.first().communityId;
    GridForm form(temp.workspace(), grid);
    showActive(&form);
    typeAndLeave(&form, "gridCodeEdit", grids.first().code);
    requireWholeMessage(child<FieldErrorLabel>(&form, "codeError"));
    CHECK(child<FieldErrorLabel>(&form, "codeError")->text().contains(grids.first().code));
    CHECK_FALSE(child<FieldErrorLabel>(&form, "nameError")->isVisible());
}

TEST_CASE("A co-building unit's rules are checked without saving, the same as the save", "[forms]")
{
    TempWorkspace temp(true);
    CoBuildingUnit unit;
    unit.committeeId = temp.firstOrganisation(OrgType::BigCommittee);
    unit.name = QStringLiteral("  ");
    unit.phone = QStringLiteral("12");
    unit.joinedOn = QDate(2024, 5, 1);
    unit.leftOn = QDate(2023, 1, 1);
    OrganisationService& service = temp.workspace().organisationService();
    const FieldErrors checked = service.checkCoBuildingUnit(unit);
    CHECK_FALSE(messageFor(checked, UnitField::name).isEmpty());
    CHECK_FALSE(messageFor(checked, UnitField::phone).isEmpty());
    CHECK_FALSE(messageFor(checked, UnitField::leftOn).isEmpty());
    const ServiceResult saved = service.saveCoBuildingUnit(unit);
    CHECK_FALSE(saved.ok());
    REQUIRE(saved.errors.size() == checked.size());
    for (int i = 0; i < checked.size(); ++i) {
        CHECK(saved.errors[i].field == checked[i].field);
        CHECK(saved.errors[i].message == checked[i].message);
    }
}

TEST_CASE("A co-building unit's wrong phone is explained when the field is left", "[gui][forms]")
{
    OfficeScreen screen;
    TempWorkspace temp(true);
    CoBuildingUnit unit;
    unit.committeeId = temp.firstOrganisation(OrgType::BigCommittee);
    CoBuildingUnitForm form(temp.workspace(), unit);
    showActive(&form);
    typeAndLeave(&form, "unitPhoneEdit", QStringLiteral("12"));
    requireWholeMessage(child<FieldErrorLabel>(&form, "phoneError"));
    CHECK_FALSE(child<FieldErrorLabel>(&form, "nameError")->isVisible());
}

TEST_CASE("A co-building person's last day before the first is explained when the field is left",
          "[gui][forms]")
{
    OfficeScreen screen;
    TempWorkspace temp(true);
    const QList<CoBuildingUnit> units =
        temp.workspace().organisations().coBuildingUnits(temp.firstOrganisation(OrgType::BigCommittee));
    REQUIRE_FALSE(units.isEmpty());
    CoBuildingService service(temp.workspace());
    UnitPerson person;
    person.unitId = units.first().id;
    UnitPersonDialog dialog(service, person);
    showActive(&dialog);
    typeAndLeave(&dialog, "personNameEdit", QStringLiteral("李红"));
    typeAndLeave(&dialog, "personFromEdit", QStringLiteral("2024-05-01"));
    typeAndLeave(&dialog, "personToEdit", QStringLiteral("2023-01-01"));
    auto* toError = child<FieldErrorLabel>(&dialog, "toOnError");
    requireWholeMessage(toError);
    CHECK(toError->text() == messageFor(service.checkPerson([&] {
              UnitPerson p = person;
              p.name = QStringLiteral("李红");
              p.fromOn = QDate(2024, 5, 1);
              p.toOn = QDate(2023, 1, 1);
              return p;
          }()),
                                        CoBuildingField::toOn));
    requireNothingCut(&dialog);
}

TEST_CASE("A transfer dated in the future is explained when the date is left", "[gui][forms]")
{
    OfficeScreen screen;
    TempWorkspace temp(true);
    TransferService service = transferService(temp.workspace());
    const QList<Organisation> organisations = temp.workspace().organisations().all();
    TransferOutDialog dialog(service, temp.workspace().members().roster(),
                             organisationDisplayNames(organisations), temp.clock().today());
    showActive(&dialog);
    // A full member registered here, who may transfer out.
    qint64 memberId = 0;
    for (const RosterRow& row : temp.workspace().members().roster())
        if (row.category == MemberCategory::Registered && row.status == MemberStatus::Full &&
            !row.leftOn.isValid())
            memberId = row.id;
    auto* member = child<QComboBox>(&dialog, "transferMemberCombo");
    REQUIRE(member->findData(memberId) > 0);
    member->setCurrentIndex(member->findData(memberId));
    typeAndLeave(&dialog, "transferDateEdit", QStringLiteral("2030-01-01"));
    auto* dateError = child<FieldErrorLabel>(&dialog, "dateError");
    requireWholeMessage(dateError);
    CHECK(dateError->text().contains(QStringLiteral("2030-01-01")));
    // The destination, not yet reached, says nothing yet.
    CHECK_FALSE(child<FieldErrorLabel>(&dialog, "counterpartError")->isVisible());
}
