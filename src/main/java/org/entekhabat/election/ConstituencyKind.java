package org.entekhabat.election;

/** حوزه انتخابیه: what is elected there. */
public enum ConstituencyKind {
    /** شورای اسلامی شهر: block plurality, seats by the city's population. */
    CITY_COUNCIL,
    /** شورای اسلامی روستا: block plurality, 3 or 5 seats. */
    VILLAGE_COUNCIL,
    /** تناسبی: Tehran, Rey and Tajrish elect one 21-seat council from lists (DOMAIN §5). */
    LIST_PR_COUNCIL,
    /** میان‌دوره‌ای مجلس: Majlis by-election, plurality, single round (DOMAIN §6). */
    MAJLIS,
    /** میان‌دوره‌ای خبرگان: Assembly of Experts by-election, plurality, single round (DOMAIN §6). */
    EXPERTS
}
