#include "PackageKinds.h"

#include <QCoreApplication>
#include <QHash>

namespace partydesk::PackageKinds {

namespace {

struct Names
{
    const char* plural;
    const char* singular;
};

// Marked for translation here, translated when asked for (the language is chosen after start).
const QHash<QString, Names>& names()
{
    static const QHash<QString, Names> known = {
        {QStringLiteral("organisation"),
         {QT_TRANSLATE_NOOP("PackageKinds", "organisations"),
          QT_TRANSLATE_NOOP("PackageKinds", "organisation")}},
        {QStringLiteral("grid"),
         {QT_TRANSLATE_NOOP("PackageKinds", "grids"), QT_TRANSLATE_NOOP("PackageKinds", "grid")}},
        {QStringLiteral("member"),
         {QT_TRANSLATE_NOOP("PackageKinds", "members"), QT_TRANSLATE_NOOP("PackageKinds", "member")}},
        {QStringLiteral("meeting"),
         {QT_TRANSLATE_NOOP("PackageKinds", "meetings"), QT_TRANSLATE_NOOP("PackageKinds", "meeting")}},
        {QStringLiteral("co_building_unit"),
         {QT_TRANSLATE_NOOP("PackageKinds", "co-building units"),
          QT_TRANSLATE_NOOP("PackageKinds", "co-building unit")}},
        {QStringLiteral("unit_person"),
         {QT_TRANSLATE_NOOP("PackageKinds", "co-building units' people"),
          QT_TRANSLATE_NOOP("PackageKinds", "co-building unit's person")}},
        {QStringLiteral("unit_activity"),
         {QT_TRANSLATE_NOOP("PackageKinds", "co-building units' activities"),
          QT_TRANSLATE_NOOP("PackageKinds", "co-building unit's activity")}},
        {QStringLiteral("cogov_need"),
         {QT_TRANSLATE_NOOP("PackageKinds", "needs list"), QT_TRANSLATE_NOOP("PackageKinds", "need")}},
        {QStringLiteral("cogov_resource"),
         {QT_TRANSLATE_NOOP("PackageKinds", "resources list"),
          QT_TRANSLATE_NOOP("PackageKinds", "resource")}},
        {QStringLiteral("cogov_project"),
         {QT_TRANSLATE_NOOP("PackageKinds", "projects list"), QT_TRANSLATE_NOOP("PackageKinds", "project")}},
        {QStringLiteral("joint_meeting"),
         {QT_TRANSLATE_NOOP("PackageKinds", "joint meetings"),
          QT_TRANSLATE_NOOP("PackageKinds", "joint meeting")}},
        {QStringLiteral("joint_decision"),
         {QT_TRANSLATE_NOOP("PackageKinds", "joint meetings' decisions"),
          QT_TRANSLATE_NOOP("PackageKinds", "joint meeting's decision")}},
        {QStringLiteral("micro_wish"),
         {QT_TRANSLATE_NOOP("PackageKinds", "micro-wishes"),
          QT_TRANSLATE_NOOP("PackageKinds", "micro-wish")}},
        {QStringLiteral("member_tag"),
         {QT_TRANSLATE_NOOP("PackageKinds", "member tags"), QT_TRANSLATE_NOOP("PackageKinds", "member tag")}},
        {QStringLiteral("attendance"),
         {QT_TRANSLATE_NOOP("PackageKinds", "attendance"), QT_TRANSLATE_NOOP("PackageKinds", "attendance")}},
        {QStringLiteral("meeting_action"),
         {QT_TRANSLATE_NOOP("PackageKinds", "prescribed actions done"),
          QT_TRANSLATE_NOOP("PackageKinds", "prescribed action done")}},
        {QStringLiteral("cogov_project_need"),
         {QT_TRANSLATE_NOOP("PackageKinds", "needs a project meets"),
          QT_TRANSLATE_NOOP("PackageKinds", "need a project meets")}},
        {QStringLiteral("cogov_project_resource"),
         {QT_TRANSLATE_NOOP("PackageKinds", "resources a project uses"),
          QT_TRANSLATE_NOOP("PackageKinds", "resource a project uses")}},
        {QStringLiteral("cogov_project_unit"),
         {QT_TRANSLATE_NOOP("PackageKinds", "units in a project"),
          QT_TRANSLATE_NOOP("PackageKinds", "unit in a project")}},
        {QStringLiteral("joint_meeting_unit"),
         {QT_TRANSLATE_NOOP("PackageKinds", "units at a joint meeting"),
          QT_TRANSLATE_NOOP("PackageKinds", "unit at a joint meeting")}},
        {QStringLiteral("chair_rota"),
         {QT_TRANSLATE_NOOP("PackageKinds", "rotating chairs"),
          QT_TRANSLATE_NOOP("PackageKinds", "rotating chair")}},
        {QStringLiteral("rating_session_org"),
         {QT_TRANSLATE_NOOP("PackageKinds", "branches rated"),
          QT_TRANSLATE_NOOP("PackageKinds", "branch rated")}},
        {QStringLiteral("rating_score"),
         {QT_TRANSLATE_NOOP("PackageKinds", "task scores"), QT_TRANSLATE_NOOP("PackageKinds", "task score")}},
        {QStringLiteral("rating_item_score"),
         {QT_TRANSLATE_NOOP("PackageKinds", "bonus, deduction and veto items"),
          QT_TRANSLATE_NOOP("PackageKinds", "bonus, deduction or veto item")}},
        {QStringLiteral("rectification"),
         {QT_TRANSLATE_NOOP("PackageKinds", "rectifications"),
          QT_TRANSLATE_NOOP("PackageKinds", "rectification")}},
    };
    return known;
}

} // namespace

QString plural(const QString& table)
{
    const auto found = names().constFind(table);
    return found == names().cend() ? table : QCoreApplication::translate("PackageKinds", found->plural);
}

QString singular(const QString& table)
{
    const auto found = names().constFind(table);
    return found == names().cend() ? table : QCoreApplication::translate("PackageKinds", found->singular);
}

} // namespace partydesk::PackageKinds
