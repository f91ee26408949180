/**
 * Vetting (بررسی صلاحیت): the five inquiry authorities, the executive board's decision citing the law,
 * the county supervisory board's review, the initial result, objections to the provincial supreme
 * supervisory board, the final list, the candidate code draw and Tehran's lists. The state machine and
 * the rules are plain Java in this package; persistence and services live in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vetting")
package org.entekhabat.vetting;
