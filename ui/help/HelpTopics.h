#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QWidget;

namespace partydesk::HelpTopics {

// A chapter of the user manual: one HTML page under qrc:/help/, named by its id ("roster").
struct Chapter
{
    QString id;
    QString title; // the page's <title>, in Chinese
};

// Every chapter, in the manual's order (the help window's contents and the PDF alike).
QList<Chapter> chapters();

// A page (or a part of one, such as a tab of 共建共治) names its chapter, optionally with an
// anchor: "roster", "cogovernance#wishes". MainWindow reads it for F1; it never knows the pages.
void setTopic(QWidget* widget, const QString& topic);
// The topic of the innermost widget from `focus` up to `page` that names one; without focus in the
// page, the page's own. Empty when neither names one.
QString topicOf(const QWidget* page, const QWidget* focus);

// "roster#search" → qrc:/help/roster.html#search.
QUrl url(const QString& topic);
// The topic of a qrc:/help/… address (the chapter id and anchor), or empty.
QString topicOfUrl(const QUrl& url);
// Whether the chapter's page is in the resources and, when the topic names an anchor, whether the
// page has an element with that id or name.
bool exists(const QString& topic);
// The chapter's HTML as shipped.
QString html(const QString& chapterId);
// The style sheet every chapter is shown with (qrc:/help/help.css).
QString styleSheet();

} // namespace partydesk::HelpTopics
