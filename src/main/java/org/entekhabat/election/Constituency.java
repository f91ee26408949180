package org.entekhabat.election;

import java.util.List;

/**
 * حوزه انتخابیه. {@code countyIds} are the counties it lies in (several for a Majlis constituency or
 * for Tehran-Rey-Tajrish; none for an Experts province-wide constituency); {@code places} are the
 * cities and villages whose voters vote in it (empty for by-elections: they follow the counties).
 */
public record Constituency(String id, ConstituencyKind kind, String nameFa, String nameEn, int provinceId,
                           List<Long> countyIds, List<Place> places) {}
