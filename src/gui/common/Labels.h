#pragma once
// How the window names things: code labels in the current language (including the few lists the
// window adds, such as assistance "ongoing/ended"), countries, counties, centres, dates
// (dd.MM.yyyy), counts, column titles and record kinds.
#include "storage/lists/ListSpec.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace reper {

class ReferenceRepository;

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString code(const QString& list, const QString& code);
    // (code, label) of a list in display order: the lists of Codes in their own order.
    static QList<QPair<QString, QString>> codes(const QString& list);
    static QString country(const QString& code);
    static QString county(const ReferenceRepository& reference, const QString& code);
    static QString center(const ReferenceRepository& reference, const QString& code); // "CR-BV Brașov"
    static QString centerSeat(const ReferenceRepository& reference, const QString& code); // "Brașov"
    static QString date(const QDate& date);
    static QString count(qint64 value);
    static QString yesNo(bool value);
    static QString role(const QString& role); // operator, coordinator, … in the window's language
    static QString roles(const QStringList& roles);

    static QString columnTitle(const QString& column);
    static QString kindTitle(ListKind kind); // plural, as a tab or list: "Protocoale"
    static QString recordTitle(ListKind kind); // one record: "Protocol"
    static QString statusTitle(ListKind kind); // the status filter's name: "Stare", "Tip", …
    static QString displayValue(const ReferenceRepository& reference, const ListColumn& column, const QVariant& value);
};

} // namespace reper
