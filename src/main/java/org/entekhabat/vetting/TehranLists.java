package org.entekhabat.vetting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entekhabat.platform.DomainException;
import org.entekhabat.platform.PersianNumbers;

/**
 * The lists of a proportional (تناسبی) constituency, DOMAIN §5: after approval each candidate runs either
 * as an individual (منفرد) or as a member of exactly one list. Size limits are configurable: the source's
 * minimum was cut off. Immutable: {@link #register} returns a new value or refuses.
 *
 * @param approved   the finally approved candidates of the constituency
 * @param minMembers smallest list allowed
 * @param maxMembers largest list allowed (21 seats in Tehran)
 * @param lists      the lists registered so far
 */
public record TehranLists(Set<String> approved, int minMembers, int maxMembers, List<CandidateList> lists) {

    public TehranLists {
        approved = Set.copyOf(approved);
        lists = List.copyOf(lists);
        if (minMembers < 1 || maxMembers < minMembers) throw new IllegalArgumentException("bad list size limits");
    }

    public static TehranLists of(Set<String> approved, int minMembers, int maxMembers) {
        return new TehranLists(approved, minMembers, maxMembers, List.of());
    }

    public TehranLists register(CandidateList list) {
        if (list.title().isEmpty()) refuse("title", "عنوان فهرست را بنویسید.", "Give the list a title.");
        if (list.representative().isEmpty()) refuse("representative", "نمایندهٔ تام‌الاختیار حزب مشخص نیست.", "The party representative is missing.");
        if (lists.stream().anyMatch(l -> l.title().equals(list.title()))) {
            refuse("title-taken", "فهرستی با عنوان «" + list.title() + "» پیش‌تر ثبت شده است.", "A list with that title exists.");
        }
        int n = list.members().size();
        if (n < minMembers || n > maxMembers) {
            refuse("size", "تعداد اعضای فهرست باید بین " + PersianNumbers.digits(minMembers) + " و " + PersianNumbers.digits(maxMembers)
                    + " باشد؛ این فهرست " + PersianNumbers.digits(n) + " عضو دارد.",
                    "A list must have " + minMembers + ".." + maxMembers + " members; this one has " + n + ".");
        }
        if (new HashSet<>(list.members()).size() != n) refuse("duplicate-member", "نام یک نامزد دو بار در فهرست آمده است.", "A candidate appears twice.");
        for (String m : list.members()) {
            if (!approved.contains(m)) {
                refuse("not-approved", "«" + m + "» نامزد تأییدصلاحیت‌شدهٔ این حوزه نیست.", m + " is not an approved candidate here.");
            }
            lists.stream().filter(l -> l.members().contains(m)).findFirst().ifPresent(other -> refuse("already-listed",
                    "«" + m + "» پیش‌تر عضو فهرست «" + other.title() + "» است؛ هر نامزد فقط در یک فهرست.",
                    m + " is already on the list '" + other.title() + "'; a candidate may be on one list only."));
        }
        var all = new ArrayList<>(lists);
        all.add(list);
        return new TehranLists(approved, minMembers, maxMembers, all);
    }

    /** Approved candidates on no list: they run as individuals and are pooled as one bloc. */
    public Set<String> individuals() {
        var rest = new TreeSet<>(approved);
        lists.forEach(l -> l.members().forEach(rest::remove));
        return rest;
    }

    /** List codes by a public draw, starting above every candidate code so the two never collide. */
    public CodeDraw.Result drawListCodes(String constituencyId, String seed, int firstCode, CodeDraw.Result candidateCodes) {
        int highest = candidateCodes.codes().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (firstCode <= highest) {
            refuse("code-overlap", "کد فهرست‌ها باید بالاتر از کد نامزدها آغاز شود.", "List codes must start above the candidate codes.");
        }
        return CodeDraw.draw(constituencyId, lists.stream().map(CandidateList::title).toList(), seed, firstCode);
    }

    private static void refuse(String code, String fa, String en) {
        throw DomainException.badInput("tehran-list." + code, fa, en);
    }
}
