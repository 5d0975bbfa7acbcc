#pragma once

#include <QString>

namespace partydesk {

// The user manual as a PDF for printing: a cover, the contents with the page of each chapter,
// then every chapter of the help window (the same HTML from the resources), on A4 with the
// chapter's name above and "第 x 页 共 y 页" below each page, in the reports' Chinese face (the
// text copies out of the PDF as the same characters). Written atomically: a failed write leaves
// an older file as it was. Returns an error message, or an empty string.
QString writeManualPdf(const QString& path);

// The name to suggest for the file: the manual's title (from the resources) and ".pdf".
QString manualFileName();

} // namespace partydesk
