#pragma once
// How a bilanț document is to be made: which edition, the suppression threshold of the public
// edition, when it is generated and by which program, and with which wording.
#include <QDateTime>
#include <QString>

namespace reper {

class BilantTemplate;

enum class Edition {
    Internal, // exact figures, marked confidential (the default)
    Public, // small breakdown cells hidden, with complementary suppression
    Revised, // a closed year: the current figures, each changed figure beside its frozen value
};

struct ReportOptions
{
    Edition edition = Edition::Internal;
    int threshold = 4; // public edition: breakdown cells 1..threshold are shown "<threshold+1>"
    QDateTime generatedAt; // from the clock; invalid: no date line and no generation time
    QString programVersion; // "0.1.0"
    const BilantTemplate* wording = nullptr; // the built-in template when null
    // The audit trail's head after this document's own entry ("SEQ:HEX", AuditHead::text()), printed
    // in the footer so that a trail cut short is caught against the paper; empty: no audit line.
    QString auditHead;
};

// "internal", "public", "revised"
QString editionName(Edition edition);

} // namespace reper
