#include "ColumnIdentityVault.h"

#include "core/TextFold.h"
#include "storage/engine/Database.h"
#include "storage/engine/SqlExtensions.h"
#include "storage/keys/IdentityCipher.h"

#include <QStringList>

namespace reper {

Result<std::optional<VictimIdentity>> ColumnIdentityVault::read(RecordId victimId)
{
    auto st = m_db.cached("SELECT last_name, first_name, cnp, address, phone, notes FROM victim_identity "
                          "WHERE victim_id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, victimId);
    if (!(*st)->next()) {
        if ((*st)->failed())
            return (*st)->error();
        return std::optional<VictimIdentity>();
    }
    VictimIdentity i;
    i.lastName = (*st)->text(0);
    i.firstName = (*st)->text(1);
    i.cnp = (*st)->text(2);
    i.address = (*st)->text(3);
    i.phone = (*st)->text(4);
    i.notes = (*st)->text(5);
    return std::optional<VictimIdentity>(i);
}

Status ColumnIdentityVault::write(RecordId victimId, qint64, const VictimIdentity& identity)
{
    // A row this session cannot read (a national coordinator's import) is not "there" for it: only
    // a new victim's identity is written so, and the server's policy allows exactly that.
    Result<bool> exists = false;
    {
        auto found = m_db.cached("SELECT 1 FROM victim_identity WHERE victim_id = ?");
        if (!found)
            return found.error();
        exists = (*found)->bind(1, victimId).next();
        if ((*found)->failed())
            return (*found)->error();
    }
    if (identity.isEmpty()) {
        if (!*exists)
            return Status::success();
        auto del = m_db.cached("DELETE FROM victim_identity WHERE victim_id = ?");
        if (!del)
            return del.error();
        return (*del)->bind(1, victimId).exec();
    }
    auto st = *exists ? m_db.cached("UPDATE victim_identity SET last_name = ?, first_name = ?, cnp = ?, address = ?, "
                                    "phone = ?, notes = ? WHERE victim_id = ?")
                      : m_db.cached("INSERT INTO victim_identity(last_name, first_name, cnp, address, phone, notes, "
                                    "victim_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    (*st)->bind(1, identity.lastName).bind(2, identity.firstName).bind(3, identity.cnp);
    (*st)->bind(4, identity.address).bind(5, identity.phone).bind(6, identity.notes).bind(7, victimId);
    return (*st)->exec();
}

std::optional<IdentitySearchTerm> ColumnIdentityVault::searchTerm(const QString& word,
                                                                  const QList<qint64>& centerIds) const
{
    // Hyphens split a name into parts as spaces do; a word is cut where the local file's tokens end.
    QString folded = foldText(word).left(IdentityCipher::MaxPrefix);
    folded.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (folded.trimmed().isEmpty() || centerIds.isEmpty())
        return std::nullopt;
    QStringList centers;
    for (const qint64 c : centerIds)
        centers << QString::number(c);
    // The beginning of a part; a word shorter than the shortest prefix finds only a part that short.
    const QString pattern = QLatin1String("% ") + SqlExtensions::likeEscaped(folded)
        + (folded.size() < IdentityCipher::MinPrefix ? QLatin1String(" %") : QLatin1String("%"));
    IdentitySearchTerm term;
    term.sql
        = QStringLiteral("(v.center_id IN (%1) AND v.id IN (SELECT victim_id FROM victim_identity WHERE "
                         "' ' || translate(reper_fold(coalesce(last_name, '') || ' ' || coalesce(first_name, '')), "
                         "'-', ' ') || ' ' LIKE ? ESCAPE '\\' OR cnp = ?))")
              .arg(centers.join(QLatin1Char(',')));
    term.params << pattern << word.trimmed();
    return term;
}

} // namespace reper
