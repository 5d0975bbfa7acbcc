#include "PackageTransfer.h"

#include "domain/Enums.h"
#include "PlanPackage.h"
#include "Workspace.h"
#include "YearPackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace partydesk::PackageTransfer {

QString write(Workspace& workspace, Content content, int year, const PackageKeys::Named& recipient,
              const QString& path)
{
    if (!QFileInfo(path).absoluteDir().exists())
        return QCoreApplication::translate("PackageTransfer", "The folder of \"%1\" does not exist.")
            .arg(QDir::toNativeSeparators(path));
    const bool plan = content == Content::Plan;
    const QList<Organisation> organisations = workspace.organisations().all();
    QString sender = organisations.value(0).name;
    for (const Organisation& org : organisations)
        if (!plan && isCommunityCommittee(org.type)) {
            sender = org.name;
            break;
        }
    QString error;
    PackageKeys keys(workspace.database(), workspace.writeGate(), workspace.audit());
    const PackageKeys::Own own = keys.own(&error);
    const QByteArray payload = !error.isEmpty() ? QByteArray()
                               : plan ? PlanPackage::build(workspace.database(), year, sender, &error)
                                      : YearPackage::build(workspace.database(), year, sender, &error);
    const QByteArray package =
        error.isEmpty() ? PackageEnvelope::seal(payload, own.signing, recipient.key, &error) : QByteArray();
    if (error.isEmpty())
        error = YearPackage::writeFile(path, package);
    if (error.isEmpty() &&
        !workspace.audit().record(plan ? QStringLiteral("package.export-plan")
                                       : QStringLiteral("package.export"),
                                  QStringLiteral("%1 to %2: %3").arg(year).arg(recipient.name, path)))
        error = QCoreApplication::translate(
            "PackageTransfer", "The package was written, but the export could not be recorded in "
                               "the audit log.");
    return error;
}

Received open(const QString& path, const PackageKeys& keys, const PackageKeys::Own& own)
{
    Received received;
    const QByteArray package = PackageEnvelope::readFile(path, &received.error);
    if (!received.error.isEmpty())
        return received;
    QList<QByteArray> trusted;
    QHash<QByteArray, QString> names;
    for (const PackageKeys::Named& sender : keys.trustedSenders()) {
        trusted << sender.key;
        names.insert(sender.key, sender.name);
    }
    const PackageEnvelope::Opened content = PackageEnvelope::open(package, own.box, trusted);
    if (!content.ok()) {
        received.error = content.error;
        return received;
    }
    received.payload = content.payload;
    received.senderKey = content.senderPublicKey;
    received.senderName = names.value(content.senderPublicKey);
    received.content =
        YearPackage::read(received.payload).kind == PlanPackage::kind() ? Content::Plan : Content::Year;
    return received;
}

} // namespace partydesk::PackageTransfer
