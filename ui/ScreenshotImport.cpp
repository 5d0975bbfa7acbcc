#include "ScreenshotImport.h"

#include "domain/IdNumber.h"
#include "domain/OrganisationTree.h"
#include "import/ImportPreviewModel.h"
#include "import/RosterImportDialog.h"
#include "Screenshot.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

namespace partydesk {

namespace {

QString idNumber(QDate birth, int serial)
{
    const QString body = QStringLiteral("430105%1%2")
                             .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                             .arg(serial, 3, 10, QLatin1Char('0'));
    return body + IdNumber::checkCharacter(body);
}

// A roster as a community sends it in: a title row, a header with a column PartyDesk does not read
// (微信号), new people, three already on the roster, a mistyped ID number and an unknown branch.
QString writeSampleRoster(Workspace& workspace, const QString& path)
{
    QStringList branches;
    for (const Organisation& org : workspace.organisations().all())
        if (org.type == OrgType::GridBranch)
            branches << org.name;
    if (branches.isEmpty())
        return QCoreApplication::translate("Screenshot", "The workspace has no grid branch to import into.");
    QStringList lines = {
        QStringLiteral("东风社区党员花名册（2026年11月）"),
        QStringLiteral("序号,姓名,性别,民族,公民身份号码,文化程度,入党时间,转正时间,所在党支部,"
                       "人员类别,党员身份,手机号码,家庭住址,微信号")};
    static const char16_t* const names[] = {u"陈建国", u"刘秀英", u"杨志强", u"黄丽华", u"周文斌", u"吴桂兰",
                                            u"徐海涛", u"孙玉梅", u"马俊杰", u"朱晓燕", u"胡国庆", u"郭淑珍"};
    int n = 0;
    const auto add = [&](const QString& name, const QString& id, const QString& branch) {
        ++n;
        lines << QStringLiteral("%1,%2,,汉,%3,大学本科,2001-07-01,2002-07-01,%4,在册党员,正式党员,1387315%5,"
                                "幸福里%6栋,wx%5")
                     .arg(n)
                     .arg(name, id, branch)
                     .arg(1000 + n)
                     .arg(n % 9 + 1);
    };
    for (int i = 0; i < 12; ++i)
        add(QString::fromUtf16(names[i]),
            idNumber(QDate(1958 + i * 2, 1 + i % 12, 3 + i), 11 + i * 2 + i % 2),
            branches[i % branches.size()]);
    int existing = 0;
    const QHash<qint64, QString> branchNames = organisationDisplayNames(workspace.organisations().all());
    for (const RosterRow& row : workspace.members().roster())
        if (!row.leftOn.isValid() && !row.idNumber.isEmpty() && existing < 3) {
            add(row.name, row.idNumber, branchNames.value(row.orgId));
            ++existing;
        }
    QString mistyped = idNumber(QDate(1966, 5, 20), 41);
    mistyped[17] = mistyped[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    add(QStringLiteral("林志红"), mistyped, branches.first());
    add(QStringLiteral("高永福"), idNumber(QDate(1972, 9, 9), 43), QStringLiteral("第十二网格党支部"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("Screenshot", "Cannot write \"%1\".").arg(path);
    file.write("\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    return {};
}

// Clicks Next and lets the dialog's reading thread finish.
bool advance(RosterImportDialog& dialog, RosterImportDialog::Step to)
{
    if (QPushButton* next = dialog.findChild<QPushButton*>(QStringLiteral("nextButton")))
        next->click();
    const QDeadlineTimer deadline(30000);
    while (!(dialog.step() == to && !dialog.isReading()) && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    return dialog.step() == to;
}

} // namespace

QString renderImportDialog(Workspace& workspace, const QString& outFile, QSize size, bool preview)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("东风社区花名册.csv"));
    if (const QString error = writeSampleRoster(workspace, path); !error.isEmpty())
        return error;
    RosterImportDialog dialog(workspace);
    dialog.show();
    dialog.setFile(path);
    if (!advance(dialog, RosterImportDialog::Step::Options) ||
        !advance(dialog, RosterImportDialog::Step::Mapping) ||
        (preview && !advance(dialog, RosterImportDialog::Step::Preview)))
        return QCoreApplication::translate("Screenshot", "The import preview could not be made.");
    // A refused row selected: its problems show in full under the table.
    if (auto* view = dialog.findChild<QTableView*>(QStringLiteral("previewView")))
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (view->model()->index(row, 0).data(ImportPreviewModel::ActionRole).toInt() ==
                int(ImportRow::Action::Refused)) {
                view->selectRow(row);
                break;
            }
    QCoreApplication::processEvents();
    return saveDialogScreenshot(dialog, outFile, size);
}

} // namespace partydesk
