/**
 * The counting rules of the results (شمارش آرا): block plurality for city and village councils with
 * alternates (علی‌البدل), Tehran's proportional list count (Hare quota, largest remainder), single-round
 * plurality for the Majlis and Assembly of Experts by-elections, ties (veterans, degree, public lot),
 * and the fold of ballots into a contest tally. Plain Java with exact arithmetic (no floating point);
 * every step is traced in Persian and English for the official minutes (صورتجلسه).
 * Entry point: {@link org.entekhabat.tally.Count#run}. See docs/counting.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Counting rules (tally)")
package org.entekhabat.tally;
