/**
 * Candidacy (داوطلبی): who may stand for a city or village council, the online registration of
 * candidates with their documents, the tracking id (شناسه رهگیری), withdrawal, and registration statistics.
 * The eligibility rules are plain Java in this package (one class per rule family, each citing its article);
 * persistence and web adapters live in {@code internal} and {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Candidacy")
package org.entekhabat.candidacy;
