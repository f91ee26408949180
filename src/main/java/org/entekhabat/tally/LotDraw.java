package org.entekhabat.tally;

import java.util.List;

/**
 * One recorded draw of the lot: who was tied, for what, and the outcome (first = wins the cut).
 *
 * @param index     the draw number fed to {@link Lot#order}
 * @param cutFa     what the draw decides, in Persian (e.g. "مرز اعضای اصلی و علی‌البدل")
 * @param cutEn     the same in English
 * @param tied      the tied codes, sorted (candidate codes, or list codes for equal remainders)
 * @param outcome   the codes in the order drawn
 * @param digestHex the draw's SHA-256 digest, so a witness can check it
 */
public record LotDraw(int index, String cutFa, String cutEn, List<String> tied, List<String> outcome, String digestHex) {

    public LotDraw {
        tied = List.copyOf(tied);
        outcome = List.copyOf(outcome);
    }
}
