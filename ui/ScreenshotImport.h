#pragma once

#include <QSize>
#include <QString>

namespace partydesk {

class Workspace;

// The roster import dialog at its columns step (`preview` false) or its preview step, over a sample
// file made from the workspace's own branches and members (new people, people already on the
// roster, refused rows), saved to PNG at its own size on a screen of `size` (saveDialogScreenshot).
// Returns an error message, or empty.
QString renderImportDialog(Workspace& workspace, const QString& outFile, QSize size, bool preview);

} // namespace partydesk
