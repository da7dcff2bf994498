#pragma once
// Writes the narrative of the bilanț (domain.md §6): the annual statement modelled on the 2019
// one, with one year's figures phrased as Romanian reads them. It only words the text; renderers
// (plain text, HTML, ...) lay out its parts. The fixed wording (title lines, the date-and-place
// line, the paragraphs without figures, the background) comes from a BilantTemplate; the sentences
// with figures are written here, where their grammar is.
#include "core/BilantFigures.h"
#include "report/BilantTemplate.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace reper {

class NarrativeWriter
{
public:
    explicit NarrativeWriter(BilantFigures figures, const BilantTemplate& wording = BilantTemplate::builtIn());

    // The date of the evaluation, for the line "Astăzi, DD.MM.YYYY, a avut loc evaluarea …". Without
    // it (the default) that line is left out.
    void setEvaluationDate(const QDate& date) { m_date = date; }

    QString title() const; // "BILANȚ 2018"
    QString subtitle() const; // "Evaluarea activității ANITP[ – Centrul Regional X]", in full
    QString yearLine() const; // "– pentru anul 2018 –"
    QString dateLine() const; // "Astăzi, 14.02.2020, a avut loc evaluarea …"; empty without a date
    QStringList paragraphs() const; // the body with the figures in place, ending with the thanks
    QString backgroundHeading() const; // "Informații de background:"
    QStringList backgroundParagraphs() const;

    // Everything above as plain text: one line per paragraph, blank lines between, final new line.
    QString text() const;

private:
    QHash<QString, QString> vars() const;
    // "name.national" or "name.centre" for the scope
    QString scoped(const QString& name) const;
    QString victimsParagraph() const;
    QString preventionParagraph() const;
    QString cooperationParagraph() const;
    QString centresParagraph() const;
    QString projectsParagraph() const;
    QString strategyClause() const;
    QString projectFocusClause() const;
    QString centreSeat() const; // empty when national

    BilantFigures m_figures;
    BilantTemplate m_wording;
    QDate m_date;
};

} // namespace reper
