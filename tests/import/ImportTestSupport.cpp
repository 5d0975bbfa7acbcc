#include "ImportTestSupport.h"

#include <catch2/catch.hpp>

namespace partydesk::test {

TableReader::Status MemoryTable::readSheet(int index, const RowSink& sink, QString* error)
{
    if (index != 0) {
        *error = QStringLiteral("no such sheet");
        return Status::Failed;
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        TableRow row;
        row.number = r + 1;
        bool any = false;
        for (const QVariant& value : m_rows[r]) {
            TableCell cell;
            if (value.typeId() == QMetaType::QString) {
                cell.type = TableCell::Type::Text;
                cell.text = value.toString();
            } else if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int) {
                cell.type = TableCell::Type::Number;
                cell.number = value.toDouble();
            } else if (value.typeId() == QMetaType::QDate) {
                cell.type = TableCell::Type::Date;
                cell.number = excelSerialFromDate(value.toDate());
            }
            any = any || cell.type != TableCell::Type::Empty;
            row.cells.push_back(cell);
        }
        m_progress = double(r + 1) / m_rows.size();
        if (any && !sink(row))
            return Status::Cancelled;
    }
    return Status::Ok;
}

qint64 addOrganisation(Workspace& ws, const QString& name, OrgType type, qint64 parent)
{
    Organisation org;
    org.name = name;
    org.type = type;
    org.parentId = parent;
    const ServiceResult saved = ws.organisationService().saveOrganisation(org);
    REQUIRE(saved.ok());
    return saved.id;
}

ImportTree addImportTree(Workspace& ws, bool oneCommunity)
{
    ImportTree t;
    const qint64 street = addOrganisation(ws, QStringLiteral("城关街道党工委"), OrgType::StreetCommittee, 0);
    t.community = addOrganisation(ws, QStringLiteral("东风社区党委"), OrgType::CommunityCommittee, street);
    t.first = addOrganisation(ws, QStringLiteral("第一党支部"), OrgType::Branch, t.community);
    t.second = addOrganisation(ws, QStringLiteral("第二党支部"), OrgType::Branch, t.community);
    if (oneCommunity)
        return t;
    t.otherCommunity =
        addOrganisation(ws, QStringLiteral("红旗社区党委"), OrgType::CommunityCommittee, street);
    t.otherFirst = addOrganisation(ws, QStringLiteral("第一党支部"), OrgType::Branch, t.otherCommunity);
    return t;
}

QString validIdNumber(QDate birth, bool female, int serial)
{
    QString body = QStringLiteral("110105%1%2")
                       .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                       .arg(serial * 2 + (female ? 0 : 1), 3, 10, QLatin1Char('0'));
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body[i].digitValue() * weights[i];
    return body + QLatin1Char("10X98765432"[sum % 11]);
}

} // namespace partydesk::test
