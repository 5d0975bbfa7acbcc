#include "ManualPdf.h"

#include "HelpTopics.h"
#include "reports/PdfFile.h"
#include "reports/ReportRenderer.h"

#include <memory>
#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

namespace partydesk {

namespace {

constexpr int resolution = 300;

// The <body> of a chapter's page, without the page's own <html>, <head> and <title>.
QString bodyOf(const QString& html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    return body.match(html).captured(1);
}

// <meta name="…" content="…"> of the cover page: the words the pages carry, kept with the manual.
QString metaOf(const QString& html, const QString& name)
{
    const QRegularExpression meta(
        QStringLiteral("<meta name=\"%1\" content=\"([^\"]*)\"").arg(QRegularExpression::escape(name)));
    return meta.match(html).captured(1);
}

struct PageGeometry
{
    QSizeF body;        // where the text goes, in device pixels
    qreal headerHeight; // above it: the chapter's name and a rule
    qreal footerHeight; // below it: the page number
};

// A document laid out on the PDF's pages, in the PDF's resolution.
std::unique_ptr<QTextDocument> layOut(const QString& html, QPdfWriter& writer, const PageGeometry& page)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&writer);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(ReportRenderer::font(10.5));
    doc->setDefaultStyleSheet(HelpTopics::styleSheet());
    doc->setHtml(html);
    doc->setPageSize(page.body);
    return doc;
}

// The page each chapter's heading (<h1>) starts on, in the order of the chapters.
QList<int> chapterStarts(const QTextDocument& doc, qreal pageHeight)
{
    QList<int> starts;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() == 1)
            starts << int(doc.documentLayout()->blockBoundingRect(block).top() / pageHeight);
    return starts;
}

QString contentsTable(const QList<HelpTopics::Chapter>& chapters, const QList<int>& pages, int firstPage)
{
    QString rows;
    for (int i = 0; i < chapters.size(); ++i)
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(chapters[i].title.toHtmlEscaped())
                    .arg(i < pages.size() ? pages[i] + firstPage : 0);
    return QStringLiteral("<table class=\"contents\" width=\"100%\" cellpadding=\"6\">%1</table>").arg(rows);
}

class ManualPainter
{
public:
    ManualPainter(QPdfWriter& writer, const PageGeometry& page, QString header, QString footer)
        : m_writer(writer), m_page(page), m_header(std::move(header)), m_footer(std::move(footer)),
          m_small(ReportRenderer::font(8), &writer)
    {
    }

    bool begin() { return m_painter.begin(&m_writer); }
    void end() { m_painter.end(); }

    // Paints every page of `doc`; `title(i)` names the chapter of its page i (empty: no header).
    template <typename Title> void paint(const QTextDocument& doc, int total, const Title& title)
    {
        const int pages = doc.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (m_number > 0)
                m_writer.newPage();
            ++m_number;
            const QRectF body(0, m_page.headerHeight, m_page.body.width(), m_page.body.height());
            m_painter.save();
            m_painter.setClipRect(body);
            m_painter.translate(0, body.top() - i * m_page.body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * m_page.body.height(), body.width(), body.height());
            doc.documentLayout()->draw(&m_painter, context);
            m_painter.restore();
            decorate(title(i), total);
        }
    }

private:
    void decorate(const QString& chapter, int total)
    {
        if (m_number == 1)
            return; // the cover
        m_painter.setFont(m_small);
        m_painter.setPen(QColor(0x55, 0x55, 0x55));
        const qreal width = m_page.body.width();
        const qreal rule = m_page.headerHeight * 0.7;
        m_painter.drawText(QRectF(0, 0, width, rule), Qt::AlignLeft | Qt::AlignBottom, m_header);
        m_painter.drawText(QRectF(0, 0, width, rule), Qt::AlignRight | Qt::AlignBottom, chapter);
        m_painter.drawLine(QPointF(0, rule + 8), QPointF(width, rule + 8));
        const qreal foot = m_page.headerHeight + m_page.body.height();
        m_painter.drawText(QRectF(0, foot, width, m_page.footerHeight), Qt::AlignHCenter | Qt::AlignBottom,
                           m_footer.arg(m_number).arg(total));
    }

    QPdfWriter& m_writer;
    PageGeometry m_page;
    QString m_header, m_footer;
    QFont m_small;
    QPainter m_painter;
    int m_number = 0;
};

} // namespace

QString manualFileName()
{
    const QString title = metaOf(HelpTopics::html(QStringLiteral("manual-cover")), QStringLiteral("title"));
    return (title.isEmpty() ? QStringLiteral("PartyDesk") : title) + QStringLiteral(".pdf");
}

QString writeManualPdf(const QString& path)
{
    const QList<HelpTopics::Chapter> chapters = HelpTopics::chapters();
    const QString cover = HelpTopics::html(QStringLiteral("manual-cover"));
    QString body;
    for (const HelpTopics::Chapter& chapter : chapters)
        body += QStringLiteral("<div class=\"chapter\">%1</div>").arg(bodyOf(HelpTopics::html(chapter.id)));
    // Each chapter starts on a page of its own (help.css); the first one on the page after the contents.
    if (const qsizetype first = body.indexOf(QLatin1String("<h1>")); first >= 0)
        body.replace(first, 4, QStringLiteral("<h1 style=\"page-break-before: auto\">"));
    if (cover.isEmpty() || body.isEmpty())
        return QCoreApplication::translate("ManualPdf", "The manual is missing from this program.");

    return writePdfFile(path, FileAccess::Usual, resolution, [&](QPdfWriter& writer) -> QString {
        writer.setCreator(QStringLiteral("PartyDesk"));
        writer.setTitle(metaOf(cover, QStringLiteral("title")));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 15, 20, 15), QPageLayout::Millimeter));
        const QRectF paintRect = writer.pageLayout().paintRectPixels(resolution);
        const qreal line = QFontMetricsF(ReportRenderer::font(8), &writer).height();
        PageGeometry page{QSizeF(paintRect.width(), paintRect.height() - 4 * line), 2 * line, 2 * line};

        const auto chaptersDoc = layOut(body, writer, page);
        const QList<int> starts = chapterStarts(*chaptersDoc, page.body.height());
        // The front pages' count decides the chapters' page numbers, which fill the front pages.
        const QString front =
            bodyOf(cover).replace(QStringLiteral("%VERSION%"), QCoreApplication::applicationVersion());
        std::unique_ptr<QTextDocument> frontDoc;
        int frontPages = 2;
        for (int attempt = 0; attempt < 3; ++attempt) {
            QString html = front;
            html.replace(QStringLiteral("<!--contents-->"), contentsTable(chapters, starts, frontPages + 1));
            frontDoc = layOut(html, writer, page);
            if (frontDoc->pageCount() == frontPages)
                break;
            frontPages = frontDoc->pageCount();
        }
        const int total = frontPages + chaptersDoc->pageCount();

        ManualPainter painter(writer, page, metaOf(cover, QStringLiteral("header")),
                              metaOf(cover, QStringLiteral("footer")));
        if (!painter.begin())
            return QCoreApplication::translate("ManualPdf",
                                               "\"%1\" was not saved: the PDF could not be started.")
                .arg(QDir::toNativeSeparators(path));
        painter.paint(*frontDoc, total, [](int) { return QString(); });
        painter.paint(*chaptersDoc, total, [&](int pageIndex) {
            int chapter = 0;
            for (int i = 0; i < starts.size() && i < chapters.size(); ++i)
                if (starts[i] <= pageIndex)
                    chapter = i;
            return chapters.value(chapter).title;
        });
        painter.end();
        return QString();
    });
}

} // namespace partydesk
