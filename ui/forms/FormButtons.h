#pragma once

class QDialog;
#include <QDialogButtonBox>

namespace partydesk {

// 保存 / 取消, wired to the dialog's accept() (which validates) and reject().
QDialogButtonBox* saveCancelButtons(QDialog* dialog);

} // namespace partydesk
