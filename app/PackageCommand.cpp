#include "CommandSupport.h"
#include "domain/OrganisationTree.h"
#include "package/PackageEnvelope.h"
#include "package/PackageKeys.h"
#include "package/PackageMerge.h"
#include "package/YearPackage.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace partydesk {

namespace {

QString counts(const PackageImport::Counts& c)
{
    return QCoreApplication::translate("PackageCommand", "%1 new, %2 changed, %3 the same, %4 left")
        .arg(c.added)
        .arg(c.changed)
        .arg(c.same)
        .arg(c.left);
}

QString done(const PackageImport::Counts& c)
{
    return QCoreApplication::translate("PackageCommand", "%1 added, %2 changed, %3 removed")
        .arg(c.added)
        .arg(c.changed)
        .arg(c.left);
}

// A package opened with this workspace's keys: its payload and who signed it, or an error printed.
struct OpenedPackage
{
    QByteArray payload;
    QByteArray senderKey;
    QString senderName; // as this workspace trusts it
    bool ok = false;
};

OpenedPackage openPackage(const QString& path, const PackageKeys& keys, const PackageKeys::Own& own)
{
    QString error;
    const QByteArray package = PackageEnvelope::readFile(path, &error);
    if (!error.isEmpty()) {
        printError(error);
        return {};
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
        return {};
    }
    return {content.payload, content.senderPublicKey, names.value(content.senderPublicKey), true};
}

// What the package would change here, as `show` and `import` print it.
void printPlan(const PackageImport::Plan& plan, const QString& senderName, bool tellRefusal)
{
    printLine(QCoreApplication::translate("PackageCommand", "From %1 (%2), year %3, made %4:")
                  .arg(senderName, plan.sender)
                  .arg(plan.year)
                  .arg(plan.madeAt));
    printLine(
        QCoreApplication::translate("PackageCommand", "  organisations: %1").arg(counts(plan.organisations)));
    printLine(QCoreApplication::translate("PackageCommand", "  grids: %1").arg(counts(plan.grids)));
    printLine(QCoreApplication::translate("PackageCommand", "  members: %1").arg(counts(plan.members)));
    QStringList newTops;
    for (const PackageImport::Record& record : plan.records.value(QStringLiteral("organisation")))
        if (record.top && record.state == PackageImport::State::Added)
            newTops << record.values.value(QStringLiteral("name")).toString();
    if (plan.under != 0 && !newTops.isEmpty())
        printLine(QCoreApplication::translate("PackageCommand", "The community's top organisations (%1) go "
                                                                "under %2 (no. %3).")
                      .arg(newTops.join(QStringLiteral("、")), plan.underName)
                      .arg(plan.under));
    if (plan.freshness == PackageHistory::Freshness::SamePackage)
        printLine(QCoreApplication::translate("PackageCommand", "This package has already been imported."));
    else if (!tellRefusal) // the import says why it refuses
        return;
    else if (const QString why = PackageImport::freshnessRefusal(plan); !why.isEmpty())
        printLine(why);
    else if (!plan.refusal.isEmpty())
        printLine(plan.refusal);
}

// partydesk package import FILE [--dry-run] [--under ID]
int importPackage(Workspace& workspace, const OpenedPackage& opened, qint64 under, bool dryRun)
{
    const PackageImport::Plan plan =
        PackageImport::plan(workspace.database(), opened.payload, opened.senderKey, under);
    if (!plan.error.isEmpty()) {
        printError(plan.error);
        return 1;
    }
    printPlan(plan, opened.senderName, dryRun);
    if (dryRun) {
        printLine(QCoreApplication::translate("PackageCommand", "Dry run: nothing was changed."));
        return 0;
    }
    const PackageImport::Outcome outcome =
        PackageImport::merge(workspace.database(), workspace.writeGate(), workspace.audit(), opened.payload,
                             opened.senderKey, under);
    switch (outcome.status) {
    case PackageImport::Outcome::Status::NothingToDo:
        printLine(QCoreApplication::translate("PackageCommand", "Nothing to do: nothing was changed."));
        return 0;
    case PackageImport::Outcome::Status::Refused:
    case PackageImport::Outcome::Status::Failed:
        printError(QCoreApplication::translate("PackageCommand", "Not imported, nothing was changed: %1")
                       .arg(outcome.message));
        return 1;
    case PackageImport::Outcome::Status::Merged:
        break;
    }
    printLine(QCoreApplication::translate("PackageCommand", "Imported:"));
    printLine(QCoreApplication::translate("PackageCommand", "  organisations: %1")
                  .arg(done(outcome.organisations)));
    printLine(QCoreApplication::translate("PackageCommand", "  grids: %1").arg(done(outcome.grids)));
    printLine(QCoreApplication::translate("PackageCommand", "  members: %1").arg(done(outcome.members)));
    if (!outcome.kept.isEmpty())
        printLine(QCoreApplication::translate("PackageCommand",
                                              "Kept, though no longer in the package, because other records "
                                              "here still refer to them: %1")
                      .arg(outcome.kept.join(QCoreApplication::translate("PackageCommand", "; "))));
    return 0;
}

} // namespace

// partydesk package keys|trust|recipient|export|show|import: data packages between a community and its
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
        "  show FILE                    opens a package and tells what it would change here\n"
        "  import FILE [--dry-run] [--under ID]\n"
        "                               merges a community's package into this workspace: new records "
        "added,\n"
        "                               changed ones updated, those it no longer has removed; its top\n"
        "                               organisations go under the street working committee (or ID)"));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("PackageCommand", "keys, trust, recipient, export, show or import."));
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
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("PackageCommand",
                                    "import: only tells what would change; writes nothing."));
    const QCommandLineOption under(QStringLiteral("under"),
                                   QCoreApplication::translate("PackageCommand",
                                                               "import: the organisation (number) the "
                                                               "community's top organisations go under."),
                                   QStringLiteral("id"));
    parser.addOptions({db, name, key, year, out, dryRun, under});
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(1);
    static const QStringList actions = {QStringLiteral("keys"),      QStringLiteral("trust"),
                                        QStringLiteral("recipient"), QStringLiteral("export"),
                                        QStringLiteral("show"),      QStringLiteral("import")};
    if (!actions.contains(action) || !parser.isSet(db)) {
        printError(QCoreApplication::translate(
            "PackageCommand", "Use: partydesk package keys|trust|recipient|export|show|import … --db FILE "
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

    // show FILE, import FILE
    const QString path = arguments.value(2);
    if (path.isEmpty()) {
        printError(action == QLatin1String("show")
                       ? QCoreApplication::translate("PackageCommand",
                                                     "Use: partydesk package show FILE.pdpkg --db FILE")
                       : QCoreApplication::translate("PackageCommand",
                                                     "Use: partydesk package import FILE.pdpkg [--dry-run] "
                                                     "[--under ID] --db FILE"));
        return 2;
    }
    qint64 underId = 0;
    if (parser.isSet(under)) {
        bool underOk = false;
        underId = parser.value(under).toLongLong(&underOk);
        if (!underOk || underId <= 0) {
            printError(QCoreApplication::translate("PackageCommand",
                                                   "--under needs the number of an organisation, not \"%1\".")
                           .arg(parser.value(under)));
            return 2;
        }
    }
    const OpenedPackage received = openPackage(path, keys, own);
    if (!received.ok)
        return 1;
    if (action == QLatin1String("import"))
        return importPackage(workspace, received, underId, parser.isSet(dryRun));
    const PackageImport::Plan plan =
        PackageImport::plan(workspace.database(), received.payload, received.senderKey, underId);
    if (!plan.error.isEmpty()) {
        printError(plan.error);
        return 1;
    }
    printPlan(plan, received.senderName, true);
    return 0;
}

} // namespace partydesk
