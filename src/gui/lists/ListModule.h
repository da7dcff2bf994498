#pragma once
// A module made of lists (Assistance; Prevention = campaigns and activities; Cooperation = six
// kinds of records, one tab each): opening or creating a record opens its dialog.
#include "core/Records.h"
#include "gui/shell/ModulePage.h"
#include "storage/lists/ListSpec.h"

#include <QList>

class QTabWidget;

namespace reper {

class RecordDialog;
class RecordListPage;
class Store;

class ListModule : public ModulePage
{
    Q_OBJECT
public:
    ListModule(Store& store, const QList<ListKind>& kinds, QWidget* parent = nullptr);

    RecordListPage* page(ListKind kind) const;
    RecordListPage* currentPage() const;
    void setCurrent(ListKind kind);
    RecordDialog* lastDialog() const { return m_lastDialog; }

    void activate() override;
    void newRecord() override;
    void focusSearch() override;
    void refresh() override;

    RecordDialog* openRecord(ListKind kind, RecordId id);

private:
    Store& m_store;
    QList<RecordListPage*> m_pages;
    QTabWidget* m_tabs = nullptr;
    RecordDialog* m_lastDialog = nullptr;
};

} // namespace reper
