#pragma once
// The year and scope choices shared by the Reports page's forms (ReportForm, InternationalReportForm):
// the last twenty years with the one that has ended chosen, and the scopes whose figures the user
// may see (AccessPolicy::canSeeFigures), national first.
class QComboBox;
class QString;

namespace reper {

class CodeComboBox;
class Store;

namespace ReportChoices {

void fillYears(QComboBox* years, Store& store);
// `national` and `none` are the caller's own translated labels for the national scope and for no
// choice; the first scope is chosen.
void fillScopes(CodeComboBox* scopes, Store& store, const QString& national, const QString& none);

} // namespace ReportChoices

} // namespace reper
