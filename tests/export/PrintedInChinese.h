#pragma once

#include "report/TableReport.h"

#include <QList>
#include <QString>
#include <QTranslator>

class QTemporaryDir;

namespace partydesk::test {

// The program's Chinese catalogue installed for as long as this lives: documents are checked as
// the users get them.
class InChinese
{
public:
    InChinese();
    ~InChinese();
    InChinese(const InChinese&) = delete;
    InChinese& operator=(const InChinese&) = delete;

private:
    QTranslator m_translator;
};

// Writes `reports` to NAME.pdf in `dir` and returns its path. With PARTYDESK_KEEP_PDFS set to a
// folder, a copy is kept there to be looked at (docs/screenshots takes its report pages from them).
QString printedPdf(const QTemporaryDir& dir, const QList<TableReport>& reports, const QString& name);

} // namespace partydesk::test
