package org.entekhabat.stations;

/** What the demo generator did: stations created now, and stations that were already there. */
public record DemoResult(int created, int existing) {}
