#include "HtmlRenderer.h"

#include "report/ChartPainter.h"

#include <QFile>

namespace reper {

namespace {

QString esc(const QString& text) { return text.toHtmlEscaped(); }

QString styleSheet()
{
    QFile f(QStringLiteral(":/report/report/bilant.css"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString cellHtml(const ReportCell& c, bool first)
{
    if (first)
        return QStringLiteral("<td>%1</td>").arg(esc(c.text));
    switch (c.kind) {
    case ReportCell::Kind::Count:
    case ReportCell::Kind::Percent:
    case ReportCell::Kind::Decimal:
    case ReportCell::Kind::Empty: return QStringLiteral("<td class=\"num\">%1</td>").arg(esc(c.text));
    case ReportCell::Kind::Hidden: return QStringLiteral("<td class=\"hidden\">%1</td>").arg(esc(c.text));
    case ReportCell::Kind::Label: break;
    }
    return QStringLiteral("<td>%1</td>").arg(esc(c.text));
}

QString tableHtml(const ReportTable& t)
{
    QString h = QStringLiteral("<table id=\"%1\">\n<caption>%2</caption>\n<thead><tr>").arg(esc(t.id), esc(t.title));
    for (int c = 0; c < t.header.size(); ++c) {
        const bool numeric = c > 0 && !t.rows.isEmpty() && t.rows.first().value(c).kind != ReportCell::Kind::Label;
        h += (numeric ? QStringLiteral("<th class=\"num\">%1</th>") : QStringLiteral("<th>%1</th>"))
                 .arg(esc(t.header[c]));
    }
    h += QStringLiteral("</tr></thead>\n");
    const auto rows = [&](int from, int to) {
        QString out;
        for (int r = from; r < to; ++r) {
            out += QStringLiteral("<tr>");
            for (int i = 0; i < t.rows[r].size(); ++i)
                out += cellHtml(t.rows[r][i], i == 0);
            out += QStringLiteral("</tr>\n");
        }
        return out;
    };
    const int body = int(t.rows.size()) - t.totalRows;
    if (body > 0)
        h += QStringLiteral("<tbody>\n") + rows(0, body) + QStringLiteral("</tbody>\n");
    if (t.totalRows > 0)
        h += QStringLiteral("<tfoot>\n") + rows(body, int(t.rows.size())) + QStringLiteral("</tfoot>\n");
    h += QStringLiteral("</table>\n");
    for (const QString& note : t.notes)
        h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(note));
    return h;
}

QString chartHtml(const ReportChart& c)
{
    const QSizeF size = ChartPainter::logicalSize(c);
    return QStringLiteral("<figure id=\"%1\">\n<figcaption>%2</figcaption>\n"
                          "<img width=\"%3\" height=\"%4\" alt=\"%2\" src=\"data:image/png;base64,%5\">\n</figure>\n")
        .arg(esc(c.id), esc(c.title))
        .arg(qRound(size.width()))
        .arg(qRound(size.height()))
        .arg(QString::fromLatin1(ChartPainter::png(c, 2).toBase64()));
}

} // namespace

QByteArray renderHtml(const ReportDocument& d)
{
    QString h
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"ro\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"generator\" content=\"Reper %1\">\n<title>%2</title>\n<style>\n%3</style>\n"
                         "</head>\n<body>\n")
              .arg(esc(d.programVersion), esc(d.runningHeader), styleSheet());
    if (!d.marking.isEmpty())
        h += QStringLiteral("<div class=\"marking %1\">%2</div>\n").arg(esc(d.edition), esc(d.marking));
    h += QStringLiteral(
             "<header class=\"title\">\n<h1>%1</h1>\n<p class=\"subtitle\">%2</p>\n<p class=\"year\">%3</p>\n"
             "</header>\n")
             .arg(esc(d.title), esc(d.subtitle), esc(d.yearLine));
    h += QStringLiteral("<section class=\"narrative\">\n");
    for (const QString& p : d.paragraphs)
        h += QStringLiteral("<p>%1</p>\n").arg(esc(p));
    if (!d.backgroundHeading.isEmpty() || !d.background.isEmpty()) {
        h += QStringLiteral("<div class=\"background\">\n<h3>%1</h3>\n").arg(esc(d.backgroundHeading));
        for (const QString& p : d.background)
            h += QStringLiteral("<p>%1</p>\n").arg(esc(p));
        h += QStringLiteral("</div>\n");
    }
    h += QStringLiteral("</section>\n");
    for (const ReportSection& s : d.sections) {
        h += QStringLiteral("<section class=\"annex\">\n<h2>%1</h2>\n").arg(esc(s.heading));
        for (const QString& p : s.paragraphs)
            h += QStringLiteral("<p>%1</p>\n").arg(esc(p));
        for (const ReportChart& c : s.charts)
            h += chartHtml(c);
        for (const ReportTable& t : s.tables)
            h += tableHtml(t);
        h += QStringLiteral("</section>\n");
    }
    h += QStringLiteral("<footer>%1</footer>\n</body>\n</html>\n").arg(esc(d.footer));
    return h.toUtf8();
}

} // namespace reper
