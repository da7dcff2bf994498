#include "FormStatus.h"

#include "gui/forms/RecordForm.h"
#include "gui/widgets/MessageBanner.h"

#include <QAbstractButton>

namespace reper {

bool FormStatus::update(RecordForm& form, MessageBanner& banner, QAbstractButton& save)
{
    const FieldProblems problems = form.blockingProblems();
    form.hints().show(problems);
    save.setEnabled(problems.isEmpty());
    if (problems.isEmpty()) {
        if (banner.kind() != MessageBanner::Kind::Success && banner.kind() != MessageBanner::Kind::Error)
            banner.clear();
        return true;
    }
    QStringList missing;
    QStringList wrong;
    for (const FieldProblem& p : problems) {
        const QString label = form.hints().label(p.field);
        QStringList& list = FieldHints::isRequiredMessage(p.message) ? missing : wrong;
        if (!list.contains(label))
            list << label;
    }
    QStringList parts;
    if (!wrong.isEmpty())
        parts << tr("Check: %1.").arg(wrong.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        parts << tr("Still to fill in: %1.").arg(missing.join(QStringLiteral(", ")));
    banner.showMessage(parts.join(QLatin1Char(' ')),
                       wrong.isEmpty() ? MessageBanner::Kind::Information : MessageBanner::Kind::Warning);
    return false;
}

} // namespace reper
