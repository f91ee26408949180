/**
 * Results (نتایج): signed station reports received at central, aggregated station → county →
 * province → nation per contest, seats allocated by a pluggable {@link org.entekhabat.results.SeatAllocator},
 * published live with every station's signed report, objections, annulments with re-tabulation into a
 * new publication version, certification by the county board, minutes (صورتجلسه), and the
 * published-record bundle that {@code entekhabat verify} re-checks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Results")
package org.entekhabat.results;
