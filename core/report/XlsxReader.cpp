#include "XlsxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>
#include <zip.h>

namespace partydesk {

namespace {

class ZipArchive
{
public:
    explicit ZipArchive(const QString& path)
    {
        int error = 0;
        m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    }
    ~ZipArchive()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    bool isOpen() const { return m_zip != nullptr; }

    // The entry's bytes; empty if it is missing.
    QByteArray read(const QString& name) const
    {
        zip_stat_t stat;
        if (zip_stat(m_zip, name.toUtf8().constData(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
            return {};
        zip_file_t* file = zip_fopen(m_zip, name.toUtf8().constData(), 0);
        if (!file)
            return {};
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(file, data.data(), stat.size);
        zip_fclose(file);
        return got == zip_int64_t(stat.size) ? data : QByteArray();
    }

private:
    zip_t* m_zip = nullptr;
};

// "AB12" -> column 27 (0-based), row 11 (0-based).
bool cellPosition(QStringView reference, int* row, int* column)
{
    int c = 0, i = 0;
    while (i < reference.size() && reference[i].isLetter()) {
        c = c * 26 + (reference[i].toUpper().unicode() - 'A' + 1);
        ++i;
    }
    bool ok = false;
    const int r = reference.mid(i).toInt(&ok);
    if (!ok || c == 0 || r == 0)
        return false;
    *row = r - 1;
    *column = c - 1;
    return true;
}

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    bool inItem = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si")) {
            inItem = true;
            current.clear();
        } else if (reader.isStartElement() && reader.name() == QLatin1String("t") && inItem) {
            current += reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("si")) {
            strings << current;
            inItem = false;
        }
    }
    return strings;
}

XlsxSheet readSheet(const QString& name, const QByteArray& xml, const QStringList& strings)
{
    XlsxSheet sheet;
    sheet.name = name;
    QXmlStreamReader reader(xml);
    int row = 0, column = 0;
    QString type;
    bool inCell = false;
    QVariant value;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == QLatin1String("c")) {
                inCell = cellPosition(reader.attributes().value(QLatin1String("r")), &row, &column);
                type = reader.attributes().value(QLatin1String("t")).toString();
                value = QVariant();
            } else if (inCell && reader.name() == QLatin1String("v")) {
                const QString text = reader.readElementText();
                if (type == QLatin1String("s"))
                    value = strings.value(text.toInt());
                else if (type == QLatin1String("str") || type == QLatin1String("e"))
                    value = text;
                else if (type == QLatin1String("b"))
                    value = text == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                else
                    value = text.toDouble();
            } else if (inCell && reader.name() == QLatin1String("t") && type == QLatin1String("inlineStr")) {
                value = value.toString() + reader.readElementText();
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("c") && inCell) {
            if (value.isValid()) {
                while (sheet.rows.size() <= row)
                    sheet.rows.append(QList<QVariant>());
                QList<QVariant>& cells = sheet.rows[row];
                while (cells.size() <= column)
                    cells.append(QVariant());
                cells[column] = value;
            }
            inCell = false;
        }
    }
    return sheet;
}

} // namespace

QList<XlsxSheet> readXlsx(const QString& path, QString* error)
{
    const ZipArchive zip(path);
    const QByteArray workbook = zip.isOpen() ? zip.read(QStringLiteral("xl/workbook.xml")) : QByteArray();
    if (workbook.isEmpty()) {
        *error = QCoreApplication::translate("XlsxReader", "\"%1\" is not an Excel workbook (.xlsx).")
                     .arg(QDir::toNativeSeparators(path));
        return {};
    }
    // Sheet names and their relationship ids, then where each relationship points.
    QList<QPair<QString, QString>> sheets;
    QXmlStreamReader book(workbook);
    while (!book.atEnd()) {
        book.readNext();
        if (book.isStartElement() && book.name() == QLatin1String("sheet"))
            sheets.append({book.attributes().value(QLatin1String("name")).toString(),
                           book.attributes().value(QLatin1String("r:id")).toString()});
    }
    QHash<QString, QString> targets;
    QXmlStreamReader rels(zip.read(QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == QLatin1String("Relationship")) {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                target = target.mid(1);
            else
                target = QStringLiteral("xl/") + target;
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(), target);
        }
    }
    const QStringList strings = sharedStrings(zip.read(QStringLiteral("xl/sharedStrings.xml")));
    QList<XlsxSheet> result;
    for (const auto& [name, id] : sheets) {
        const QByteArray xml = zip.read(targets.value(id));
        if (xml.isEmpty())
            continue;
        result << readSheet(name, xml, strings);
    }
    if (result.isEmpty())
        *error = QCoreApplication::translate("XlsxReader", "\"%1\" has no readable sheets.")
                     .arg(QDir::toNativeSeparators(path));
    return result;
}

} // namespace partydesk
