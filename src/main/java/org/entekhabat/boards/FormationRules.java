package org.entekhabat.boards;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entekhabat.platform.DomainException;
import org.entekhabat.platform.PersianNumbers;

/**
 * The rules of forming an executive board (DOMAIN §3 [S17][S18]): the chair names exactly 30 distinct
 * nominees; each nominee casts one recorded ballot naming at most 8 (county) distinct nominees; the board
 * is complete once every ex officio seat and every trusted seat is filled.
 */
public final class FormationRules {

    private FormationRules() {}

    /** DOMAIN §3: "chosen by vote from 30 people nominated by the governor". */
    public static void checkNominees(List<String> nominees, Composition c) {
        if (nominees == null || nominees.size() != c.nominees()) {
            throw bad("nominee-count", "تعداد نامزدهای عضویت معتمد باید دقیقاً " + fa(c.nominees()) + " نفر باشد؛ "
                            + fa(nominees == null ? 0 : nominees.size()) + " نفر معرفی شده است.",
                    "Exactly " + c.nominees() + " nominees are required; " + (nominees == null ? 0 : nominees.size()) + " were named.");
        }
        if (new HashSet<>(nominees).size() != nominees.size()) {
            throw bad("nominee-duplicate", "نام یک نامزد دو بار آمده است.", "A nominee is named twice.");
        }
    }

    /**
     * One nominee's ballot: the voter is a nominee who has not voted yet, the names are distinct nominees,
     * and there are at most {@code maxNames} of them (none at all is a blank ballot, allowed).
     */
    public static void checkBallot(String voter, List<String> names, Set<String> nominees, Collection<String> alreadyVoted,
                                   Composition c) {
        if (!nominees.contains(voter)) {
            throw bad("voter-not-nominee", "«" + voter + "» از نامزدهای معرفی‌شده نیست و حق رأی در این انتخاب را ندارد.",
                    "'" + voter + "' is not a nominee and may not vote in this ballot.");
        }
        if (alreadyVoted.contains(voter)) {
            throw conflict("already-voted", "رأی «" + voter + "» پیش‌تر ثبت شده است.", "'" + voter + "' has already voted.");
        }
        if (names.size() > c.maxNames()) {
            throw bad("too-many-names", "هر رأی‌دهنده حداکثر " + fa(c.maxNames()) + " نام می‌نویسد؛ این برگه "
                            + fa(names.size()) + " نام دارد.",
                    "Each voter names at most " + c.maxNames() + "; this ballot names " + names.size() + ".");
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw bad("name-twice", "یک نام دو بار در برگه آمده است.", "A name appears twice on the ballot.");
        }
        for (String n : names) {
            if (!nominees.contains(n)) {
                throw bad("name-not-nominee", "«" + n + "» از نامزدهای معرفی‌شده نیست.", "'" + n + "' is not a nominee.");
            }
        }
    }

    /** Seats filled so far against the composition; complete when ex officio and trusted seats are full. */
    public record Completeness(int exOfficio, int trusted, int alternates, Composition composition) {
        public boolean complete() {
            return exOfficio == composition.exOfficio() && trusted == composition.trusted();
        }
    }

    public static Completeness completeness(Composition c, Map<SeatKind, Integer> seated) {
        return new Completeness(seated.getOrDefault(SeatKind.EX_OFFICIO, 0), seated.getOrDefault(SeatKind.TRUSTED, 0),
                seated.getOrDefault(SeatKind.ALTERNATE, 0), c);
    }

    /** One more ex officio seat must still be free. */
    public static void checkExOfficioSeat(Composition c, int alreadySeated) {
        if (alreadySeated >= c.exOfficio()) {
            throw conflict("ex-officio-full", "همهٔ " + fa(c.exOfficio()) + " کرسی اعضای حقوقی پر شده است.",
                    "All " + c.exOfficio() + " ex officio seats are filled.");
        }
    }

    static String fa(long n) {
        return PersianNumbers.digits(Long.toString(n));
    }

    static DomainException bad(String code, String fa, String en) {
        return DomainException.badInput("boards." + code, fa, en);
    }

    static DomainException conflict(String code, String fa, String en) {
        return DomainException.conflict("boards." + code, fa, en);
    }
}
