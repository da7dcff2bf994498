#pragma once
// Qt 6.4 ships no Romanian translation for its standard buttons: the window sets their texts
// itself, through tr(), wherever it shows a QDialogButtonBox or a QWizard.
#include <QCoreApplication>

class QDialogButtonBox;
class QWizard;

namespace reper {

class ButtonTexts
{
    Q_DECLARE_TR_FUNCTIONS(ButtonTexts)
public:
    static void apply(QDialogButtonBox* box);
    static void apply(QWizard* wizard);
};

} // namespace reper
