#pragma once
// The home page (ui/HomePage.ui): the chosen year's figures for the user's scope (national, or
// their centre), computed by the same FiguresRepository as the bilanț (its headline), and three
// charts; while nothing is recorded yet, what to do first instead (EmptyStorePanel). A page not yet
// on screen reads nothing until it is shown, so that a window opened on another year (reper --year)
// reads the figures once.
#include "core/Scope.h"
#include "gui/shell/ModulePage.h"

#include <QList>
#include <memory>
#include <optional>

namespace Ui {
class HomePage;
}

namespace reper {

class EmptyStorePanel;
class FigureTile;
class Store;

class HomePage : public ModulePage
{
    Q_OBJECT
public:
    explicit HomePage(Store& store, QWidget* parent = nullptr);
    ~HomePage() override;

    // The scope of the figures; none when the user may see none.
    std::optional<Scope> scope() const { return m_scope; }
    int year() const;
    void setYear(int year);
    FigureTile* tile(int index) const { return m_tiles.value(index); }
    int tileCount() const { return int(m_tiles.size()); }
    // Shown instead of the figures while nothing is recorded in the scope.
    EmptyStorePanel* emptyPanel() const { return m_empty; }
    bool showsEmptyState() const;

    void refresh() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void clearCharts();
    Store& m_store;
    std::unique_ptr<Ui::HomePage> m_ui;
    std::optional<Scope> m_scope;
    QList<FigureTile*> m_tiles;
    EmptyStorePanel* m_empty;
    bool m_stale = true; // not read since it was made
};

} // namespace reper
