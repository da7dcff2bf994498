#include "XlsxRenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <xlsxwriter.h>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "XlsxRenderer").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(XlsxRenderer)
};

// Excel's rules for sheet names: at most 31 characters, none of []:*?/\, unique ignoring case.
QString sheetName(const QString& wanted, QSet<QString>& used)
{
    QString name = wanted;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, QLatin1Char('-'));
    name = name.left(31).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Tabel");
    QString unique = name;
    for (int n = 2; used.contains(unique.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = name.left(31 - int(suffix.size())) + suffix;
    }
    used.insert(unique.toLower());
    return unique;
}

class Workbook
{
public:
    explicit Workbook(const QString& path)
        : m_book(workbook_new(path.toLocal8Bit().constData()))
    {
        if (!m_book)
            return;
        m_title = workbook_add_format(m_book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 12);
        format_set_font_color(m_title, 0x1F3F60);
        m_head = workbook_add_format(m_book);
        format_set_bold(m_head);
        format_set_bg_color(m_head, 0xE3E9F0);
        format_set_border(m_head, LXW_BORDER_THIN);
        format_set_text_wrap(m_head);
        format_set_align(m_head, LXW_ALIGN_VERTICAL_CENTER);
        m_text = workbook_add_format(m_book);
        format_set_border(m_text, LXW_BORDER_THIN);
        m_count = workbook_add_format(m_book);
        format_set_num_format(m_count, "#,##0");
        format_set_border(m_count, LXW_BORDER_THIN);
        m_percent = workbook_add_format(m_book);
        format_set_num_format(m_percent, "0.0%");
        format_set_border(m_percent, LXW_BORDER_THIN);
        m_decimal = workbook_add_format(m_book);
        format_set_num_format(m_decimal, "0.000");
        format_set_border(m_decimal, LXW_BORDER_THIN);
        m_hidden = workbook_add_format(m_book);
        format_set_italic(m_hidden);
        format_set_font_color(m_hidden, 0x6B727B);
        format_set_align(m_hidden, LXW_ALIGN_RIGHT);
        format_set_border(m_hidden, LXW_BORDER_THIN);
        m_totalText = workbook_add_format(m_book);
        format_set_bold(m_totalText);
        format_set_bg_color(m_totalText, 0xEDF0F3);
        format_set_border(m_totalText, LXW_BORDER_THIN);
        format_set_top(m_totalText, LXW_BORDER_MEDIUM);
        m_totalCount = workbook_add_format(m_book);
        format_set_bold(m_totalCount);
        format_set_num_format(m_totalCount, "#,##0");
        format_set_bg_color(m_totalCount, 0xEDF0F3);
        format_set_border(m_totalCount, LXW_BORDER_THIN);
        format_set_top(m_totalCount, LXW_BORDER_MEDIUM);
        m_totalPercent = workbook_add_format(m_book);
        format_set_bold(m_totalPercent);
        format_set_num_format(m_totalPercent, "0.0%");
        format_set_bg_color(m_totalPercent, 0xEDF0F3);
        format_set_border(m_totalPercent, LXW_BORDER_THIN);
        format_set_top(m_totalPercent, LXW_BORDER_MEDIUM);
        m_note = workbook_add_format(m_book);
        format_set_italic(m_note);
        format_set_font_size(m_note, 9);
        format_set_text_wrap(m_note);
        format_set_align(m_note, LXW_ALIGN_VERTICAL_TOP);
        format_set_font_color(m_note, 0x555C63);
        m_wrap = workbook_add_format(m_book);
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book); // only reached on an early return: close() hands the book over
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    bool isOpen() const { return m_book != nullptr; }

    // How a sheet prints (LibreOffice and Excel): A4, as wide as one page, the document's running
    // title and marking in the page header, its generation line and the page number in the footer,
    // and the rows `repeat` (the title and the column heads) again on every page.
    void printSetup(lxw_worksheet* s, const ReportDocument& d, bool landscape, int repeat)
    {
        worksheet_set_paper(s, 9); // A4
        if (landscape)
            worksheet_set_landscape(s);
        else
            worksheet_set_portrait(s);
        worksheet_set_margins(s, 0.6, 0.6, 0.8, 0.8);
        worksheet_fit_to_pages(s, 1, 0);
        if (repeat > 0)
            worksheet_repeat_rows(s, 0, lxw_row_t(repeat - 1));
        const auto field = [](QString text) { return text.replace(QLatin1Char('&'), QStringLiteral("&&")).left(150); };
        worksheet_set_header(s,
                             utf8(QStringLiteral("&L&8") + field(d.runningHeader) + QStringLiteral("&R&8&B")
                                  + field(d.marking.toUpper())));
        worksheet_set_footer(s,
                             utf8(QStringLiteral("&L&7") + field(d.footer) + QStringLiteral("&R&7Pagina &P din &N")));
    }

    void about(const ReportDocument& d, const QString& name)
    {
        lxw_worksheet* s = workbook_add_worksheet(m_book, utf8(name));
        printSetup(s, d, false, 0);
        worksheet_set_column(s, 0, 0, 16, nullptr);
        worksheet_set_column(s, 1, 1, 110, m_wrap);
        int row = 0;
        worksheet_write_string(s, row++, 0, utf8(d.title), m_title);
        worksheet_fit_to_pages(s, 1, 0);
        const auto pair = [&](const QString& key, const QString& value) {
            worksheet_write_string(s, row, 0, utf8(key), nullptr);
            worksheet_write_string(s, row, 1, utf8(value), m_wrap);
            worksheet_set_row(s, row++, 15.0 * lines(value, 110 * 1.1), nullptr);
        };
        pair(QStringLiteral("Titlu"), d.subtitle + QLatin1Char(' ') + d.yearLine);
        pair(QStringLiteral("Ediția"),
             d.edition + (d.marking.isEmpty() ? QString() : QStringLiteral(" – ") + d.marking));
        pair(QStringLiteral("Document"), d.footer);
        pair(QStringLiteral("Amprenta cifrelor"), d.figuresHash);
        ++row;
        for (const QString& p : d.paragraphs)
            pair(QString(), p);
    }

    void table(const ReportDocument& d, const ReportTable& t, const QString& name)
    {
        lxw_worksheet* s = workbook_add_worksheet(m_book, utf8(name));
        const int columns = int(t.header.size());
        const double firstWidth = columns > 5 ? 24 : 58;
        const double otherWidth = columns > 5 ? 16 : 14;
        // Printed as a user would print it: A4, one page wide, landscape when wide, the title and
        // heads on every page, the document's running header and footer.
        printSetup(s, d, columns > 5, 3);
        worksheet_set_column(s, 0, 0, firstWidth, nullptr);
        if (columns > 1)
            worksheet_set_column(s, 1, lxw_col_t(columns - 1), otherWidth, nullptr);
        worksheet_write_string(s, 0, 0, utf8(t.title), m_title);
        int headLines = 1;
        for (int c = 0; c < columns; ++c) {
            worksheet_write_string(s, 2, lxw_col_t(c), utf8(t.header[c]), m_head);
            headLines = std::max(headLines, lines(t.header[c], c == 0 ? firstWidth : otherWidth));
        }
        worksheet_set_row(s, 2, 15.0 * headLines, nullptr);
        worksheet_freeze_panes(s, 3, 1);
        const int firstTotal = int(t.rows.size()) - t.totalRows;
        int row = 3;
        for (int r = 0; r < t.rows.size(); ++r, ++row) {
            const bool total = r >= firstTotal;
            for (int c = 0; c < t.rows[r].size() && c < columns; ++c) {
                const ReportCell& cell = t.rows[r][c];
                const auto col = lxw_col_t(c);
                switch (cell.kind) {
                case ReportCell::Kind::Count:
                    worksheet_write_number(s, lxw_row_t(row), col, cell.value, total ? m_totalCount : m_count);
                    break;
                case ReportCell::Kind::Percent:
                    worksheet_write_number(s, lxw_row_t(row), col, cell.value, total ? m_totalPercent : m_percent);
                    break;
                case ReportCell::Kind::Decimal:
                    worksheet_write_number(s, lxw_row_t(row), col, cell.value, m_decimal);
                    break;
                case ReportCell::Kind::Hidden:
                    worksheet_write_string(s, lxw_row_t(row), col, utf8(cell.text), m_hidden);
                    break;
                case ReportCell::Kind::Empty:
                    worksheet_write_blank(s, lxw_row_t(row), col, total ? m_totalText : m_text);
                    break;
                case ReportCell::Kind::Label:
                    worksheet_write_string(s, lxw_row_t(row), col, utf8(cell.text), total ? m_totalText : m_text);
                    break;
                }
            }
        }
        ++row;
        // A note spans the table and wraps within it, so it prints with the table.
        const double width = firstWidth + (columns - 1) * otherWidth;
        for (const QString& note : t.notes) {
            if (columns > 1)
                worksheet_merge_range(s, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(columns - 1), utf8(note), m_note);
            else
                worksheet_write_string(s, lxw_row_t(row), 0, utf8(note), m_note);
            worksheet_set_row(s, lxw_row_t(row++), 12.0 * lines(note, width * 1.15), nullptr);
        }
    }

    lxw_error close()
    {
        lxw_workbook* book = m_book;
        m_book = nullptr;
        return workbook_close(book);
    }

private:
    // How many lines a text takes in a column `width` characters wide (wrapping at words, roughly).
    static int lines(const QString& text, double width)
    {
        const int perLine = std::max(1, int(width) - 2);
        int n = 1;
        int used = 0;
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const int w = int(word.size());
            if (used > 0 && used + 1 + w > perLine) {
                ++n;
                used = w;
            } else {
                used += (used > 0 ? 1 : 0) + w;
            }
        }
        return n;
    }

    // libxlsxwriter copies the strings it is given; the buffer only has to live for the call.
    const char* utf8(const QString& text)
    {
        m_buffer = text.toUtf8();
        return m_buffer.constData();
    }

    lxw_workbook* m_book = nullptr;
    QByteArray m_buffer;
    lxw_format* m_title = nullptr;
    lxw_format* m_head = nullptr;
    lxw_format* m_text = nullptr;
    lxw_format* m_count = nullptr;
    lxw_format* m_percent = nullptr;
    lxw_format* m_decimal = nullptr;
    lxw_format* m_hidden = nullptr;
    lxw_format* m_totalText = nullptr;
    lxw_format* m_totalCount = nullptr;
    lxw_format* m_totalPercent = nullptr;
    lxw_format* m_note = nullptr;
    lxw_format* m_wrap = nullptr;
};

} // namespace

Result<QByteArray> renderXlsx(const ReportDocument& d)
{
    // libxlsxwriter 1.1.4 writes to a file only.
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(Tr::tr("The XLSX workbook could not be written."), QStringLiteral("no temporary folder"));
    const QString path = dir.filePath(QStringLiteral("bilant.xlsx"));
    {
        Workbook book(path);
        if (!book.isOpen())
            return makeError(Tr::tr("The XLSX workbook could not be written."), path);
        QSet<QString> used;
        // A document of a period rather than a year (the case load) has no year: its name alone.
        book.about(d, sheetName(d.year > 0 ? QStringLiteral("%1 %2").arg(d.name).arg(d.year) : d.name, used));
        for (const ReportTable* t : d.allTables())
            book.table(d, *t, sheetName(t->sheetName.isEmpty() ? t->title : t->sheetName, used));
        if (const lxw_error e = book.close(); e != LXW_NO_ERROR)
            return makeError(Tr::tr("The XLSX workbook could not be written."), QString::fromUtf8(lxw_strerror(e)));
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("The XLSX workbook could not be written."), f.errorString());
    return f.readAll();
}

} // namespace reper
