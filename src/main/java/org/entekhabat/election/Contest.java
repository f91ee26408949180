package org.entekhabat.election;

/**
 * One race on the ballot: a constituency's council or by-election with its counting rule. The
 * population that set the seats is shown with where it came from ({@code populationSource}), e.g.
 * "census-2016:county-total-estimate", "no-data:smallest-bracket", "election-file:…", "moi-health-centres".
 */
public record Contest(String id, ConstituencyKind kind, String nameFa, String nameEn, int provinceId, Long countyId,
                      CountingRule rule, Long population, String populationSource, boolean residenceRequired) {

    public int seats() { return rule.seats(); }

    public int alternates() { return rule.alternates(); }
}
