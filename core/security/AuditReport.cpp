#include "AuditReport.h"

#include "AuditText.h"

#include <memory>
#include <QCoreApplication>

namespace partydesk {

QString auditActionName(const QString& action)
{
    struct Name
    {
        const char* action;
        const char* text;
    };
    static const Name names[] = {
        {"sign_in", QT_TRANSLATE_NOOP("AuditActions", "Signed in")},
        {"sign_in.failed", QT_TRANSLATE_NOOP("AuditActions", "Sign-in failed")},
        {"sign_out", QT_TRANSLATE_NOOP("AuditActions", "Signed out")},
        {"lock", QT_TRANSLATE_NOOP("AuditActions", "Window locked")},
        {"user.add", QT_TRANSLATE_NOOP("AuditActions", "User added")},
        {"user.role", QT_TRANSLATE_NOOP("AuditActions", "User's role changed")},
        {"user.active", QT_TRANSLATE_NOOP("AuditActions", "User disabled or enabled")},
        {"user.password", QT_TRANSLATE_NOOP("AuditActions", "Password changed")},
        {"settings.sign_in", QT_TRANSLATE_NOOP("AuditActions", "Sign-in turned on or off")},
        {"settings.lock_minutes", QT_TRANSLATE_NOOP("AuditActions", "Lock time changed")},
        {"member.add", QT_TRANSLATE_NOOP("AuditActions", "Member added")},
        {"member.update", QT_TRANSLATE_NOOP("AuditActions", "Member changed")},
        {"member.leave", QT_TRANSLATE_NOOP("AuditActions", "Member recorded as left")},
        {"member.leave_reversed", QT_TRANSLATE_NOOP("AuditActions", "Leaving reversed")},
        {"member.delete", QT_TRANSLATE_NOOP("AuditActions", "Member deleted")},
        {"member.import", QT_TRANSLATE_NOOP("AuditActions", "Roster imported")},
        {"member.import.undo", QT_TRANSLATE_NOOP("AuditActions", "Import undone")},
        {"organisation.save", QT_TRANSLATE_NOOP("AuditActions", "Organisation saved")},
        {"grid.save", QT_TRANSLATE_NOOP("AuditActions", "Grid saved")},
        {"cobuilding.save", QT_TRANSLATE_NOOP("AuditActions", "Co-building unit saved")},
        {"unit_person.save", QT_TRANSLATE_NOOP("AuditActions", "Co-building unit's person saved")},
        {"unit_person.delete", QT_TRANSLATE_NOOP("AuditActions", "Co-building unit's person removed")},
        {"cogov_need.save", QT_TRANSLATE_NOOP("AuditActions", "Need list entry saved")},
        {"cogov_resource.save", QT_TRANSLATE_NOOP("AuditActions", "Resource list entry saved")},
        {"cogov_project.save", QT_TRANSLATE_NOOP("AuditActions", "Project list entry saved")},
        {"meeting.add", QT_TRANSLATE_NOOP("AuditActions", "Meeting added")},
        {"meeting.update", QT_TRANSLATE_NOOP("AuditActions", "Meeting changed")},
        {"meeting.delete", QT_TRANSLATE_NOOP("AuditActions", "Meeting deleted")},
        {"meeting.attendance", QT_TRANSLATE_NOOP("AuditActions", "Attendance recorded")},
        {"development.update", QT_TRANSLATE_NOOP("AuditActions", "Development record saved")},
        {"development.advance", QT_TRANSLATE_NOOP("AuditActions", "Moved to the next development stage")},
        {"development.plan", QT_TRANSLATE_NOOP("AuditActions", "Development plan saved")},
        {"transfer.out", QT_TRANSLATE_NOOP("AuditActions", "Transferred out")},
        {"transfer.in", QT_TRANSLATE_NOOP("AuditActions", "Transferred in")},
        {"transfer.within", QT_TRANSLATE_NOOP("AuditActions", "Moved between branches")},
        {"transfer.receipt", QT_TRANSLATE_NOOP("AuditActions", "Transfer receipt recorded")},
        {"transfer.cancel", QT_TRANSLATE_NOOP("AuditActions", "Transfer taken back")},
        {"dues.base", QT_TRANSLATE_NOOP("AuditActions", "Dues base changed")},
        {"dues.payment", QT_TRANSLATE_NOOP("AuditActions", "Dues payment recorded or deleted")},
        {"dues.rate_table", QT_TRANSLATE_NOOP("AuditActions", "Dues rate table added")},
        {"appraisal.open", QT_TRANSLATE_NOOP("AuditActions", "Appraisal opened")},
        {"appraisal.session", QT_TRANSLATE_NOOP("AuditActions", "Appraisal day or share changed")},
        {"appraisal.grade", QT_TRANSLATE_NOOP("AuditActions", "Appraisal grade recorded")},
        {"appraisal.finish", QT_TRANSLATE_NOOP("AuditActions", "Appraisal finished")},
        {"appraisal.reopen", QT_TRANSLATE_NOOP("AuditActions", "Appraisal reopened")},
        {"appraisal.cap", QT_TRANSLATE_NOOP("AuditActions", "Default share of Excellent changed")},
        {"inservice.post_add", QT_TRANSLATE_NOOP("AuditActions", "Service post added")},
        {"inservice.post_update", QT_TRANSLATE_NOOP("AuditActions", "Service post changed")},
        {"inservice.post_close", QT_TRANSLATE_NOOP("AuditActions", "Service post closed")},
        {"inservice.claim", QT_TRANSLATE_NOOP("AuditActions", "Service post claimed")},
        {"inservice.release", QT_TRANSLATE_NOOP("AuditActions", "Service post released")},
        {"inservice.record_add", QT_TRANSLATE_NOOP("AuditActions", "Service record added")},
        {"inservice.record_update", QT_TRANSLATE_NOOP("AuditActions", "Service record changed")},
        {"inservice.record_delete", QT_TRANSLATE_NOOP("AuditActions", "Service record deleted")},
        {"jointmeeting.add", QT_TRANSLATE_NOOP("AuditActions", "Joint meeting recorded")},
        {"jointmeeting.update", QT_TRANSLATE_NOOP("AuditActions", "Joint meeting changed")},
        {"jointmeeting.delete", QT_TRANSLATE_NOOP("AuditActions", "Joint meeting deleted")},
        {"jointdecision.follow_up", QT_TRANSLATE_NOOP("AuditActions", "Joint meeting decision followed up")},
        {"chairrota.generate", QT_TRANSLATE_NOOP("AuditActions", "Chair rota generated")},
        {"chairrota.month", QT_TRANSLATE_NOOP("AuditActions", "Chair of a month changed")},
        {"unitactivity.add", QT_TRANSLATE_NOOP("AuditActions", "Unit activity recorded")},
        {"unitactivity.update", QT_TRANSLATE_NOOP("AuditActions", "Unit activity changed")},
        {"unitactivity.delete", QT_TRANSLATE_NOOP("AuditActions", "Unit activity deleted")},
        {"fund.budget", QT_TRANSLATE_NOOP("AuditActions", "Service fund budget set")},
        {"fund.project_add", QT_TRANSLATE_NOOP("AuditActions", "Fund project approved")},
        {"fund.project_update", QT_TRANSLATE_NOOP("AuditActions", "Fund project changed")},
        {"fund.project_delete", QT_TRANSLATE_NOOP("AuditActions", "Fund project deleted")},
        {"fund.spending_add", QT_TRANSLATE_NOOP("AuditActions", "Fund spending recorded")},
        {"fund.spending_update", QT_TRANSLATE_NOOP("AuditActions", "Fund spending changed")},
        {"fund.spending_delete", QT_TRANSLATE_NOOP("AuditActions", "Fund spending deleted")},
        {"fund.evaluation", QT_TRANSLATE_NOOP("AuditActions", "Service fund evaluation recorded")},
        {"wish.add", QT_TRANSLATE_NOOP("AuditActions", "Micro-wish recorded")},
        {"wish.update", QT_TRANSLATE_NOOP("AuditActions", "Micro-wish changed")},
        {"wish.publish", QT_TRANSLATE_NOOP("AuditActions", "Micro-wish published")},
        {"wish.claim", QT_TRANSLATE_NOOP("AuditActions", "Micro-wish claimed")},
        {"wish.fulfil", QT_TRANSLATE_NOOP("AuditActions", "Micro-wish fulfilled")},
        {"wish.withdraw", QT_TRANSLATE_NOOP("AuditActions", "Micro-wish withdrawn")},
        {"wish.step_back", QT_TRANSLATE_NOOP("AuditActions", "Micro-wish moved back a stage")},
        {"wish.photo_add", QT_TRANSLATE_NOOP("AuditActions", "Micro-wish photo added")},
        {"wish.photo_delete", QT_TRANSLATE_NOOP("AuditActions", "Micro-wish photo removed")},
        {"rating.finish", QT_TRANSLATE_NOOP("AuditActions", "Star rating year finished")},
        {"rating.reopen", QT_TRANSLATE_NOOP("AuditActions", "Star rating year reopened")},
        {"export", QT_TRANSLATE_NOOP("AuditActions", "Exported (masked)")},
        {"print", QT_TRANSLATE_NOOP("AuditActions", "Printed (masked)")},
        {"export_full_id_numbers", QT_TRANSLATE_NOOP("AuditActions", "Exported with full ID numbers")},
        {"print_full_id_numbers", QT_TRANSLATE_NOOP("AuditActions", "Printed with full ID numbers")},
        {"show_full_id_numbers", QT_TRANSLATE_NOOP("AuditActions", "Full ID numbers shown")},
        {"audit.export", QT_TRANSLATE_NOOP("AuditActions", "Audit trail exported")},
        {"audit.verify", QT_TRANSLATE_NOOP("AuditActions", "Audit trail verified")},
    };
    for (const Name& name : names)
        if (action == QLatin1String(name.action))
            return QCoreApplication::translate("AuditActions", name.text);
    return action;
}

TableReport auditReport(const QList<AuditEntry>& list, const QString& subtitle)
{
    const auto entries = std::make_shared<const QList<AuditEntry>>(list);
    TableReport report;
    report.title = QCoreApplication::translate("AuditReport", "Audit trail");
    report.subtitle = subtitle;
    report.sheetName = report.title;
    report.columns = {
        {QCoreApplication::translate("AuditReport", "No."), ReportColumn::Kind::Number, 6},
        {QCoreApplication::translate("AuditReport", "Time"), ReportColumn::Kind::Code, 12},
        {QCoreApplication::translate("AuditReport", "User"), ReportColumn::Kind::Text, 8},
        {QCoreApplication::translate("AuditReport", "Action"), ReportColumn::Kind::Text, 10},
        {QCoreApplication::translate("AuditReport", "Detail"), ReportColumn::Kind::Text, 40},
    };
    report.rowCount = int(entries->size());
    report.cell = [entries](int row, int column) -> QVariant {
        const AuditEntry& e = entries->at(row);
        switch (column) {
        case 0:
            return e.id;
        case 1:
            return e.recordedAt;
        case 2:
            return e.userName;
        case 3:
            return auditActionName(e.action);
        default:
            return readableAuditDetail(e.detail);
        }
    };
    return report;
}

} // namespace partydesk
