/* geordf: the event-type schema table (see schema.h).
 * SPDX-License-Identifier: MIT */
#include "schema.h"

#define R(x) GEORDF_ROLE_##x
#define NONE GEORDF_ROLE_COUNT

const gd_type_schema gd_schema_type[] = {
    [GEORDF_VISIT] = {"Visit", "Visit", {R(VISITOR), R(DESTINATION), R(HOST), R(PLACE), NONE},
                      {R(VISITOR), R(DESTINATION)}, R(VISITOR), R(DESTINATION),
                      {R(VISITOR), R(DESTINATION)}, &gd_visit_rules},
    [GEORDF_ALLIANCE] = {"Alliance", "Alliance", {R(PARTY), NONE},
                         {R(PARTY), NONE}, R(PARTY), NONE,
                         {R(PARTY), R(PARTY)}, &gd_alliance_rules},
    [GEORDF_ARMSDEAL] = {"ArmsDeal", "Arms deal", {R(SUPPLIER), R(RECIPIENT), R(ITEM), NONE},
                         {R(SUPPLIER), R(RECIPIENT)}, R(SUPPLIER), R(RECIPIENT),
                         {R(SUPPLIER), R(RECIPIENT)}, &gd_armsdeal_rules},
    [GEORDF_SANCTION] = {"Sanction", "Sanction", {R(IMPOSER), R(TARGET), NONE},
                         {R(IMPOSER), R(TARGET)}, R(IMPOSER), R(TARGET),
                         {R(IMPOSER), R(TARGET)}, &gd_sanction_rules},
    /* (a shoot-down's attacker is often unknown: mentions share the victim) */
    [GEORDF_SHOOTDOWN] = {"ShootDown", "Shoot-down", {R(ATTACKER), R(VICTIM), R(AIRCRAFT), R(PLACE), NONE},
                          {R(ATTACKER), R(VICTIM)}, R(ATTACKER), R(VICTIM),
                          {R(VICTIM), R(VICTIM)}, &gd_shootdown_rules}};
_Static_assert(sizeof gd_schema_type / sizeof gd_schema_type[0] == GEORDF_EVENT_TYPE_COUNT,
               "one schema row per event type");

const char *const gd_schema_role_name[] = {
    [R(VISITOR)] = "visitor",   [R(DESTINATION)] = "destination", [R(HOST)] = "host",
    [R(PLACE)] = "place",       [R(PARTY)] = "party",             [R(SUPPLIER)] = "supplier",
    [R(RECIPIENT)] = "recipient", [R(ITEM)] = "item",             [R(IMPOSER)] = "imposer",
    [R(TARGET)] = "target",     [R(ATTACKER)] = "attacker",       [R(VICTIM)] = "victim",
    [R(AIRCRAFT)] = "aircraft"};
_Static_assert(sizeof gd_schema_role_name / sizeof gd_schema_role_name[0] == GEORDF_ROLE_COUNT,
               "one name per role");

const char *const gd_schema_status_name[] = {
    [GEORDF_STATUS_NONE] = NULL,           [GEORDF_STATUS_PLEDGED] = "Pledged",
    [GEORDF_STATUS_AGREED] = "Agreed",     [GEORDF_STATUS_DELIVERED] = "Delivered",
    [GEORDF_STATUS_CANCELLED] = "Cancelled", [GEORDF_STATUS_IMPOSED] = "Imposed",
    [GEORDF_STATUS_THREATENED] = "Threatened", [GEORDF_STATUS_LIFTED] = "Lifted",
    [GEORDF_STATUS_EASED] = "Eased"};
_Static_assert(sizeof gd_schema_status_name / sizeof gd_schema_status_name[0] == GD_STATUS_COUNT,
               "one name per status");

size_t gd_schema_n_core(geordf_event_type t) {
  size_t n = 0;
  while (n < GD_SCHEMA_MAX_CORE && gd_schema_type[t].core[n] != GEORDF_ROLE_COUNT) n++;
  return n;
}
