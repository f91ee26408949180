/**
 * Readiness (آمادگی) per county and province: stations and their checklists, staff trained and
 * certified by role, and the stations that still have no certified staff; with CSV/JSON exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Readiness")
package org.entekhabat.readiness;
