package org.entekhabat.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The demo's clock: real time shifted by an offset an operator can change while the server runs,
 * so a newcomer can step through the calendar (registration, vetting, election day, results) in one
 * sitting. It runs on; it is never used unless {@code entekhabat.clock.adjustable=true} (the demo
 * command). Freshness checks of signed device requests use the wall clock, not this one.
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public AdjustableClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private AdjustableClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /**
     * The physical time behind a clock: what freshness and replay checks of device requests must use,
     * since station devices sign with their own real clocks whatever day the demo pretends it is.
     */
    public static Clock wall(Clock clock) {
        return clock instanceof AdjustableClock adjustable ? adjustable.base : clock;
    }

    /** From now on the clock reads {@code at}, and runs on from there. */
    public void travelTo(Instant at) {
        offset.set(Duration.between(base.instant(), at));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    public boolean shifted() {
        return !offset.get().isZero();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(base.withZone(zone), offset);
    }
}
