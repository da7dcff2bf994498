#pragma once
// The bilanț as a document, before any format: the narrative, the tables and the charts, with the
// edition's hidden cells already applied. DocumentBuilder makes it from the figures; one renderer
// per format (text, HTML, PDF, ODT, CSV, XLSX) lays it out, so every format shows the same thing.
#include "core/Scope.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace reper {

struct ReportOptions;

struct ReportCell
{
    enum class Kind {
        Label, // text
        Count, // a whole number
        Percent, // value is a fraction (0.761 for 76,1%)
        Hidden, // a suppressed cell of the public edition: text is "<5" or "x"
        Empty, // nothing to show (a percentage with nothing to divide by)
        Decimal, // a rate with three decimals (victims per 100,000 inhabitants): "2,563"
    };
    Kind kind = Kind::Label;
    QString text; // as shown in the text formats: "1.912", "76,1%", "<5", "feminin"
    double value = 0; // for Count and Percent

    static ReportCell label(const QString& text);
    static ReportCell count(qint64 n);
    static ReportCell signedCount(qint64 n); // "+12", "−3", "0"
    static ReportCell percent(qint64 part, qint64 whole); // Empty when whole is 0
    static ReportCell change(qint64 now, qint64 before); // "+12,5%"; Empty when before is 0
    static ReportCell hidden(const QString& mark);
    static ReportCell decimal(double value); // three decimals, the Romanian decimal comma
    static ReportCell empty(); // "–"
    bool isNumber() const { return kind == Kind::Count || kind == Kind::Percent || kind == Kind::Decimal; }
};

struct ReportTable
{
    QString id; // "figures", "comparison", "info", "breakdown.sex", "centres.victims", …
    QString title; // "Cifrele bilanțului 2020 – național"
    QString sheetName; // at most 31 characters, for XLSX
    QStringList header;
    QList<QList<ReportCell>> rows;
    int totalRows = 0; // how many rows at the end are totals (shown bold)
    QStringList notes; // under the table
};

struct ReportChart
{
    enum class Shape { Columns, Bars }; // vertical columns (months) or horizontal bars (categories)
    QString id;
    QString title;
    QString valueName; // "victime", "activități", "persoane"
    Shape shape = Shape::Bars;
    QStringList labels;
    QList<qint64> values;
    QStringList marks; // per value: empty when shown, else "<5" or "x" (drawn without a bar)

    bool isHidden(int i) const { return !marks.value(i).isEmpty(); }
    bool allHidden() const;
};

struct ReportSection
{
    QString heading;
    QStringList paragraphs; // before the tables
    QList<ReportTable> tables;
    QList<ReportChart> charts; // drawn after the section's paragraphs, before its tables
};

struct ReportDocument
{
    int year = 0;
    Scope scope;
    QString scopeLabel; // "național", "Centrul Regional Brașov (CR-BV)"
    QString edition; // "internal", "public", "revised"
    QString name = QStringLiteral("Bilanț"); // what the document is: the first XLSX sheet is "<name> <year>"
    QString marking; // "CONFIDENȚIAL – uz intern"

    // The narrative
    QString title;
    QString subtitle;
    QString yearLine;
    QStringList paragraphs;
    QString backgroundHeading;
    QStringList background;

    // The annexes: tables and charts
    QList<ReportSection> sections;

    // Page furniture
    QString runningHeader; // "Bilanț 2020 – național"
    QDateTime generatedAt;
    QString programVersion;
    QString figuresHash; // SHA-256 (hex) of the canonical figures; the footer shows its first 12 digits
    QString auditHead; // "SEQ:HEX" of the audit trail after this document was recorded, or empty
    QString footer; // "Generat la 15.01.2026 12:00 UTC · Reper 0.1.0 · cifre 3f2a… · jurnal 41:9c0e…"

    QList<const ReportTable*> allTables() const;

    // When and by what it was made, the hash of its figures, the running header, and the footer that
    // says all of it on every page ("Generat la … UTC · Reper … · cifre … · jurnal …").
    void stamp(const ReportOptions& options, const QString& hash, const QString& header);
};

} // namespace reper
