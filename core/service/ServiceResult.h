#pragma once

#include "domain/Validation.h"
#include "repository/RepositoryError.h"

#include <QLoggingCategory>
#include <QString>

namespace partydesk {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

// The outcome of a service call. Forms, commands and importers show `message` (the user's
// language) beside a field or on a line; `detail` is for the log and support.
struct ServiceResult
{
    enum class Kind
    {
        Ok,
        Refused,  // not allowed now: a finished year, a file still being checked
        Invalid,  // the input breaks a rule; `field` names where
        Conflict, // clashes with what is saved: a duplicate code or ID number
        Storage   // the database failed; logged
    };
    Kind kind = Kind::Ok;
    qint64 id = 0;
    QString message;
    QString field;
    QString detail;
    FieldErrors errors; // every field's problem when the input breaks rules (Invalid, Conflict)

    bool ok() const { return kind == Kind::Ok; }

    static ServiceResult success(qint64 id = 0) { return {Kind::Ok, id, {}, {}, {}, {}}; }
    static ServiceResult refused(const QString& message) { return {Kind::Refused, 0, message, {}, {}, {}}; }
    static ServiceResult invalid(const QString& message, const QString& field = {})
    {
        return {Kind::Invalid, 0, message, field, {}, {{field, message}}};
    }
    static ServiceResult invalid(const FieldErrors& errors)
    {
        return {Kind::Invalid, 0, errors.first().message, errors.first().field, {}, errors};
    }
    static ServiceResult conflict(const QString& message, const QString& field = {})
    {
        return {Kind::Conflict, 0, message, field, {}, {{field, message}}};
    }
    // Logs the technical detail under lcStorage; the user reads a plain sentence.
    static ServiceResult storage(const QString& detail);
    // A repository's write: its error text is a storage failure unless the repository refused.
    static ServiceResult fromWrite(const WriteResult& write, const QString& refusal = {});
};

} // namespace partydesk
