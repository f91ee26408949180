/**
 * Polling stations (شعب اخذ رأی): the registry (place, constituency, link, devices by id, staff)
 * and the infrastructure checklist (link tests, power, device self-tests, deficiencies) whose
 * completeness decides when the station database counts as finalised.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Polling stations")
package org.entekhabat.stations;
