#pragma once
// victims.csv (one row per identification), assistance.csv, repatriations.csv and judicial.csv.
// Identifications come in date order, year by year; about 4 % are re-identifications of earlier
// victims, some by another centre. Each identification brings its services and, for some victims
// returned from abroad, a repatriation. Support in criminal proceedings is drawn per year among
// the victims whose case is open (identified in that year or the two before), so that every
// year has its share of actions, several victims share a case, and a case moves from
// investigation to trial and appeal as it ages.
//
// Memory grows only with the list of victims (code, dates, centre, case): the person columns of a
// victim are rebuilt from its own random stream when it is identified again.
#include "generator/CsvFile.h"
#include "generator/GeneratorContext.h"

#include <unordered_set>
#include <vector>

namespace reper::gen {

struct VictimPerson;

class VictimTables
{
public:
    VictimTables(const GeneratorContext& context, CsvFile& victims, CsvFile& assistance, CsvFile& repatriations,
                 CsvFile& judicial);

    void writeYear(int year);
    qint64 victimCount() const { return qint64(m_victims.size()); }

private:
    struct Entry
    {
        quint32 code; // the six characters of RV-XXXXXX, in base 36
        qint32 firstDay; // first notification
        qint32 lastDay; // latest notification
        qint32 caseFrom; // first day the victim can be supported in proceedings
        qint32 caseNo; // -1 when the victim is in no criminal case
        qint16 caseYear; // the year the case was opened
        quint8 center; // the centre of the first identification
        quint8 minor; // a minor at the first notification
    };
    struct Identification
    {
        std::string scope;
        std::string country;
    };

    void writeIdentifications(int year);
    void writeJudicial(int year);
    int newVictim(Random& random, int day, int year);
    int reidentifiable(Random& random, int day) const;
    Identification writeIdentificationRow(Random& random, const Entry& entry, const VictimPerson& person, int day,
                                          int center);
    void writeAssistance(Random& random, const Entry& entry, const VictimPerson& person, int day, int center);
    void writeRepatriation(Random& random, const Entry& entry, const Identification& identification, int day,
                           int center);
    std::string caseRef(const Entry& entry) const;
    std::string codeText(quint32 code) const;

    const GeneratorContext& m_context;
    CsvFile& m_victimsCsv;
    CsvFile& m_assistanceCsv;
    CsvFile& m_repatriationsCsv;
    CsvFile& m_judicialCsv;
    Random m_codeRandom;
    std::vector<Entry> m_victims; // in order of first notification
    std::vector<qint32> m_caseVictims; // indices into m_victims of victims in a case, same order
    std::unordered_set<quint32> m_usedCodes;
    std::vector<qint32> m_firstCaseOfYear; // case numbers restart each year in the case references
    std::vector<qint32> m_lastCaseOfCenter; // index into m_victims of the centre's latest case, or -1
    qint32 m_caseCount = 0;
};

} // namespace reper::gen
