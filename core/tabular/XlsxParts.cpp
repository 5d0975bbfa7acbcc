#include "XlsxParts.h"

#include "TableMessages.h"
#include "XmlPartReader.h"

#include <QCoreApplication>
#include <QDir>

namespace partydesk::tabular {

namespace {

bool isElement(XmlPartReader& reader, QLatin1String name)
{
    return reader.xml().name() == name;
}

} // namespace

QStringView attribute(const QXmlStreamAttributes& attributes, QLatin1String localName)
{
    for (const QXmlStreamAttribute& a : attributes)
        if (a.name() == localName)
            return a.value();
    return {};
}

QString resolveTarget(const QString& source, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = source.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : source.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

bool readRelationships(const ZipArchive& archive, const QString& part, qint64 maxBytes,
                       QHash<QString, Relationship>* relationships, QString* reason)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    const QString relsPart =
        part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
    const std::optional<quint64> index = archive.find(relsPart);
    if (!index)
        return true;
    XmlPartReader reader;
    if (!reader.open(archive, *index, relsPart, maxBytes, reason))
        return false;
    for (;;) {
        const auto token = reader.next(reason);
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndDocument)
            return true;
        if (token != QXmlStreamReader::StartElement || !isElement(reader, QLatin1String("Relationship")))
            continue;
        const QXmlStreamAttributes attributes = reader.xml().attributes();
        if (attribute(attributes, QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        if (relationships->size() > 100000) {
            *reason = QCoreApplication::translate("TableReader", "the part %1 lists too many relationships.")
                          .arg(relsPart);
            return false;
        }
        const QStringView type = attribute(attributes, QLatin1String("Type"));
        relationships->insert(
            attribute(attributes, QLatin1String("Id")).toString(),
            {type.mid(type.lastIndexOf(QLatin1Char('/')) + 1).toString(),
             resolveTarget(part, attribute(attributes, QLatin1String("Target")).toString())});
    }
}

bool readWorkbookPart(const ZipArchive& archive, quint64 index, const QString& part, qint64 maxBytes,
                      int maxSheets, std::vector<WorkbookSheet>* sheets, bool* date1904, QString* reason)
{
    XmlPartReader reader;
    if (!reader.open(archive, index, part, maxBytes, reason))
        return false;
    for (;;) {
        const auto token = reader.next(reason);
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndDocument)
            return true;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = reader.xml().attributes();
        if (isElement(reader, QLatin1String("workbookPr"))) {
            const QStringView value = attribute(attributes, QLatin1String("date1904"));
            *date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (isElement(reader, QLatin1String("sheet"))) {
            if (int(sheets->size()) >= maxSheets) {
                *reason = QCoreApplication::translate("TableReader",
                                                      "the workbook has more than %1 sheets, more than this "
                                                      "program reads.")
                              .arg(maxSheets);
                return false;
            }
            QString id;
            for (const QXmlStreamAttribute& a : attributes)
                if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                    id = a.value().toString();
            const QStringView name = attribute(attributes, QLatin1String("name"));
            sheets->push_back({name.left(255).toString(), id});
        }
    }
}

bool readSharedStrings(const ZipArchive& archive, quint64 index, const QString& part, qint64 maxBytes,
                       qint64 maxCount, int maxChars, std::vector<QString>* strings, QString* reason)
{
    XmlPartReader reader;
    if (!reader.open(archive, index, part, maxBytes, reason))
        return false;
    // Depth of the open <si>, of a <t> whose text counts, of an <rPh> being skipped; 0 when none.
    int item = 0, text = 0, phonetic = 0;
    QString current;
    for (;;) {
        const auto token = reader.next(reason);
        switch (token) {
        case QXmlStreamReader::Invalid:
            return false;
        case QXmlStreamReader::EndDocument:
            return true;
        case QXmlStreamReader::StartElement:
            if (isElement(reader, QLatin1String("si")) && !item) {
                item = reader.depth();
                current.clear();
            } else if (item && isElement(reader, QLatin1String("rPh")) && !phonetic) {
                phonetic = reader.depth();
            } else if (item && !phonetic && isElement(reader, QLatin1String("t"))) {
                text = reader.depth();
            }
            break;
        case QXmlStreamReader::Characters:
            if (text && !phonetic) {
                current += reader.xml().text();
                if (current.size() > maxChars) {
                    *reason =
                        QCoreApplication::translate("TableReader", "shared string %1 in %2 is longer than %3 "
                                                                   "characters.")
                            .arg(qint64(strings->size()))
                            .arg(part)
                            .arg(maxChars);
                    return false;
                }
            }
            break;
        case QXmlStreamReader::EndElement:
            if (text && reader.depth() + 1 == text)
                text = 0;
            else if (phonetic && reader.depth() + 1 == phonetic)
                phonetic = 0;
            else if (item && reader.depth() + 1 == item) {
                item = 0;
                if (qint64(strings->size()) >= maxCount) {
                    *reason = QCoreApplication::translate("TableReader",
                                                          "the part %1 holds more than %2 strings, more "
                                                          "than this program reads.")
                                  .arg(part)
                                  .arg(maxCount);
                    return false;
                }
                strings->push_back(current);
            }
            break;
        default:
            break;
        }
    }
}

} // namespace partydesk::tabular
