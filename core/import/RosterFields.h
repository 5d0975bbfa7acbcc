#pragma once

#include <QList>
#include <QString>

namespace partydesk {

// What a column of an imported roster holds.
enum class RosterField
{
    Unknown, // not recognised: shown to the user to map by hand
    Ignore,  // recognised and deliberately not read (序号, 年龄, 党龄: derived or meaningless)
    Name,
    Sex,
    Ethnicity,
    BirthDate,
    IdNumber,
    Education,
    AppliedOn,
    ActivistOn,
    CandidateOn,
    JoinedOn,
    FullOn,
    Branch,
    Category,
    Status,
    Phone,
    Address,
    WorkUnit,
    UnitOrPlace, // PartyDesk's own export: the work unit or whereabouts, by category
    FloatingPlace,
    FloatingSince,
    HomeOrganisation,
    ReportedOn,
    SinceByCategory, // PartyDesk's own export: reported here or floating since, by category
    Tags,
    Notes,
};

namespace RosterFields {

// Every field a column can be mapped to, Unknown excluded, in the order of the paper roster.
QList<RosterField> mappable();
QString code(RosterField field); // for --map "表头=code": name, id_number, branch, ignore …
bool fromCode(const QString& code, RosterField* field);
QString label(RosterField field); // translated, for the mapping table
// A header as people compare it: spaces, line breaks, full-width characters and required-field
// marks (*, ※) removed.
QString normalisedHeader(const QString& header);
// The field a header names by one of its common synonyms, or Unknown.
RosterField fromHeader(const QString& header);

} // namespace RosterFields

} // namespace partydesk
