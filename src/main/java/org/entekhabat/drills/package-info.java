/**
 * Drills (مانور): a compressed election day on a SANDBOX copy of central, so staff and systems are
 * rehearsed as seeds 002 and 004 ask ("weekly training ... with tests and drills"). A drill starts a
 * second central application context on its own PostgreSQL schema {@code drill_<id>}, copies into
 * it the chosen stations, their packages and contests, runs each station's day with the node's own
 * core ({@link org.entekhabat.polling.HeadlessStation}: real journal, sealed box, signed HTTP claims,
 * paper process, double entry, signed report), records each station's time per step and its
 * problems, and drops the sandbox. Only {@code drill_run} and {@code drill_station_result} (and
 * their audit entries) are written in the real schema. See docs/drills.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drills")
package org.entekhabat.drills;
