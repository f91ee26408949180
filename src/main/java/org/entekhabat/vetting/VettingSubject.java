package org.entekhabat.vetting;

/**
 * Whom a case is about and where.
 *
 * @param candidate      the tracking id
 * @param imported       created by an import (drill, demo), not vetted here
 * @param withdrawn      the candidate withdrew: no code, no list
 */
public record VettingSubject(String candidate, String nationalCode, String constituencyId, boolean imported, boolean withdrawn) {}
