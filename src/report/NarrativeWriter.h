#pragma once
// Writes the narrative of the bilanț (domain.md §6): the annual statement modelled on the 2019
// one, with one year's figures phrased as Romanian reads them. It only words the text; renderers
// (plain text, HTML, ...) lay out its parts.
#include "BilantFigures.h"

#include <QString>
#include <QStringList>

namespace reper {

class NarrativeWriter
{
public:
    explicit NarrativeWriter(BilantFigures figures);

    QString title() const; // "BILANȚ 2018"
    QString subtitle() const; // "Evaluarea activității ANITP[ – Centrul Regional X]", in full
    QString yearLine() const; // "– pentru anul 2018 –"
    QStringList paragraphs() const; // the body with the figures in place, ending with the thanks
    QString backgroundHeading() const; // "Informații de background:"
    QStringList backgroundParagraphs() const;

    // Everything above as plain text: one line per paragraph, blank lines between, final new line.
    QString text() const;

private:
    QString introParagraph() const;
    QString victimsParagraph() const;
    QString preventionParagraph() const;
    QString cooperationParagraph() const;
    QString centresParagraph() const;
    QString projectsParagraph() const;
    QString strategyClause() const;
    QString projectFocusClause() const;
    QString centreSeat() const; // empty when national

    BilantFigures m_figures;
};

} // namespace reper
