#include "RosterImportPlanner.h"

#include "BranchMatcher.h"
#include "domain/IdNumber.h"
#include "domain/Validation.h"
#include "ImportText.h"
#include "RosterRowReader.h"
#include "service/MemberService.h"
#include "tabular/TableReader.h"
#include "tabular/ThreadedRead.h"

#include <optional>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace partydesk {

namespace {

// How many of a sheet's first rows may be titles before the header.
constexpr int headerSearchRows = 30;

// "合计", "总计：35人", "共 35 人", "填表人：", "审核人：" …: lines of the form, not members.
bool isTotalOrFooter(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(合计|总计|小计|共计|累计|总人数|填表|填报|制表|审核|负责人|联系人|单位负责人|注[:"
                       "：]|说明[:：]|备注[:：])|"
                       "共\\d+(人|名)"));
    return pattern.match(ImportText::compact(text)).hasMatch();
}

// The member field a roster column fills, for matching the rules' messages to a refused cell.
QString memberFieldOf(RosterField field)
{
    switch (field) {
    case RosterField::Name:
        return MemberField::name;
    case RosterField::Sex:
        return MemberField::sex;
    case RosterField::IdNumber:
        return MemberField::idNumber;
    case RosterField::BirthDate:
        return MemberField::birthDate;
    case RosterField::Branch:
        return MemberField::org;
    case RosterField::Status:
        return MemberField::status;
    case RosterField::AppliedOn:
        return MemberField::appliedOn;
    case RosterField::ActivistOn:
        return MemberField::activistOn;
    case RosterField::CandidateOn:
        return MemberField::candidateOn;
    case RosterField::JoinedOn:
        return MemberField::joinedOn;
    case RosterField::FullOn:
        return MemberField::fullOn;
    case RosterField::ReportedOn:
        return MemberField::reportedOn;
    case RosterField::FloatingSince:
    case RosterField::SinceByCategory:
        return MemberField::floatingSince;
    default:
        return {};
    }
}

QStringList messages(const FieldErrors& errors)
{
    QStringList list;
    for (const FieldError& error : errors)
        if (!list.contains(error.message))
            list << error.message;
    return list;
}

} // namespace

int ImportPlan::count(ImportRow::Action action) const
{
    return int(
        std::count_if(rows.begin(), rows.end(), [action](const ImportRow& r) { return r.action == action; }));
}

QStringList ImportPlan::problemLines() const
{
    QStringList lines;
    for (const ImportRow& row : rows)
        if (row.action == ImportRow::Action::Refused)
            for (const QString& problem : row.problems)
                lines << QCoreApplication::translate("RosterImport", "Row %1: %2")
                             .arg(row.sheetRow)
                             .arg(problem);
    return lines;
}

QList<ImportColumn> ImportPlan::unknownColumns() const
{
    QList<ImportColumn> unknown;
    for (const ImportColumn& column : columns)
        if (column.field == RosterField::Unknown)
            unknown << column;
    return unknown;
}

RosterImportPlanner::RosterImportPlanner(RosterImportContext context, RosterImportOptions options)
    : m_context(std::move(context)), m_options(std::move(options))
{
}

QList<ImportColumn> RosterImportPlanner::findHeader(const TableRow& row,
                                                    const QHash<QString, RosterField>& mapping)
{
    QList<ImportColumn> columns;
    int known = 0;
    bool hasName = false;
    QSet<RosterField> seen;
    for (int c = 0; c < int(row.cells.size()); ++c) {
        const TableCell& cell = row.cells[size_t(c)];
        if (cell.type != TableCell::Type::Text || cell.text.trimmed().isEmpty())
            continue;
        ImportColumn column;
        column.column = c;
        column.header = ImportText::halfWidth(cell.text).simplified();
        const QString key = RosterFields::normalisedHeader(cell.text);
        if (const auto it = mapping.constFind(key); it != mapping.constEnd()) {
            column.field = *it;
            column.chosen = true;
        } else {
            column.field = RosterFields::fromHeader(cell.text);
        }
        // A field named twice is read from its first column only; the second is for the user to map.
        if (column.field != RosterField::Unknown && column.field != RosterField::Ignore) {
            if (seen.contains(column.field))
                column.field = RosterField::Unknown;
            else {
                seen.insert(column.field);
                ++known;
            }
        }
        hasName = hasName || column.field == RosterField::Name;
        columns << column;
    }
    if (!hasName || known < 2)
        return {};
    return columns;
}

ImportPlan RosterImportPlanner::plan(TableReader& reader, const QString& path,
                                     const std::function<bool(double)>& progress)
{
    ImportPlan plan;
    plan.path = path;
    const QStringList sheets = reader.sheetNames();
    if (m_options.sheet < 0 || m_options.sheet >= sheets.size()) {
        plan.fatal = QCoreApplication::translate("RosterImport", "The file has no sheet number %1.")
                         .arg(m_options.sheet + 1);
        return plan;
    }
    plan.sheetName = sheets[m_options.sheet];
    const BranchMatcher branches(m_context.organisations);
    std::optional<RosterRowReader> rowReader;
    m_rowsById.clear();
    int seenRows = 0;
    bool cancelled = false;
    QString error;
    const TableReader::Status status = readSheetThreaded(
        reader, m_options.sheet,
        [&](const TableRow& row, double readSoFar) {
            if (progress && (++seenRows % 512) == 0 && !progress(readSoFar)) {
                cancelled = true;
                return false;
            }
            if (!rowReader) {
                plan.columns = findHeader(row, m_options.mapping);
                if (plan.columns.isEmpty()) {
                    ++plan.skippedRows;
                    return row.number < headerSearchRows;
                }
                plan.headerRow = row.number;
                for (const ImportColumn& column : plan.columns) {
                    if (column.field == RosterField::Name) {
                        m_nameColumn = column.column;
                        m_nameHeader = RosterFields::normalisedHeader(column.header);
                    }
                    if (column.field == RosterField::IdNumber)
                        m_idColumn = column.column;
                }
                rowReader.emplace(plan.columns, branches, m_options.createBranchesUnder, *m_context.clock);
                return true;
            }
            if (isSkippable(row, plan)) {
                ++plan.skippedRows;
                return true;
            }
            const RosterRowReader::Result read = rowReader->read(row);
            ImportRow r;
            r.sheetRow = row.number;
            r.member = read.member;
            r.newBranch = read.newBranch;
            for (RosterField field : read.unread)
                r.unreadFields << memberFieldOf(field);
            r.problems = read.problems;
            r.notes = read.notes;
            r.action = ImportRow::Action::Add;
            if (r.member.orgId == 0 && r.newBranch.isEmpty() && !read.supplied.contains(RosterField::Branch))
                r.member.orgId = m_options.defaultBranch;
            // An update needs the saved member; the file's empty cells leave its values alone.
            const QString& id = r.member.idNumber; // upper-cased, without spaces: as saved
            if (const qint64 savedId = m_context.idNumbers.value(id); savedId > 0 && !id.isEmpty()) {
                const Member saved = m_context.member ? m_context.member(savedId) : Member();
                if (saved.hasLeft()) {
                    r.problems
                        << QCoreApplication::translate(
                               "RosterImport",
                               "%1 (ID number %2) left the roster on %3; the import does not add the same "
                               "person again. Look the record up in the roster with members who left shown.")
                               .arg(saved.name, IdNumber::masked(id), saved.leftOn.toString(Qt::ISODate));
                } else if (!m_options.updateExisting) {
                    r.action = ImportRow::Action::Skip;
                    r.notes << QCoreApplication::translate(
                                   "RosterImport",
                                   "%1 (ID number %2) is already on the roster; left as saved.")
                                   .arg(saved.name, IdNumber::masked(id));
                } else {
                    r.action = ImportRow::Action::Update;
                    r.member = RosterRowReader::overlay(saved, read.member, read.supplied);
                }
            }
            if (!id.isEmpty())
                m_rowsById[id].append(qsizetype(plan.rows.size()));
            plan.rows.push_back(std::move(r));
            return true;
        },
        &error);
    if (cancelled) {
        plan.fatal =
            QCoreApplication::translate("RosterImport", "The import was cancelled; nothing was saved.");
        return plan;
    }
    if (status != TableReader::Status::Ok) {
        plan.fatal = error;
        return plan;
    }
    if (!rowReader) {
        plan.fatal =
            QCoreApplication::translate(
                "RosterImport",
                "Sheet \"%1\" has no roster header: none of its first %2 rows names 姓名 and another "
                "column such as 身份证号 or 所在支部.")
                .arg(plan.sheetName)
                .arg(headerSearchRows);
        return plan;
    }
    finish(plan);
    return plan;
}

bool RosterImportPlanner::isSkippable(const TableRow& row, const ImportPlan& plan) const
{
    const TableCell& name = row.cell(m_nameColumn);
    const TableCell& id = row.cell(m_idColumn);
    // The header again, at the top of the next block: its name cell reads 姓名.
    if (!name.isEmpty() && RosterFields::normalisedHeader(name.displayText()) == m_nameHeader) {
        int same = 0;
        for (const ImportColumn& column : plan.columns)
            if (RosterFields::normalisedHeader(row.cell(column.column).displayText()) ==
                RosterFields::normalisedHeader(column.header))
                ++same;
        if (same * 2 > plan.columns.size())
            return true;
    }
    if (!id.isEmpty())
        return false; // an ID number makes it a member's row, whatever else it says
    int filled = 0;
    int onlyColumn = -1;
    for (int c = 0; c < int(row.cells.size()); ++c) {
        const TableCell& cell = row.cells[size_t(c)];
        if (cell.isEmpty())
            continue;
        ++filled;
        onlyColumn = c;
        if (cell.type == TableCell::Type::Text && isTotalOrFooter(cell.text))
            return true; // 合计, 共 N 人, 填表人：…
    }
    // A block title in a row of its own ("一、第一网格党支部"), outside the name column.
    return filled == 0 || (filled == 1 && onlyColumn != m_nameColumn);
}

void RosterImportPlanner::finish(ImportPlan& plan)
{
    // The same ID number twice in the file: no row of them can be right until a person decides.
    for (auto it = m_rowsById.cbegin(); it != m_rowsById.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList rowNumbers;
        for (qsizetype index : it.value())
            rowNumbers << QString::number(plan.rows[size_t(index)].sheetRow);
        for (qsizetype index : it.value())
            plan.rows[size_t(index)].problems
                << QCoreApplication::translate(
                       "RosterImport", "The ID number %1 appears more than once in the file (rows %2).")
                       .arg(IdNumber::masked(it.key()), rowNumbers.join(QStringLiteral(", ")));
    }
    QSet<QString> newBranches;
    for (ImportRow& row : plan.rows) {
        if (row.action == ImportRow::Action::Skip && row.problems.isEmpty())
            continue;
        row.member = MemberService::normalised(row.member);
        Member checked = row.member;
        if (!row.newBranch.isEmpty() && checked.orgId == 0)
            checked.orgId = -1; // to be created: the rules only need to know there is one
        FieldErrors errors = validateMember(checked, *m_context.clock);
        // "Enter the ID number" after "the ID number was stored as a number" says nothing new.
        errors.removeIf([&row](const FieldError& e) { return row.unreadFields.contains(e.field); });
        for (const QString& message : messages(errors))
            if (!row.problems.contains(message))
                row.problems << message;
        if (!row.problems.isEmpty()) {
            row.action = ImportRow::Action::Refused;
            continue;
        }
        if (!row.newBranch.isEmpty())
            newBranches.insert(row.newBranch);
    }
    plan.branchesToCreate = QStringList(newBranches.cbegin(), newBranches.cend());
    plan.branchesToCreate.sort();
}

} // namespace partydesk
