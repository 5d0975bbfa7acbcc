#pragma once

#include "forms/FieldErrorsView.h"
#include "service/ServiceResult.h"

#include <functional>
#include <optional>
#include <QDialog>

class QLayout;

namespace partydesk {

class FieldErrorLabel;
class TransferService;

// What every transfer dialog holds and does alike: the service it writes through, its mistakes shown
// beside the fields or below the form, the layout around its form and the end of accept().
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    // The transfer written, once the dialog is accepted.
    qint64 transferId() const { return m_transferId; }

protected:
    TransferDialog(TransferService& service, QWidget* parent);
    // Lays the dialog out top to bottom: `explanation` (may be null), `body`, the general message and
    // Save/Cancel.
    void layOut(QWidget* explanation, QLayout* body);
    // The end of accept(): dates typed wrongly are refused before the service is asked; the service's
    // refusal is shown and the dialog stays open; otherwise the transfer's id is kept and it closes.
    void finish(const FieldErrors& typing, const std::function<ServiceResult()>& write);
    // Each time a field is left: `problems` of the transfer as typed (dates typed wrongly, then the
    // service's check that the write applies too) show under the fields left so far.
    void checkOnLeave(const std::function<FieldErrors()>& problems);
    static FieldErrors errorsOf(const std::optional<ServiceResult>& problem);

    TransferService& m_service;
    FieldErrorsView m_errors;
    FieldErrorLabel* m_general = nullptr;

private:
    qint64 m_transferId = 0;
};

} // namespace partydesk
