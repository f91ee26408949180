package org.entekhabat.vetting;

import java.util.List;

/**
 * A Tehran list (فهرست انتخاباتی), registered by a party's plenipotentiary representative (regulation
 * Art. 9, DOMAIN §5).
 *
 * @param title          the list's title
 * @param representative who registered it
 * @param members        approved candidates' ids, in the list's order
 */
public record CandidateList(String title, String representative, List<String> members) {

    public CandidateList {
        title = title == null ? "" : title.strip();
        representative = representative == null ? "" : representative.strip();
        members = members == null ? List.of() : List.copyOf(members);
    }
}
