#pragma once

class QDialog;
class QDialogButtonBox;
class QLabel;

namespace partydesk {

struct ServiceResult;

// What the dues dialogs share: the line their refusals are shown in and the Close button of the
// dialogs that save each action at once.
namespace DuesFields {

// The red, word-wrapped line under the form ("error" for the GUI tests).
QLabel* errorLabel();
// A Close button that rejects `dialog`: the bases and rate tables are saved as they are added.
QDialogButtonBox* closeButton(QDialog* dialog);
// Shows the service's refusal in `error`; true when it refused (the caller stops there).
bool refused(QLabel* error, const ServiceResult& result);

} // namespace DuesFields

} // namespace partydesk
