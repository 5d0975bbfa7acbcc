#include "RecordIdentity.h"

#include "repository/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace partydesk::RecordIdentity {

const QStringList& tables()
{
    static const QStringList names = {QStringLiteral("organisation"),     QStringLiteral("grid"),
                                      QStringLiteral("co_building_unit"), QStringLiteral("member"),
                                      QStringLiteral("member_event"),     QStringLiteral("rating_template"),
                                      QStringLiteral("rating_aspect"),    QStringLiteral("rating_task"),
                                      QStringLiteral("rating_item"),      QStringLiteral("rating_session"),
                                      QStringLiteral("rectification"),    QStringLiteral("prescribed_action"),
                                      QStringLiteral("monthly_plan"),     QStringLiteral("meeting"),
                                      QStringLiteral("meeting_photo"),    QStringLiteral("transfer"),
                                      QStringLiteral("dues_rate_table"),  QStringLiteral("appraisal_session"),
                                      QStringLiteral("service_post"),     QStringLiteral("service_claim"),
                                      QStringLiteral("service_record"),   QStringLiteral("micro_wish"),
                                      QStringLiteral("micro_wish_photo"), QStringLiteral("unit_person"),
                                      QStringLiteral("cogov_need"),       QStringLiteral("cogov_resource"),
                                      QStringLiteral("cogov_project"),    QStringLiteral("joint_meeting"),
                                      QStringLiteral("joint_decision"),   QStringLiteral("unit_activity"),
                                      QStringLiteral("fund_project"),     QStringLiteral("fund_spending")};
    return names;
}

QString assignMissing(QSqlDatabase db)
{
    ScopedTransaction transaction(db);
    if (!transaction.error().isEmpty())
        return transaction.error();
    for (const QString& table : tables()) {
        QSqlQuery missing(db);
        missing.setForwardOnly(true);
        if (!missing.exec(QStringLiteral("SELECT id FROM %1 WHERE uid IS NULL").arg(table)))
            return missing.lastError().text();
        QList<qint64> ids;
        while (missing.next())
            ids << missing.value(0).toLongLong();
        QSqlQuery give(db);
        give.prepare(QStringLiteral("UPDATE %1 SET uid = ? WHERE id = ?").arg(table));
        for (qint64 id : std::as_const(ids)) {
            give.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            give.addBindValue(id);
            if (!give.exec())
                return give.lastError().text();
        }
    }
    return transaction.commit();
}

} // namespace partydesk::RecordIdentity
