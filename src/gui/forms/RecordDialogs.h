#pragma once
// Opens the dialog for a record of any kind (new or stored), and removes records by kind, so the
// lists, the victim's timeline and the shortcuts share one way of doing both.
#include "core/Records.h"
#include "core/Result.h"
#include "storage/lists/ListSpec.h"

#include <QCoreApplication>

class QWidget;

namespace reper {

class RecordDialog;
class RecordForm;
class Store;

// A kind of record a dialog edits: the list kinds (but victims, who have a page) and identifications.
enum class FormKind {
    Identification,
    Assistance,
    Repatriation,
    Judicial,
    MonitoringContact,
    Campaign,
    Prevention,
    Protocol,
    ActionPlan,
    TeamMeeting,
    Training,
    Event,
    FundedProject,
};

struct VictimContext
{
    RecordId id = 0;
    QString code;
    QString center;
};

class RecordDialogs
{
    Q_DECLARE_TR_FUNCTIONS(RecordDialogs)
public:
    static FormKind formKind(ListKind kind); // not for victims
    static RecordForm* createForm(Store& store, FormKind kind, QWidget* parent = nullptr);
    // Opens (non-blocking, window-modal) the dialog of a stored record (id) or a new one (id 0).
    // Returns nullptr with the reason in `error` when the record cannot be opened.
    static RecordDialog* open(Store& store, FormKind kind, RecordId id, QWidget* parent,
                              const VictimContext& victim = {}, QString* error = nullptr);
    static Status remove(Store& store, FormKind kind, RecordId id);
};

} // namespace reper
