#include "CommandSupport.h"
#include "package/PackageKeys.h"
#include "package/PackageKinds.h"
#include "package/PackageMerge.h"
#include "package/PackageTransfer.h"
#include "package/PlanPackage.h"
#include "Workspace.h"

#include <functional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

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

// One line per kind of record: "  members: 3 new, …".
void printKinds(const std::function<QString(const QString&)>& line)
{
    for (const QString& table : PackageImport::kindsInOrder())
        printLine(QCoreApplication::translate("PackageCommand", "  %1: %2")
                      .arg(PackageKinds::plural(table), line(table)));
}

// What the package would change here, as `show` and `import` print it.
void printPlan(const PackageImport::Plan& plan, const QString& senderName, bool tellRefusal)
{
    printLine(QCoreApplication::translate("PackageCommand", "From %1 (%2), year %3, made %4:")
                  .arg(senderName, plan.sender)
                  .arg(plan.year)
                  .arg(PackageHistory::shownTime(plan.madeAt)));
    printKinds([&](const QString& table) { return counts(plan.counts(table)); });
    for (const QString& line : PackageImport::notes(plan, tellRefusal))
        printLine(line);
}

// partydesk package import FILE [--dry-run] [--under ID]
int importPackage(Workspace& workspace, const PackageTransfer::Received& opened, qint64 under, bool dryRun)
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
    printKinds([&](const QString& table) { return done(outcome.done(table)); });
    for (const QString& line : PackageImport::afterMerge(outcome))
        printLine(line);
    return 0;
}

// What a street's plan package would do here (show, import), or did (import).
void printPlanPackage(const PlanPackage::Preview& plan, const QString& senderName, bool done)
{
    printLine(QCoreApplication::translate("PackageCommand", "From %1 (%2): the plan for %3, made %4:")
                  .arg(senderName, plan.sender)
                  .arg(plan.year)
                  .arg(PackageHistory::shownTime(plan.madeAt)));
    for (const QString& line : PlanPackage::describe(plan, done))
        printLine(line);
}

// partydesk package import FILE on a community: the street's plan installed.
int installPlan(Workspace& workspace, const PackageTransfer::Received& opened, bool dryRun)
{
    const PlanPackage::Preview plan =
        PlanPackage::preview(workspace.database(), opened.payload, opened.senderKey);
    if (!plan.error.isEmpty()) {
        printError(plan.error);
        return 1;
    }
    if (dryRun) {
        printPlanPackage(plan, opened.senderName, false);
        printLine(QCoreApplication::translate("PackageCommand", "Dry run: nothing was changed."));
        return 0;
    }
    const PlanPackage::Outcome outcome = PlanPackage::install(
        workspace.database(), workspace.writeGate(), workspace.audit(), opened.payload, opened.senderKey);
    switch (outcome.status) {
    case PlanPackage::Outcome::Status::NothingToDo:
        printLine(QCoreApplication::translate("PackageCommand", "Nothing to do: nothing was changed."));
        return 0;
    case PlanPackage::Outcome::Status::Refused:
    case PlanPackage::Outcome::Status::Failed:
        printError(QCoreApplication::translate("PackageCommand", "Not imported, nothing was changed: %1")
                       .arg(outcome.message));
        return 1;
    case PlanPackage::Outcome::Status::Installed:
        break;
    }
    printPlanPackage(outcome.done, opened.senderName, true);
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
        "  export --year Y --out F [--to NAME]\n"
        "                               writes this workspace's year as F.pdpkg\n"
        "  export-plan --year Y --out F --to NAME\n"
        "                               writes the street's rating template and theme-day plan of the\n"
        "                               year for a community (imported there with import)\n"
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
    const QCommandLineOption to(QStringLiteral("to"),
                                QCoreApplication::translate("PackageCommand",
                                                            "export, export-plan: the recipient, by the name "
                                                            "given to package recipient."),
                                QStringLiteral("name"));
    parser.addOptions({db, name, key, year, out, dryRun, under, to});
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(1);
    static const QStringList actions = {QStringLiteral("keys"),        QStringLiteral("trust"),
                                        QStringLiteral("recipient"),   QStringLiteral("export"),
                                        QStringLiteral("export-plan"), QStringLiteral("show"),
                                        QStringLiteral("import")};
    if (!actions.contains(action) || !parser.isSet(db)) {
        printError(QCoreApplication::translate(
            "PackageCommand",
            "Use: partydesk package keys|trust|recipient|export|export-plan|show|import … --db FILE "
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

    if (action == QLatin1String("export") || action == QLatin1String("export-plan")) {
        const bool plan = action == QLatin1String("export-plan");
        bool yearOk = false;
        const int y = parser.value(year).toInt(&yearOk);
        const QString path = parser.value(out);
        if (!yearOk || y < 2000 || y > 2100 || path.isEmpty()) {
            printError(plan ? QCoreApplication::translate(
                                  "PackageCommand", "Use: partydesk package export-plan --year YYYY --out "
                                                    "FILE.pdpkg --to NAME --db FILE")
                            : QCoreApplication::translate("PackageCommand",
                                                          "Use: partydesk package export --year YYYY --out "
                                                          "FILE.pdpkg [--to NAME] --db FILE"));
            return 2;
        }
        const PackageKeys::Named recipient = keys.recipient(parser.value(to));
        if (recipient.key.isEmpty()) {
            QStringList known;
            for (const PackageKeys::Named& named : keys.recipients())
                known << named.name;
            if (known.isEmpty())
                printError(QCoreApplication::translate(
                    "PackageCommand",
                    "No recipient yet: first name the receiving key of the workspace it goes "
                    "to with partydesk package recipient --name NAME --key KEY."));
            else if (parser.isSet(to))
                printError(QCoreApplication::translate("PackageCommand",
                                                       "No recipient is called %1 here (there are: %2).")
                               .arg(parser.value(to), known.join(QStringLiteral("、"))));
            else
                printError(
                    QCoreApplication::translate("PackageCommand",
                                                "There are several recipients (%1): name one with --to NAME.")
                        .arg(known.join(QStringLiteral("、"))));
            return 1;
        }
        error = PackageTransfer::write(workspace,
                                       plan ? PackageTransfer::Content::Plan : PackageTransfer::Content::Year,
                                       y, recipient, path);
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
    const PackageTransfer::Received received = PackageTransfer::open(path, keys, own);
    if (!received.ok()) {
        printError(received.error);
        return 1;
    }
    if (received.content == PackageTransfer::Content::Plan) {
        if (action == QLatin1String("import"))
            return installPlan(workspace, received, parser.isSet(dryRun));
        const PlanPackage::Preview preview =
            PlanPackage::preview(workspace.database(), received.payload, received.senderKey);
        if (!preview.error.isEmpty()) {
            printError(preview.error);
            return 1;
        }
        printPlanPackage(preview, received.senderName, false);
        return 0;
    }
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
