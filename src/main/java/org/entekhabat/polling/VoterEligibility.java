package org.entekhabat.polling;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.entekhabat.calendar.JalaliDate;
import org.entekhabat.platform.PersianNumbers;
import org.entekhabat.registry.Person;

/**
 * Who may vote at this station, and in which contests (DOMAIN §7 "Where one may vote", §8).
 * Plain rules, no I/O: the node asks the civil registry and passes what it found.
 *
 * @param minimumAge      18 full years on election day (DOMAIN §8; configurable)
 * @param residence       the council residence rule (OLD, DOMAIN §7: configurable)
 * @param byElection      the by-election voter rule (OLD, DOMAIN §7: configurable)
 * @param byElectionKinds the contest kinds the by-election rule applies to
 */
public record VoterEligibility(int minimumAge, ResidenceRule residence, ByElectionRule byElection,
                               Set<StationPackage.ContestKind> byElectionKinds) {

    /**
     * The council residence rule. {@link #NONE}: no residence condition (no current-law confirmation
     * was found, DOMAIN §7). {@link #DECLARED_ONE_YEAR_BELOW_100K}: the OLD 1396/1400 rule, in cities
     * (and villages) under 100,000 people the voter or the dependants they support lived there for at
     * least the past year. The civil-registry SIMULATOR knows no residence, so under this rule the
     * staff record the voter's declaration, and a voter who does not declare it is refused.
     */
    public enum ResidenceRule { NONE, DECLARED_ONE_YEAR_BELOW_100K }

    /**
     * The by-election rule. {@link #ANY}: every eligible voter. {@link #OLD_SAME_CONSTITUENCY_OR_NONE}:
     * the OLD rule [S71], only voters who in the last general election voted in this constituency or
     * did not vote at all. Past participation comes from {@link PastParticipation}.
     */
    public enum ByElectionRule { ANY, OLD_SAME_CONSTITUENCY_OR_NONE }

    /** Where a voter voted in the last general election (a registry-side record; simulated in the demo). */
    public interface PastParticipation {
        /** The county where the voter voted last time, or empty if they did not vote. */
        Optional<String> lastGeneralElectionCounty(Person person);
    }

    public static final int RESIDENCE_THRESHOLD = 100_000; // OLD rule, DOMAIN §7

    public sealed interface Outcome {
        /** The voter may vote; {@code contests} are the contests they vote in. */
        record Eligible(Set<String> contests) implements Outcome {}

        record Refused(String code, String messageFa, String messageEn) implements Outcome {}
    }

    public static VoterEligibility defaults() {
        return new VoterEligibility(18, ResidenceRule.NONE, ByElectionRule.ANY, Set.of(StationPackage.ContestKind.MAJLIS_BY_ELECTION));
    }

    /**
     * @param person           what the civil registry returned (empty: unknown person)
     * @param declaredResident the staff recorded the voter's declaration of a year's residence
     */
    public Outcome check(Optional<Person> person, StationPackage pkg, boolean declaredResident, PastParticipation past) {
        if (person.isEmpty()) {
            return new Outcome.Refused("registry.unknown", "این کد ملی در ثبت احوال یافت نشد.",
                    "The civil registry has no person with this national code.");
        }
        Person p = person.get();
        if (!p.alive()) {
            return new Outcome.Refused("registry.deceased", "طبق ثبت احوال، دارندهٔ این کد ملی در قید حیات نیست.",
                    "The civil registry records the holder of this code as deceased.");
        }
        LocalDate latest = latestBirthDate(pkg.electionDay(), minimumAge);
        if (p.birthDate().isAfter(latest)) { // DOMAIN §8: full years on election day

            return new Outcome.Refused("eligibility.age",
                    "رأی‌دهنده باید در روز انتخابات " + PersianNumbers.digits(minimumAge) + " سال تمام داشته باشد (متولد "
                            + JalaliDate.of(latest).toPersianText() + " یا پیش از آن).",
                    "A voter must be " + minimumAge + " full years old on election day (born on or before " + latest + ").");
        }
        var contests = new LinkedHashSet<String>();
        String refusedFa = null, refusedEn = null;
        for (var c : pkg.contests()) {
            if (!c.byElection() && !residentEnough(pkg, declaredResident)) {
                refusedFa = "در شهر یا روستای زیر ۱۰۰٬۰۰۰ نفر، رأی‌دهندهٔ شورا باید دست‌کم یک سال گذشته ساکن آن‌جا بوده باشد (قاعدهٔ قدیمی، قابل تنظیم).";
                refusedEn = "In a city or village under 100,000 people a council voter must have lived there for the past year (OLD rule, configurable).";
                continue;
            }
            if (c.byElection() && byElectionKinds.contains(c.kind()) && !mayVoteInByElection(p, pkg, past)) {
                refusedFa = "در انتخابات میان‌دوره‌ای تنها کسانی رأی می‌دهند که در انتخابات عمومی گذشته در همین حوزه رأی داده یا رأی نداده‌اند (قاعدهٔ قدیمی، قابل تنظیم).";
                refusedEn = "In the by-election only those who voted in this constituency, or did not vote, in the last general election may vote (OLD rule, configurable).";
                continue;
            }
            contests.add(c.id());
        }
        if (contests.isEmpty()) return new Outcome.Refused("eligibility.constituency", refusedFa, refusedEn);
        return new Outcome.Eligible(contests);
    }

    /**
     * The last birth date that makes {@code age} full years on {@code day}, counted in the Jalali
     * calendar as Iranian law counts age (DOMAIN §8: for 1405, born on or before 11 Ordibehesht 1387,
     * i.e. 30 April 2008; a Gregorian count would say 1 May). A birthday on 30 Esfand that the target
     * year lacks falls back to 29 Esfand.
     */
    public static LocalDate latestBirthDate(LocalDate day, int age) {
        var j = JalaliDate.of(day);
        for (int d = j.day(); d >= 1; d--) {
            try {
                return new JalaliDate(j.year() - age, j.month(), d).toLocalDate();
            } catch (IllegalArgumentException noSuchDay) {
                // 30 Esfand in a common year
            }
        }
        throw new IllegalStateException("no date for " + j);
    }

    private boolean residentEnough(StationPackage pkg, boolean declaredResident) {
        if (residence == ResidenceRule.NONE) return true;
        boolean small = pkg.constituencyPopulation() > 0 && pkg.constituencyPopulation() < RESIDENCE_THRESHOLD;
        return !small || declaredResident;
    }

    private boolean mayVoteInByElection(Person p, StationPackage pkg, PastParticipation past) {
        if (byElection == ByElectionRule.ANY) return true;
        var where = past.lastGeneralElectionCounty(p);
        return where.isEmpty() || where.get().equals(pkg.countyId());
    }
}
