#include "RecordCommands.h"

#include "UndoHistory.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace partydesk {

RecordCommand::RecordCommand(UndoHistory& history, const QString& text, RowSnapshot before, RowSnapshot after)
    : m_history(history), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void RecordCommand::undo()
{
    apply(m_after, m_before);
}

void RecordCommand::redo()
{
    if (m_done) { // pushed after the form or the page did it
        m_done = false;
        return;
    }
    apply(m_before, m_after);
}

void RecordCommand::apply(const RowSnapshot& expected, const RowSnapshot& wanted)
{
    const ServiceResult result = restore(expected, wanted);
    if (!result.ok()) {
        // The record is as it was before the attempt; this step cannot be repeated, and the steps
        // around it check the record themselves before they touch it.
        setObsolete(true);
        m_history.refuse(result.message);
        return;
    }
    changed(wanted);
}

namespace {

QString memberText(MemberCommand::Action action, const QString& name)
{
    switch (action) {
    case MemberCommand::Action::Delete:
        return QCoreApplication::translate("UndoCommands", "Delete %1").arg(name);
    case MemberCommand::Action::RecordLeaving:
        return QCoreApplication::translate("UndoCommands", "Record leaving of %1").arg(name);
    case MemberCommand::Action::ReverseLeaving:
        return QCoreApplication::translate("UndoCommands", "Reverse leaving of %1").arg(name);
    case MemberCommand::Action::Save:
        break;
    }
    return QCoreApplication::translate("UndoCommands", "Save %1").arg(name);
}

qint64 rootId(const RowSnapshot& before, const RowSnapshot& after)
{
    return after.isEmpty() ? before.rootId : after.rootId;
}

} // namespace

MemberCommand::MemberCommand(UndoHistory& history, Action action, const QString& name, RowSnapshot before,
                             RowSnapshot after)
    : RecordCommand(history, memberText(action, name), before, after), m_memberId(rootId(before, after))
{
}

ServiceResult MemberCommand::restore(const RowSnapshot& expected, const RowSnapshot& wanted)
{
    return m_history.workspace().memberService().restoreRecord(expected, wanted);
}

void MemberCommand::changed(const RowSnapshot&)
{
    m_history.notifyMemberChanged(m_memberId);
}

OrganisationCommand::OrganisationCommand(UndoHistory& history, bool deletion, const QString& name,
                                         RowSnapshot before, RowSnapshot after)
    : RecordCommand(history,
                    deletion ? QCoreApplication::translate("UndoCommands", "Delete %1").arg(name)
                             : QCoreApplication::translate("UndoCommands", "Save %1").arg(name),
                    before, after),
      m_orgId(rootId(before, after))
{
    const RowSnapshot& known = after.isEmpty() ? before : after;
    // The organisation above it, or the community (committee) a grid (co-building unit) belongs to.
    for (const char* owner : {"parent_id", "community_id", "committee_id"})
        if (const QVariant id = known.rootValue(QString::fromLatin1(owner)); !id.isNull())
            m_parentId = id.toLongLong();
    m_isOrganisation = known.rootTable == QLatin1String("organisation");
}

ServiceResult OrganisationCommand::restore(const RowSnapshot& expected, const RowSnapshot& wanted)
{
    return m_history.workspace().organisationService().restoreRecord(expected, wanted);
}

void OrganisationCommand::changed(const RowSnapshot& wanted)
{
    // Show the organisation where it is back, or the one above where it went.
    m_history.notifyOrganisationsChanged(wanted.isEmpty() || !m_isOrganisation ? m_parentId : m_orgId);
}

} // namespace partydesk
