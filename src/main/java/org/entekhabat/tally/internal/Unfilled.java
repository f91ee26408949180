package org.entekhabat.tally.internal;

/** Seats or alternate places left empty because there were too few candidates. */
final class Unfilled {

    private Unfilled() {}

    static void trace(int seats, int alternates, CountContext ctx) {
        if (seats == 0 && alternates == 0) return;
        ctx.step("unfilled",
                "به سبب کمبود نامزد، " + Fa.d(seats) + " کرسی اصلی و " + Fa.d(alternates) + " جایگاه علی‌البدل خالی ماند.",
                "For want of candidates, " + seats + " seats and " + alternates + " alternate places stay empty.",
                CountContext.numbers("seats", seats, "alternates", alternates));
    }
}
