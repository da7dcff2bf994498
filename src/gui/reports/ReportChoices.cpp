#include "ReportChoices.h"

#include "core/Clock.h"
#include "gui/common/Labels.h"
#include "gui/widgets/CodeComboBox.h"
#include "storage/Store.h"

#include <QComboBox>

namespace reper {

void ReportChoices::fillYears(QComboBox* years, Store& store)
{
    const int thisYear = store.clock().today().year();
    for (int y = thisYear; y >= thisYear - 20; --y)
        years->addItem(QString::number(y), y);
    years->setCurrentIndex(1); // reports are of the year that has ended
}

void ReportChoices::fillScopes(CodeComboBox* scopes, Store& store, const QString& national, const QString& none)
{
    QList<QPair<QString, QString>> items;
    const AccessPolicy access = store.access();
    if (access.canSeeFigures(Scope::national()))
        items << qMakePair(Scope::national().text(), national);
    for (const Center& c : store.reference().centers())
        if (access.canSeeFigures(Scope::ofCenter(c.code)))
            items << qMakePair(c.code, Labels::center(store.reference(), c.code));
    scopes->setItems(items, none);
    if (!items.isEmpty())
        scopes->setCode(items.first().first);
}

} // namespace reper
