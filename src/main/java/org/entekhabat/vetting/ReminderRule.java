package org.entekhabat.vetting;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * When an unanswered inquiry earns a reminder (یادآوری) to its authority. The law sets deadlines for the
 * five authorities but no reminder practice (DOMAIN §3, UNSOURCED), so the points are configuration:
 * each is a share of the answer period in percent (100 = the deadline itself), e.g. 70 and 100.
 * At most {@code maxReminders} are sent per inquiry; when several points have passed unreminded (the job
 * did not run in between) only the latest is sent, so an authority never gets a burst of reminders.
 *
 * @param percents     the reminder points, ascending, each 1..100
 * @param maxReminders how many reminders one inquiry may get at most
 */
public record ReminderRule(List<Integer> percents, int maxReminders) {

    public static final ReminderRule DEFAULT = new ReminderRule(List.of(70, 100), 2);

    public ReminderRule {
        percents = List.copyOf(percents);
        for (int i = 0; i < percents.size(); i++) {
            int p = percents.get(i);
            if (p < 1 || p > 100) throw new IllegalArgumentException("reminder point out of 1..100: " + p);
            if (i > 0 && p <= percents.get(i - 1)) throw new IllegalArgumentException("reminder points must ascend: " + percents);
        }
        if (maxReminders < 0) throw new IllegalArgumentException("negative maximum of reminders");
    }

    /** The stored name of a point: {@code DEADLINE} for 100, else {@code SHARE_70} and so on. */
    public static String kind(int percent) {
        return percent == 100 ? "DEADLINE" : "SHARE_" + percent;
    }

    /** The moment a point is reached: sentAt plus that share of the period, rounded down to the second. */
    public static Instant pointAt(Instant sentAt, Instant deadline, int percent) {
        long seconds = Duration.between(sentAt, deadline).getSeconds();
        return sentAt.plusSeconds(Math.floorDiv(seconds * percent, 100));
    }

    /**
     * The reminder due for this inquiry at {@code now}, given the kinds already sent for it: none once
     * answered, none above the maximum, and none for a point at or below one already reminded.
     */
    public Optional<String> due(Inquiry inquiry, Instant now, Collection<String> sentKinds) {
        if (inquiry.answer() != null || sentKinds.size() >= maxReminders) return Optional.empty();
        for (int i = percents.size() - 1; i >= 0; i--) {
            int p = percents.get(i);
            if (sentKinds.contains(kind(p))) return Optional.empty();
            if (!now.isBefore(pointAt(inquiry.sentAt(), inquiry.deadline(), p))) return Optional.of(kind(p));
        }
        return Optional.empty();
    }
}
