#pragma once

#include "Member.h"
#include "Organisation.h"

#include <QList>
#include <QString>

namespace partydesk {

class Clock;

// A mistake in one field of a form: `field` names the field, `message` says what is wrong.
struct FieldError
{
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

QString messageFor(const FieldErrors& errors, const QString& field);

// Field names used in FieldError::field for members.
namespace MemberField {
inline const QString name = QStringLiteral("name");
inline const QString sex = QStringLiteral("sex");
inline const QString idNumber = QStringLiteral("idNumber");
inline const QString birthDate = QStringLiteral("birthDate");
inline const QString phone = QStringLiteral("phone");
inline const QString org = QStringLiteral("org");
inline const QString grid = QStringLiteral("grid");
inline const QString status = QStringLiteral("status");
inline const QString appliedOn = QStringLiteral("appliedOn");
inline const QString activistOn = QStringLiteral("activistOn");
inline const QString candidateOn = QStringLiteral("candidateOn");
inline const QString joinedOn = QStringLiteral("joinedOn");
inline const QString fullOn = QStringLiteral("fullOn");
inline const QString workUnit = QStringLiteral("workUnit");
inline const QString reportedOn = QStringLiteral("reportedOn");
inline const QString floatingPlace = QStringLiteral("floatingPlace");
inline const QString floatingSince = QStringLiteral("floatingSince");
inline const QString homeOrganisation = QStringLiteral("homeOrganisation");
inline const QString leftOn = QStringLiteral("leftOn");
} // namespace MemberField

namespace OrgField {
inline const QString name = QStringLiteral("name");
inline const QString parent = QStringLiteral("parent");
inline const QString foundedOn = QStringLiteral("foundedOn");
inline const QString termStart = QStringLiteral("termStart");
inline const QString termEnd = QStringLiteral("termEnd");
} // namespace OrgField

namespace GridField {
inline const QString code = QStringLiteral("code");
inline const QString name = QStringLiteral("name");
} // namespace GridField

namespace UnitField {
inline const QString name = QStringLiteral("name");
inline const QString phone = QStringLiteral("phone");
inline const QString joinedOn = QStringLiteral("joinedOn");
inline const QString leftOn = QStringLiteral("leftOn");
} // namespace UnitField

FieldErrors validateMember(const Member& member, const Clock& clock);
// Warnings, not refusals, on the member's grid (field MemberField::grid): the grid lies in another
// community than the member's branch, or the branch (a Party group: its own grid, else its
// branch's) sits on another grid. Nothing to say without a grid, or where the tree does not tell.
FieldErrors memberPlacementWarnings(const Member& member, const QList<Organisation>& organisations,
                                    const QList<Grid>& grids);
FieldErrors validateGrid(const Grid& grid);
FieldErrors validateCoBuildingUnit(const CoBuildingUnit& unit, const Clock& clock);

// `parentType` is the type of the chosen parent, or nullptr for the top of the tree.
FieldErrors validateOrganisation(const Organisation& org, const OrgType* parentType, const Clock& clock);

} // namespace partydesk
