#include "SecurityTestSupport.h"

namespace partydesk::test {

qint64 addStreetWithBranch(Workspace& ws)
{
    Organisation street;
    street.name = QStringLiteral("测试街道党工委");
    street.type = OrgType::StreetCommittee;
    street.id = ws.organisationService().saveOrganisation(street).id;
    REQUIRE(street.id > 0);
    Organisation branch;
    branch.name = QStringLiteral("测试支部");
    branch.type = OrgType::Branch;
    branch.parentId = street.id;
    const ServiceResult saved = ws.organisationService().saveOrganisation(branch);
    REQUIRE(saved.ok());
    return saved.id;
}

void addStaff(Workspace& ws)
{
    const ServiceResult first =
        ws.security().createFirstAdmin(QString::fromUtf8(Staff::admin), Staff::password(Staff::admin));
    INFO(first.message.toStdString());
    REQUIRE(first.ok());
    REQUIRE(ws.session().signInRequired());
    REQUIRE(ws.security()
                .addUser(QString::fromUtf8(Staff::officer), Staff::password(Staff::officer), Role::Officer)
                .ok());
    REQUIRE(ws.security()
                .addUser(QString::fromUtf8(Staff::viewer), Staff::password(Staff::viewer), Role::Viewer)
                .ok());
}

void signInAs(Workspace& ws, const char* name)
{
    const SignInResult result = ws.security().signIn(QString::fromUtf8(name), Staff::password(name));
    INFO(result.message.toStdString());
    REQUIRE(result.ok);
}

} // namespace partydesk::test
