#pragma once

#include "repository/RowSnapshot.h"
#include "service/ServiceResult.h"

#include <QUndoCommand>

namespace partydesk {

class UndoHistory;

// One user action on a member or an organisation, undone and redone exactly: the record as it was
// before (`before`) and after it (`after`), each empty when the record did not exist. Pushed once
// the action is done, so the first redo() does nothing. Every undo and redo goes through the
// service (checks, audit entry, one transaction); one it refuses is shown and leaves the history.
class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(UndoHistory& history, const QString& text, RowSnapshot before, RowSnapshot after);

    void undo() override;
    void redo() override;

protected:
    UndoHistory& m_history;

private:
    // Makes the record `wanted`, expecting it to be `expected` now.
    virtual ServiceResult restore(const RowSnapshot& expected, const RowSnapshot& wanted) = 0;
    // Tells the pages; `wanted` is the record as it now is.
    virtual void changed(const RowSnapshot& wanted) = 0;
    void apply(const RowSnapshot& expected, const RowSnapshot& wanted);

    RowSnapshot m_before;
    RowSnapshot m_after;
    bool m_done = true;
};

// A member saved in the form, deleted, recorded as left, or brought back.
class MemberCommand : public RecordCommand
{
public:
    enum class Action
    {
        Save,
        Delete,
        RecordLeaving,
        ReverseLeaving
    };
    MemberCommand(UndoHistory& history, Action action, const QString& name, RowSnapshot before, RowSnapshot after);

private:
    ServiceResult restore(const RowSnapshot& expected, const RowSnapshot& wanted) override;
    void changed(const RowSnapshot& wanted) override;
    qint64 m_memberId = 0;
};

// An organisation saved in its form, or deleted; a grid or co-building unit saved in its form.
class OrganisationCommand : public RecordCommand
{
public:
    OrganisationCommand(UndoHistory& history, bool deletion, const QString& name, RowSnapshot before,
                        RowSnapshot after);

private:
    ServiceResult restore(const RowSnapshot& expected, const RowSnapshot& wanted) override;
    void changed(const RowSnapshot& wanted) override;
    qint64 m_orgId = 0;
    qint64 m_parentId = 0;
    bool m_isOrganisation = true;
};

} // namespace partydesk
