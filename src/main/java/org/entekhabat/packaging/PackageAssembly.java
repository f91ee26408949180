package org.entekhabat.packaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.entekhabat.election.ConstituencyKind;
import org.entekhabat.election.Contest;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.vetting.FinalList;

/**
 * Plain rules that turn the election's contests and the published final lists into a station package's
 * contests and ballot styles. No Spring, no I/O.
 */
public final class PackageAssembly {

    private PackageAssembly() {}

    /** One contest on the ballot: seats are the most a voter may choose (Tehran: 21, DOMAIN §5). */
    public static StationPackage.Contest contest(Contest c, FinalList list) {
        boolean listPr = c.kind() == ConstituencyKind.LIST_PR_COUNCIL;
        var candidates = list.candidates().stream()
                .map(k -> new StationPackage.Candidate(String.valueOf(k.code()), k.fullName().strip(), null)).toList();
        var lists = listPr ? list.lists().stream()
                .map(l -> new StationPackage.CandidateList(String.valueOf(l.code()), l.title(),
                        l.memberCodes().stream().map(String::valueOf).toList())).toList()
                : List.<StationPackage.CandidateList>of();
        return new StationPackage.Contest(c.id(), c.nameFa(), c.nameEn(), kind(c.kind()), c.seats(), listPr, candidates, lists);
    }

    public static StationPackage.ContestKind kind(ConstituencyKind k) {
        return switch (k) {
            case CITY_COUNCIL, LIST_PR_COUNCIL -> StationPackage.ContestKind.CITY_COUNCIL;
            case VILLAGE_COUNCIL -> StationPackage.ContestKind.VILLAGE_COUNCIL;
            case MAJLIS -> StationPackage.ContestKind.MAJLIS_BY_ELECTION;
            case EXPERTS -> StationPackage.ContestKind.EXPERTS_BY_ELECTION;
        };
    }

    /**
     * The full ballot and every ballot without some of its by-elections: a voter the by-election rule
     * refuses still votes in the council (DOMAIN §7), and the node picks the style whose contests are
     * exactly the voter's. The council contests are in every style; order is the election's ballot order.
     */
    public static List<StationPackage.BallotStyle> styles(List<StationPackage.Contest> contests) {
        var fixed = contests.stream().filter(c -> !c.byElection()).toList();
        var optional = contests.stream().filter(StationPackage.Contest::byElection).toList();
        var styles = new ArrayList<StationPackage.BallotStyle>();
        for (int mask = (1 << optional.size()) - 1; mask >= 0; mask--) {
            int m = mask;
            var chosen = contests.stream().filter(c -> fixed.contains(c) || (m & (1 << optional.indexOf(c))) != 0).toList();
            if (!chosen.isEmpty()) styles.add(new StationPackage.BallotStyle(styleId(chosen), chosen));
        }
        return styles;
    }

    /** The contest ids joined by '_' (a package id allows no '+'), or a digest when that is too long. */
    static String styleId(List<StationPackage.Contest> contests) {
        String id = String.join("_", contests.stream().map(StationPackage.Contest::id).toList());
        if (id.length() <= 64) return id;
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "S-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
