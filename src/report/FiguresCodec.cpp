#include "FiguresCodec.h"

#include "report/BilantFields.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace reper::FiguresCodec {

namespace {

constexpr int kFormatVersion = 1;

QJsonObject countsObject(const QMap<QString, qint64>& counts)
{
    QJsonObject o;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, qint64> countsMap(const QJsonObject& o)
{
    QMap<QString, qint64> counts;
    for (auto it = o.begin(); it != o.end(); ++it)
        counts.insert(it.key(), it.value().toInteger());
    return counts;
}

QJsonObject toObject(const BilantFigures& f)
{
    QJsonObject o; // QJsonObject keeps its keys sorted: the order is canonical by construction
    o.insert(QStringLiteral("year"), f.year);
    o.insert(QStringLiteral("scope"), f.scope.text());
    for (const auto* fields : {&BilantFields::figures(), &BilantFields::info()}) {
        for (const BilantFields::Field& field : *fields)
            o.insert(QLatin1String(field.key), f.*field.value);
    }
    QJsonObject breakdowns;
    for (auto it = f.breakdowns.constBegin(); it != f.breakdowns.constEnd(); ++it)
        breakdowns.insert(it.key(), countsObject(it.value()));
    o.insert(QStringLiteral("breakdowns"), breakdowns);
    o.insert(QStringLiteral("funded_projects_by_focus"), countsObject(f.fundedProjectsByFocus));
    QJsonArray months;
    for (qint64 n : f.identifiedByMonth)
        months.append(n);
    o.insert(QStringLiteral("identified_by_month"), months);
    return o;
}

std::optional<BilantFigures> fromObject(const QJsonObject& o)
{
    if (!o.contains(QStringLiteral("year")) || !o.contains(QStringLiteral("scope")))
        return std::nullopt;
    BilantFigures f;
    f.year = int(o.value(QStringLiteral("year")).toInteger());
    f.scope = Scope::fromText(o.value(QStringLiteral("scope")).toString());
    for (const auto* fields : {&BilantFields::figures(), &BilantFields::info()}) {
        for (const BilantFields::Field& field : *fields)
            f.*field.value = o.value(QLatin1String(field.key)).toInteger();
    }
    const QJsonObject breakdowns = o.value(QStringLiteral("breakdowns")).toObject();
    for (auto it = breakdowns.begin(); it != breakdowns.end(); ++it)
        f.breakdowns.insert(it.key(), countsMap(it.value().toObject()));
    f.fundedProjectsByFocus = countsMap(o.value(QStringLiteral("funded_projects_by_focus")).toObject());
    const QJsonArray months = o.value(QStringLiteral("identified_by_month")).toArray();
    for (int m = 0; m < 12 && m < months.size(); ++m)
        f.identifiedByMonth[size_t(m)] = months.at(m).toInteger();
    return f;
}

} // namespace

QByteArray canonicalJson(const BilantReportData& data)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("reper-bilant-figures"));
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("figures"), toObject(data.figures));
    if (data.previous)
        root.insert(QStringLiteral("previous"), toObject(*data.previous));
    QJsonArray centres;
    for (const BilantFigures& c : data.centres)
        centres.append(toObject(c));
    root.insert(QStringLiteral("centres"), centres);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<BilantReportData> fromJson(const QByteArray& json)
{
    const auto bad
        = [] { return makeError(QCoreApplication::translate("FiguresCodec", "The frozen figures cannot be read.")); };
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad();
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("reper-bilant-figures")
        || root.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return bad();
    BilantReportData data;
    const auto figures = fromObject(root.value(QStringLiteral("figures")).toObject());
    if (!figures)
        return bad();
    data.figures = *figures;
    if (root.contains(QStringLiteral("previous"))) {
        const auto previous = fromObject(root.value(QStringLiteral("previous")).toObject());
        if (!previous)
            return bad();
        data.previous = *previous;
    }
    for (const QJsonValue& v : root.value(QStringLiteral("centres")).toArray()) {
        const auto centre = fromObject(v.toObject());
        if (!centre)
            return bad();
        data.centres << *centre;
    }
    return data;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString contentHash(const BilantReportData& data) { return sha256Hex(canonicalJson(data)); }

} // namespace reper::FiguresCodec
