#include "SqlExtensions.h"

#include "core/TextFold.h"
#include "storage/engine/Database.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <sqlite3.h>

namespace reper {

namespace {

// One collator per thread: QCollator is not safe to share between threads.
const QCollator& romanianCollator()
{
    thread_local const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Romanian, QLocale::Romania));
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    return collator;
}

int compareRomanian(void*, int lengthA, const void* a, int lengthB, const void* b)
{
    const QString left = QString::fromUtf8(static_cast<const char*>(a), lengthA);
    const QString right = QString::fromUtf8(static_cast<const char*>(b), lengthB);
    const int order = romanianCollator().compare(left, right);
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

// foldText without the Unicode normalisation for the text lists are made of (ASCII, the Romanian
// letters in both cedilla and comma forms, dashes and quotes); anything else goes to foldText.
// Search reads every row's title through this, so it is worth the few lines.
bool quickFold(const QString& text, QString* out)
{
    out->clear();
    out->reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        char16_t folded = 0;
        if (u < 0x80) {
            if (u == ' ' || (u >= '\t' && u <= '\r')) {
                pendingSpace = !out->isEmpty();
                continue;
            }
            folded = (u >= 'A' && u <= 'Z') ? char16_t(u + 32) : u;
        } else {
            switch (u) {
            case 0x0102:
            case 0x0103:
            case 0x00C2:
            case 0x00E2: folded = 'a'; break; // ă â
            case 0x00CE:
            case 0x00EE: folded = 'i'; break; // î
            case 0x0218:
            case 0x0219:
            case 0x015E:
            case 0x015F: folded = 's'; break; // ș ş
            case 0x021A:
            case 0x021B:
            case 0x0162:
            case 0x0163: folded = 't'; break; // ț ţ
            case 0x2018:
            case 0x2019: folded = '\''; break;
            case 0x2013:
            case 0x2014:
            case 0x201C:
            case 0x201D:
            case 0x201E: folded = u; break;
            default: return false;
            }
        }
        if (pendingSpace) {
            out->append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out->append(QChar(folded));
    }
    return true;
}

void foldFunction(sqlite3_context* context, int, sqlite3_value** values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    const int length = sqlite3_value_bytes(values[0]);
    const QString input = QString::fromUtf8(text, length);
    QString quick;
    const QByteArray folded = (quickFold(input, &quick) ? quick : foldText(input)).toUtf8();
    sqlite3_result_text(context, folded.constData(), folded.size(), SQLITE_TRANSIENT);
}

bool installed(Database& db)
{
    sqlite3_stmt* probe = nullptr;
    const int rc
        = sqlite3_prepare_v2(db.handle(), "SELECT reper_fold('a') < 'b' COLLATE reper_ro", -1, &probe, nullptr);
    sqlite3_finalize(probe);
    return rc == SQLITE_OK;
}

} // namespace

Status SqlExtensions::install(Database& db)
{
    // On the server both are the schema's own (postgres/013_list_functions.sql).
    if (db.engine() == Engine::Server)
        return Status::success();
    if (!db.handle())
        return makeError(QCoreApplication::translate("Store", "The store could not prepare its search functions."),
                         QStringLiteral("no connection"));
    if (installed(db))
        return Status::success();
    int rc = sqlite3_create_collation_v2(db.handle(), "reper_ro", SQLITE_UTF8, nullptr, compareRomanian, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db.handle(), "reper_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                        foldFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return makeError(QCoreApplication::translate("Store", "The store could not prepare its search functions."),
                         QString::fromUtf8(sqlite3_errmsg(db.handle())));
    return Status::success();
}

QString SqlExtensions::likeEscaped(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

} // namespace reper
