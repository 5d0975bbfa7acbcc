#pragma once

#include "report/TableReport.h"
#include "Wish.h"

namespace partydesk {

// 微心愿公示栏: for the notice board, WITHOUT personal data: the resident is a masked surname (张**),
// no contact, no address. Columns: resident, wish, category, branch, stage, claimed by, fulfilled on.
TableReport publicWishList(const QList<MicroWish>& wishes, const QString& subtitle);
// The internal list with every field; the contact masked (138****5678) unless `fullContacts`.
TableReport internalWishList(const QList<MicroWish>& wishes, const QString& subtitle, bool fullContacts);

} // namespace partydesk
