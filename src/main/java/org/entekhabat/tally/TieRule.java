package org.entekhabat.tally;

/** How candidates with equal votes are ordered where the order decides a seat or a rank. */
public enum TieRule {
    /**
     * Council elections: veterans (ایثارگران) first, then the higher degree, then a public lot
     * (new Art 20 note 1 of the council law [S32]; DOMAIN §1, §6).
     */
    COUNCIL_CHAIN,
    /**
     * Majlis by-elections: a lot drawn in a joint session of the executive and supervisory boards
     * (Majlis election law Art 9 [S47], DOMAIN §6). Used for Experts by-elections too, whose law
     * (Art 8 [S48]) names no other criterion (DOMAIN §6; our choice, configurable).
     */
    LOT_ONLY
}
