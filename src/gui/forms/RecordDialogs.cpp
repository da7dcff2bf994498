#include "RecordDialogs.h"

#include "gui/cases/AssistanceForm.h"
#include "gui/cases/JudicialForm.h"
#include "gui/cases/MonitoringContactForm.h"
#include "gui/cases/RepatriationForm.h"
#include "gui/cooperation/ActionPlanForm.h"
#include "gui/cooperation/EventForm.h"
#include "gui/cooperation/FundedProjectForm.h"
#include "gui/cooperation/ProtocolForm.h"
#include "gui/cooperation/TeamMeetingForm.h"
#include "gui/cooperation/TrainingForm.h"
#include "gui/forms/RecordDialog.h"
#include "gui/prevention/CampaignForm.h"
#include "gui/prevention/PreventionForm.h"
#include "gui/victims/IdentificationForm.h"

namespace reper {

FormKind RecordDialogs::formKind(ListKind kind)
{
    switch (kind) {
    case ListKind::Assistance: return FormKind::Assistance;
    case ListKind::Repatriations: return FormKind::Repatriation;
    case ListKind::Judicial: return FormKind::Judicial;
    case ListKind::MonitoringContacts: return FormKind::MonitoringContact;
    case ListKind::Campaigns: return FormKind::Campaign;
    case ListKind::Prevention: return FormKind::Prevention;
    case ListKind::Protocols: return FormKind::Protocol;
    case ListKind::ActionPlans: return FormKind::ActionPlan;
    case ListKind::TeamMeetings: return FormKind::TeamMeeting;
    case ListKind::Trainings: return FormKind::Training;
    case ListKind::Events: return FormKind::Event;
    case ListKind::FundedProjects: return FormKind::FundedProject;
    case ListKind::Victims: break;
    }
    return FormKind::Identification;
}

RecordForm* RecordDialogs::createForm(Store& store, FormKind kind, QWidget* parent)
{
    switch (kind) {
    case FormKind::Identification: return new IdentificationForm(store, parent);
    case FormKind::Assistance: return new AssistanceForm(store, parent);
    case FormKind::Repatriation: return new RepatriationForm(store, parent);
    case FormKind::Judicial: return new JudicialForm(store, parent);
    case FormKind::MonitoringContact: return new MonitoringContactForm(store, parent);
    case FormKind::Campaign: return new CampaignForm(store, parent);
    case FormKind::Prevention: return new PreventionForm(store, parent);
    case FormKind::Protocol: return new ProtocolForm(store, parent);
    case FormKind::ActionPlan: return new ActionPlanForm(store, parent);
    case FormKind::TeamMeeting: return new TeamMeetingForm(store, parent);
    case FormKind::Training: return new TrainingForm(store, parent);
    case FormKind::Event: return new EventForm(store, parent);
    case FormKind::FundedProject: return new FundedProjectForm(store, parent);
    }
    return nullptr;
}

RecordDialog* RecordDialogs::open(Store& store, FormKind kind, RecordId id, QWidget* parent,
                                  const VictimContext& victim, QString* error)
{
    RecordForm* form = createForm(store, kind);
    if (id == 0) {
        form->startNew();
        if (victim.id)
            form->setVictim(victim.id, victim.code, victim.center);
    } else if (auto s = form->load(id); !s) {
        if (error)
            *error = s.error().message;
        delete form;
        return nullptr;
    }
    auto* dialog = new RecordDialog(form, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

Status RecordDialogs::remove(Store& store, FormKind kind, RecordId id)
{
    std::unique_ptr<RecordForm> form(createForm(store, kind));
    if (auto s = form->load(id); !s)
        return s;
    return form->remove();
}

} // namespace reper
