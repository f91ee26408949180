/**
 * The verifier (وارسی‌گر): re-checks a published results record without the server or its database.
 * Every signature and hash chain is checked, and every total, regional sum and seat is recomputed from
 * the signed station reports by code separate from the server's aggregation (it shares only the station
 * report's text format with the polling module). Anyone can run it: {@code entekhabat verify DIR}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Verifier")
package org.entekhabat.verifier;
