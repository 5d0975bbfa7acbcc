#include "CommandSupport.h"
#include "domain/OrganisationTree.h"
#include "package/PackageEnvelope.h"
#include "package/PackageKeys.h"
#include "package/YearPackage.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace partydesk {

namespace {

QString counts(const YearPackage::Preview::Counts& c)
{
    return QCoreApplication::translate("PackageCommand", "%1 new, %2 changed, %3 the same")
        .arg(c.added)
        .arg(c.changed)
        .arg(c.same);
}

} // namespace

// partydesk package keys|trust|recipient|export|show: data packages between a community and its
// street (see core/package).
int runPackage(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "PackageCommand",
        "Data packages between a community and its street, encrypted for the street and signed by the "
        "community.\n"
        "  keys                         this workspace's public keys, to hand to the other side\n"
        "  trust --name N --key K       opens packages signed with K (a community's signing key)\n"
        "  recipient --name N --key K   sends packages to K (the street's receiving key)\n"
        "  export --year Y --out F      writes this workspace's year as F.pdpkg\n"
        "  show FILE                    opens a package and tells what it would change here"));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("PackageCommand", "keys, trust, recipient, export or show."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("PackageCommand", "The workspace file."),
                                QStringLiteral("file"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QCoreApplication::translate("PackageCommand", "Whose key it is."),
                                  QStringLiteral("name"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 QCoreApplication::translate("PackageCommand", "A public key."),
                                 QStringLiteral("key"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  QCoreApplication::translate("PackageCommand", "The year."),
                                  QStringLiteral("year"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("PackageCommand", "The package file to write."),
                                 QStringLiteral("file"));
    parser.addOptions({db, name, key, year, out});
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(1);
    static const QStringList actions = {QStringLiteral("keys"), QStringLiteral("trust"),
                                        QStringLiteral("recipient"), QStringLiteral("export"),
                                        QStringLiteral("show")};
    if (!actions.contains(action) || !parser.isSet(db)) {
        printError(QCoreApplication::translate(
            "PackageCommand", "Use: partydesk package keys|trust|recipient|export|show … --db FILE "
                              "(partydesk package --help tells more)."));
        return 2;
    }
    CommandWorkspace opened(parser.value(db), QStringLiteral("package"));
    if (!opened)
        return 1;
    Workspace& workspace = *opened;
    PackageKeys keys(workspace.database(), workspace.writeGate(), workspace.audit());

    if (action == QLatin1String("trust") || action == QLatin1String("recipient")) {
        const QString error = action == QLatin1String("trust")
                                  ? keys.trustSender(parser.value(name), parser.value(key))
                                  : keys.setRecipient(parser.value(name), parser.value(key));
        if (!error.isEmpty()) {
            printError(error);
            return 1;
        }
        printLine(action == QLatin1String("trust")
                      ? QCoreApplication::translate("PackageCommand", "Packages signed by %1 will open here.")
                            .arg(parser.value(name).trimmed())
                      : QCoreApplication::translate("PackageCommand", "Packages from here go to %1.")
                            .arg(parser.value(name).trimmed()));
        return 0;
    }

    QString error;
    const PackageKeys::Own own = keys.own(&error);
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    if (action == QLatin1String("keys")) {
        printLine(QCoreApplication::translate("PackageCommand",
                                              "Signing key (give it to the street, which trusts "
                                              "it with: partydesk package trust):"));
        printLine(QStringLiteral("  ") + PackageKeys::keyText(own.signing.publicKey));
        printLine(QCoreApplication::translate("PackageCommand",
                                              "Receiving key (give it to the communities, which "
                                              "send to it with: partydesk package recipient):"));
        printLine(QStringLiteral("  ") + PackageKeys::keyText(own.box.publicKey));
        return 0;
    }

    if (action == QLatin1String("export")) {
        bool yearOk = false;
        const int y = parser.value(year).toInt(&yearOk);
        const QString path = parser.value(out);
        if (!yearOk || y < 2000 || y > 2100 || path.isEmpty()) {
            printError(QCoreApplication::translate(
                "PackageCommand", "Use: partydesk package export --year YYYY --out FILE.pdpkg --db FILE"));
            return 2;
        }
        const PackageKeys::Named recipient = keys.recipient();
        if (recipient.key.isEmpty()) {
            printError(QCoreApplication::translate(
                "PackageCommand", "No recipient yet: first name the street's receiving key with "
                                  "partydesk package recipient --name NAME --key KEY."));
            return 1;
        }
        if (!QFileInfo(path).absoluteDir().exists()) {
            printError(QCoreApplication::translate("PackageCommand", "The folder of \"%1\" does not exist.")
                           .arg(QDir::toNativeSeparators(path)));
            return 1;
        }
        // Named after its community (or the top of its tree): the street sees who sent it.
        const QList<Organisation> organisations = workspace.organisations().all();
        QString sender = organisations.value(0).name;
        for (const Organisation& org : organisations)
            if (isCommunityCommittee(org.type)) {
                sender = org.name;
                break;
            }
        const QByteArray payload = YearPackage::build(workspace.database(), y, sender, &error);
        const QByteArray package = error.isEmpty()
                                       ? PackageEnvelope::seal(payload, own.signing, recipient.key, &error)
                                       : QByteArray();
        if (error.isEmpty())
            error = YearPackage::writeFile(path, package);
        if (error.isEmpty() &&
            !workspace.audit().record(QStringLiteral("package.export"),
                                      QStringLiteral("%1 to %2: %3").arg(y).arg(recipient.name, path)))
            error = QStringLiteral("audit_log: could not record the export");
        if (!error.isEmpty()) {
            printError(error);
            return 1;
        }
        printLine(QCoreApplication::translate("PackageCommand", "Written for %1: %2")
                      .arg(recipient.name, QDir::toNativeSeparators(path)));
        return 0;
    }

    // show FILE
    const QString path = arguments.value(2);
    if (path.isEmpty()) {
        printError(QCoreApplication::translate("PackageCommand",
                                               "Use: partydesk package show FILE.pdpkg --db FILE"));
        return 2;
    }
    const QByteArray package = PackageEnvelope::readFile(path, &error);
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    QList<QByteArray> trusted;
    QHash<QByteArray, QString> names;
    for (const PackageKeys::Named& sender : keys.trustedSenders()) {
        trusted << sender.key;
        names.insert(sender.key, sender.name);
    }
    const PackageEnvelope::Opened content = PackageEnvelope::open(package, own.box, trusted);
    if (!content.ok()) {
        printError(content.error);
        return 1;
    }
    const YearPackage::Preview preview = YearPackage::preview(workspace.database(), content.payload);
    if (!preview.error.isEmpty()) {
        printError(preview.error);
        return 1;
    }
    printLine(QCoreApplication::translate("PackageCommand", "From %1 (%2), year %3, made %4:")
                  .arg(names.value(content.senderPublicKey), preview.sender)
                  .arg(preview.year)
                  .arg(preview.madeAt));
    printLine(QCoreApplication::translate("PackageCommand", "  organisations: %1")
                  .arg(counts(preview.organisations)));
    printLine(QCoreApplication::translate("PackageCommand", "  grids: %1").arg(counts(preview.grids)));
    printLine(QCoreApplication::translate("PackageCommand", "  members: %1").arg(counts(preview.members)));
    return 0;
}

} // namespace partydesk
