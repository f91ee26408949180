package org.entekhabat.vetting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * SIMULATOR of the five inquiry authorities: NOT a real authority. Answers are deterministic per
 * (national code, authority), from SHA-256 of both: about 80% CLEAR, 10% FINDING, 5% answered only
 * after three times the delay (late if that passes the deadline), 5% never answer. Every answer that
 * does come arrives {@code delay} after the inquiry was sent.
 */
public final class InquiryAuthoritySimulator implements InquiryAuthority {

    public enum Behaviour { CLEAR, FINDING, SLOW, SILENT }

    private final Duration delay;
    private final List<Reminder> reminders = new CopyOnWriteArrayList<>();

    /** A reminder the simulator received (it changes nothing: a silent authority stays silent). */
    public record Reminder(String candidate, Authority authority, String kind, Instant at) {}

    public InquiryAuthoritySimulator(Duration delay) {
        this.delay = delay;
    }

    /** What the simulator will do for this candidate and authority. */
    public static Behaviour behaviour(String nationalCode, Authority authority) {
        int bucket = Math.floorMod(hash(nationalCode + "|" + authority.name()), 20);
        if (bucket < 16) return Behaviour.CLEAR;
        if (bucket < 18) return Behaviour.FINDING;
        return bucket == 18 ? Behaviour.SLOW : Behaviour.SILENT;
    }

    @Override
    public Optional<InquiryAnswer> answer(Inquiry inquiry, Instant now) {
        Behaviour b = behaviour(inquiry.nationalCode(), inquiry.authority());
        if (b == Behaviour.SILENT) return Optional.empty();
        Instant at = inquiry.sentAt().plus(b == Behaviour.SLOW ? delay.multipliedBy(3) : delay);
        if (now.isBefore(at)) return Optional.empty();
        return Optional.of(b == Behaviour.FINDING
                ? InquiryAnswer.finding(at, "[شبیه‌ساز] " + inquiry.authority().fa() + ": سابقه‌ای برای بررسی هیأت گزارش شد.")
                : InquiryAnswer.clear(at));
    }

    @Override
    public void remind(Inquiry inquiry, String kind, Instant now) {
        reminders.add(new Reminder(inquiry.candidate(), inquiry.authority(), kind, now));
    }

    /** Every reminder received so far, oldest first. */
    public List<Reminder> reminders() {
        return List.copyOf(reminders);
    }

    private static int hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return ((d[0] & 0xff) << 24) | ((d[1] & 0xff) << 16) | ((d[2] & 0xff) << 8) | (d[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
