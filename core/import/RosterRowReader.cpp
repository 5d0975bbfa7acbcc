#include "RosterRowReader.h"

#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "ImportEnums.h"
#include "ImportText.h"

#include <QCoreApplication>

namespace partydesk {

namespace {

// Chinese names are padded to line up ("张　三"); a name in Latin letters keeps its single spaces.
QString cleanName(const QString& text)
{
    const QString half = ImportText::halfWidth(text);
    for (QChar c : half)
        if (c.isLetter() && c.unicode() < 0x2e80)
            return half.simplified();
    return ImportText::compact(half);
}

} // namespace

RosterRowReader::RosterRowReader(const QList<ImportColumn>& columns, const BranchMatcher& branches,
                                 qint64 createBranchesUnder, const Clock& clock)
    : m_columns(columns), m_branches(branches), m_createBranchesUnder(createBranchesUnder), m_clock(clock)
{
}

RosterRowReader::Result RosterRowReader::read(const TableRow& row) const
{
    Result r;
    r.member.category = MemberCategory::Registered;
    r.member.education = Education::Unknown;
    QString unitOrPlace;
    QDate since;
    bool birthMonthOnly = false;
    for (const ImportColumn& column : m_columns) {
        const TableCell& cell = row.cell(column.column);
        if (cell.isEmpty() || column.field == RosterField::Unknown || column.field == RosterField::Ignore)
            continue;
        if (column.field == RosterField::BirthDate)
            birthMonthOnly = ImportText::parseDate(cell).monthOnly;
        r.supplied.insert(column.field);
        const qsizetype problemsBefore = r.problems.size();
        readCell(column.field, cell, column.header, &r, &unitOrPlace, &since);
        if (r.problems.size() > problemsBefore)
            r.unread.insert(column.field);
    }
    if (since.isValid()) {
        if (r.member.category == MemberCategory::InService) {
            r.member.reportedOn = since;
            r.supplied.insert(RosterField::ReportedOn);
        } else if (r.member.category != MemberCategory::Registered) {
            r.member.floatingSince = since;
            r.supplied.insert(RosterField::FloatingSince);
        }
    }
    if (!unitOrPlace.isEmpty()) {
        switch (r.member.category) {
        case MemberCategory::InService:
            r.member.workUnit = unitOrPlace;
            r.supplied.insert(RosterField::WorkUnit);
            break;
        case MemberCategory::FloatingOut:
            r.member.floatingPlace = unitOrPlace;
            r.supplied.insert(RosterField::FloatingPlace);
            break;
        case MemberCategory::FloatingIn:
            r.member.homeOrganisation = unitOrPlace;
            r.supplied.insert(RosterField::HomeOrganisation);
            break;
        case MemberCategory::Registered:
            r.member.workUnit = unitOrPlace;
            r.supplied.insert(RosterField::WorkUnit);
            break;
        }
    }
    // A registered member has no work-unit field; the unit is kept in the notes rather than lost.
    if (r.member.category == MemberCategory::Registered && !r.member.workUnit.isEmpty()) {
        const QString line =
            QCoreApplication::translate("RosterRowReader", "Work unit: %1").arg(r.member.workUnit);
        r.member.notes = r.member.notes.isEmpty() ? line : r.member.notes + QLatin1Char('\n') + line;
        r.member.workUnit.clear();
        r.supplied.remove(RosterField::WorkUnit);
        r.supplied.insert(RosterField::Notes);
    }
    fillFromIdNumber(&r, r.supplied.contains(RosterField::Sex), birthMonthOnly);
    decideStatus(&r, r.supplied.contains(RosterField::Status));
    return r;
}

void RosterRowReader::readDate(const TableCell& cell, const QString& header, QDate* date, Result* r) const
{
    const ImportText::DateValue value = ImportText::parseDate(cell);
    if (!value.error.isEmpty()) {
        r->problems << QCoreApplication::translate("RosterRowReader", "%1: %2").arg(header, value.error);
        return;
    }
    *date = value.date;
    if (value.monthOnly)
        r->notes << QCoreApplication::translate("RosterRowReader", "%1 gives only the month; read as %2.")
                        .arg(header, value.date.toString(Qt::ISODate));
}

void RosterRowReader::readCell(RosterField field, const TableCell& cell, const QString& header, Result* r,
                               QString* unitOrPlace, QDate* since) const
{
    Member& m = r->member;
    // Dates and ID numbers read the cell itself; only text fields need its text.
    const bool textField = field != RosterField::BirthDate && field != RosterField::IdNumber &&
                           field != RosterField::AppliedOn && field != RosterField::ActivistOn &&
                           field != RosterField::CandidateOn && field != RosterField::JoinedOn &&
                           field != RosterField::FullOn && field != RosterField::FloatingSince &&
                           field != RosterField::ReportedOn && field != RosterField::SinceByCategory &&
                           field != RosterField::Phone;
    const QString text = textField ? ImportText::cellText(cell) : QString();
    switch (field) {
    case RosterField::Unknown:
    case RosterField::Ignore:
        break;
    case RosterField::Name:
        m.name = cleanName(text);
        break;
    case RosterField::Sex:
        if (!ImportEnums::sex(text, &m.sex)) {
            r->notes << QCoreApplication::translate(
                            "RosterRowReader", "%1: \"%2\" is neither 男 nor 女; taken from the ID number.")
                            .arg(header, text);
            r->supplied.remove(RosterField::Sex);
        }
        break;
    case RosterField::Ethnicity:
        m.ethnicity = ImportEnums::ethnicity(text);
        if (m.ethnicity.isEmpty()) {
            r->notes << QCoreApplication::translate("RosterRowReader",
                                                    "%1: \"%2\" is none of the 56 ethnic groups; left empty.")
                            .arg(header, text);
            r->supplied.remove(RosterField::Ethnicity);
        }
        break;
    case RosterField::BirthDate: {
        // A month-only 出生年月 is settled against the ID number later (fillFromIdNumber).
        const ImportText::DateValue value = ImportText::parseDate(cell);
        if (!value.error.isEmpty())
            r->problems << QCoreApplication::translate("RosterRowReader", "%1: %2").arg(header, value.error);
        m.birthDate = value.date;
        break;
    }
    case RosterField::IdNumber: {
        const ImportText::IdValue id = ImportText::parseIdNumber(cell);
        if (!id.error.isEmpty())
            r->problems << id.error;
        m.idNumber = id.text;
        break;
    }
    case RosterField::Education:
        if (!ImportEnums::education(text, &m.education)) {
            m.education = Education::Unknown;
            r->notes << QCoreApplication::translate(
                            "RosterRowReader",
                            "%1: \"%2\" is not a level of education PartyDesk knows; left as not recorded.")
                            .arg(header, text);
        }
        break;
    case RosterField::AppliedOn:
        readDate(cell, header, &m.appliedOn, r);
        break;
    case RosterField::ActivistOn:
        readDate(cell, header, &m.activistOn, r);
        break;
    case RosterField::CandidateOn:
        readDate(cell, header, &m.candidateOn, r);
        break;
    case RosterField::SinceByCategory:
        readDate(cell, header, since, r);
        break;
    case RosterField::JoinedOn:
        readDate(cell, header, &m.joinedOn, r);
        break;
    case RosterField::FullOn:
        readDate(cell, header, &m.fullOn, r);
        break;
    case RosterField::FloatingSince:
        readDate(cell, header, &m.floatingSince, r);
        break;
    case RosterField::ReportedOn:
        readDate(cell, header, &m.reportedOn, r);
        break;
    case RosterField::Branch: {
        const BranchMatcher::Match match = m_branches.find(text);
        if (match.id > 0)
            m.orgId = match.id;
        else if (match.missing && m_createBranchesUnder > 0)
            r->newBranch = ImportText::halfWidth(text);
        else
            r->problems << match.error;
        break;
    }
    case RosterField::Category:
        if (!ImportEnums::category(text, &m.category))
            r->problems << QCoreApplication::translate(
                               "RosterRowReader",
                               "%1: \"%2\" is not a category; write 在册, 在职, 流出 or 流入.")
                               .arg(header, text);
        break;
    case RosterField::Status:
        if (!ImportEnums::status(text, &m.status))
            r->problems
                << QCoreApplication::translate(
                       "RosterRowReader",
                       "%1: \"%2\" is not a membership status; write 正式党员 or 预备党员 (or 发展对象, "
                       "入党积极分子, 入党申请人).")
                       .arg(header, text);
        break;
    case RosterField::Phone:
        m.phone = ImportText::parsePhone(cell);
        break;
    case RosterField::Address:
        m.address = text;
        break;
    case RosterField::WorkUnit:
        m.workUnit = text;
        break;
    case RosterField::UnitOrPlace:
        *unitOrPlace = text;
        break;
    case RosterField::FloatingPlace:
        m.floatingPlace = text;
        break;
    case RosterField::HomeOrganisation:
        m.homeOrganisation = text;
        break;
    case RosterField::Tags: {
        QStringList unknown;
        m.tags = ImportEnums::tags(text, &unknown);
        if (!unknown.isEmpty())
            r->notes << QCoreApplication::translate("RosterRowReader",
                                                    "%1: \"%2\" is no tag PartyDesk knows; left out.")
                            .arg(header, unknown.join(QStringLiteral("、")));
        break;
    }
    case RosterField::Notes:
        m.notes = m.notes.isEmpty() ? text : text + QLatin1Char('\n') + m.notes;
        break;
    }
}

void RosterRowReader::fillFromIdNumber(Result* r, bool sexGiven, bool birthMonthOnly) const
{
    Member& m = r->member;
    const IdNumberCheck id = m.idNumber.isEmpty() ? IdNumberCheck() : IdNumber::check(m.idNumber);
    // A month-only 出生年月 agrees with the ID number when year and month match; the day comes from it.
    if (id.ok && (!m.birthDate.isValid() || (birthMonthOnly && m.birthDate.year() == id.birthDate.year() &&
                                             m.birthDate.month() == id.birthDate.month()))) {
        m.birthDate = id.birthDate;
    } else if (birthMonthOnly) {
        r->notes << QCoreApplication::translate("RosterRowReader",
                                                "The birth date gives only the month; read as %1.")
                        .arg(m.birthDate.toString(Qt::ISODate));
    }
    if (id.ok && !sexGiven)
        m.sex = id.sex;
}

void RosterRowReader::decideStatus(Result* r, bool statusGiven) const
{
    if (statusGiven)
        return;
    // Without a status the dates tell: joined less than a year ago and not yet full → probationary.
    Member& m = r->member;
    m.status = !m.fullOn.isValid() && m.joinedOn.isValid() && m.joinedOn.addYears(1) > m_clock.today()
                   ? MemberStatus::Probationary
                   : MemberStatus::Full;
}

Member RosterRowReader::overlay(const Member& saved, const Member& file, const QSet<RosterField>& supplied)
{
    Member m = saved;
    for (RosterField field : supplied) {
        switch (field) {
        case RosterField::Unknown:
        case RosterField::Ignore:
        case RosterField::UnitOrPlace: // read into the field of the row's category
        case RosterField::SinceByCategory:
            break;
        case RosterField::AppliedOn:
            m.appliedOn = file.appliedOn;
            break;
        case RosterField::ActivistOn:
            m.activistOn = file.activistOn;
            break;
        case RosterField::CandidateOn:
            m.candidateOn = file.candidateOn;
            break;
        case RosterField::Name:
            m.name = file.name;
            break;
        case RosterField::Sex:
            m.sex = file.sex;
            break;
        case RosterField::Ethnicity:
            m.ethnicity = file.ethnicity;
            break;
        case RosterField::BirthDate:
            m.birthDate = file.birthDate;
            break;
        case RosterField::IdNumber:
            m.idNumber = file.idNumber;
            break;
        case RosterField::Education:
            m.education = file.education;
            break;
        case RosterField::JoinedOn:
            m.joinedOn = file.joinedOn;
            break;
        case RosterField::FullOn:
            m.fullOn = file.fullOn;
            break;
        case RosterField::Branch:
            m.orgId = file.orgId;
            break;
        case RosterField::Category:
            m.category = file.category;
            break;
        case RosterField::Status:
            m.status = file.status;
            break;
        case RosterField::Phone:
            m.phone = file.phone;
            break;
        case RosterField::Address:
            m.address = file.address;
            break;
        case RosterField::WorkUnit:
            m.workUnit = file.workUnit;
            break;
        case RosterField::FloatingPlace:
            m.floatingPlace = file.floatingPlace;
            break;
        case RosterField::FloatingSince:
            m.floatingSince = file.floatingSince;
            break;
        case RosterField::HomeOrganisation:
            m.homeOrganisation = file.homeOrganisation;
            break;
        case RosterField::ReportedOn:
            m.reportedOn = file.reportedOn;
            break;
        case RosterField::Tags:
            for (MemberTag tag : file.tags)
                if (!m.tags.contains(tag))
                    m.tags << tag;
            break;
        case RosterField::Notes:
            if (!m.notes.contains(file.notes))
                m.notes = m.notes.isEmpty() ? file.notes : m.notes + QLatin1Char('\n') + file.notes;
            break;
        }
    }
    return m;
}

} // namespace partydesk
