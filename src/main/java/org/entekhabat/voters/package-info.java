/**
 * Voters on election day, at central: the participation ledger (who has voted, where and when;
 * one row per voter, claimed atomically from any station), the anomaly queue for paper-register
 * collisions, the registry of station devices' public keys, and the signed-request check that
 * guards {@code /station-api/**}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voters and participation")
package org.entekhabat.voters;
