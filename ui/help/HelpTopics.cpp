#include "HelpTopics.h"

#include <QFile>
#include <QRegularExpression>
#include <QVariant>
#include <QWidget>

// The manual's pages are in resources/help/help.qrc, compiled into this (static) library: a
// resource object that nothing names would be dropped by the linker without this call.
static void initHelpResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(help);
        return true;
    }();
    Q_UNUSED(done);
}

namespace partydesk::HelpTopics {

namespace {

constexpr char topicProperty[] = "helpTopic";

// The manual's order: first steps, the pages as the tabs show them, then the topics across pages.
const QStringList& chapterIds()
{
    static const QStringList ids = {
        QStringLiteral("start"),       QStringLiteral("home"),         QStringLiteral("roster"),
        QStringLiteral("import"),      QStringLiteral("organisation"), QStringLiteral("statistics"),
        QStringLiteral("development"), QStringLiteral("transfers"),    QStringLiteral("dues"),
        QStringLiteral("meetings"),    QStringLiteral("appraisal"),    QStringLiteral("cogovernance"),
        QStringLiteral("rating"),      QStringLiteral("rating-rules"), QStringLiteral("backup"),
        QStringLiteral("security"),    QStringLiteral("keyboard"),     QStringLiteral("faq")};
    return ids;
}

QString resourcePath(const QString& chapterId)
{
    return QStringLiteral(":/help/%1.html").arg(chapterId);
}

QString readResource(const QString& path)
{
    initHelpResources();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QList<Chapter> chapters()
{
    static const QRegularExpression title(QStringLiteral("<title>(.*)</title>"));
    QList<Chapter> list;
    for (const QString& id : chapterIds())
        list << Chapter{id, title.match(html(id)).captured(1).trimmed()};
    return list;
}

void setTopic(QWidget* widget, const QString& topic)
{
    widget->setProperty(topicProperty, topic);
}

QString topicOf(const QWidget* page, const QWidget* focus)
{
    if (!page)
        return {};
    const QWidget* start = focus && page->isAncestorOf(focus) ? focus : page;
    for (const QWidget* w = start; w; w = w->parentWidget()) {
        const QString topic = w->property(topicProperty).toString();
        if (!topic.isEmpty())
            return topic;
        if (w == page)
            break;
    }
    return {};
}

QUrl url(const QString& topic)
{
    const qsizetype hash = topic.indexOf(QLatin1Char('#'));
    QUrl result(QStringLiteral("qrc:/help/%1.html").arg(hash < 0 ? topic : topic.left(hash)));
    if (hash >= 0)
        result.setFragment(topic.mid(hash + 1));
    return result;
}

QString topicOfUrl(const QUrl& address)
{
    if (address.scheme() != QLatin1String("qrc"))
        return {};
    static const QRegularExpression page(QStringLiteral("^/help/([a-z-]+)\\.html$"));
    const QRegularExpressionMatch match = page.match(address.path());
    if (!match.hasMatch())
        return {};
    return address.hasFragment() ? match.captured(1) + QLatin1Char('#') + address.fragment()
                                 : match.captured(1);
}

bool exists(const QString& topic)
{
    const qsizetype hash = topic.indexOf(QLatin1Char('#'));
    const QString text = html(hash < 0 ? topic : topic.left(hash));
    if (text.isEmpty())
        return false;
    if (hash < 0)
        return true;
    const QString anchor = QRegularExpression::escape(topic.mid(hash + 1));
    return text.contains(QRegularExpression(QStringLiteral("(id|name)=\"%1\"").arg(anchor)));
}

QString html(const QString& chapterId)
{
    return readResource(resourcePath(chapterId));
}

QString styleSheet()
{
    return readResource(QStringLiteral(":/help/help.css"));
}

} // namespace partydesk::HelpTopics
