package org.entekhabat.drills;

import java.util.ArrayList;
import java.util.List;
import org.entekhabat.platform.DomainException;

/**
 * What a drill rehearses: where (a province and/or county; none = the whole registry), how many
 * stations and voters per station, how fast voters arrive, and whether the link to central fails.
 *
 * @param ratePerMinute    voters per minute at each station (a real station takes about 2); 0 = as fast as the machine goes
 * @param linkFailure      cut the link of {@code linkFailureShare} percent of the stations (at least one) for the
 *                         middle third of their voters: they switch to paper and upload the register afterwards
 * @param parallel         voters processed at the same time across all stations (bounds CPU and disk contention)
 * @param doubleVoters     at each link-failure station one paper voter has already voted elsewhere (collision → anomaly queue)
 * @param seed             voters, choices and typos are drawn from it: the same seed gives the same drill
 * @param nodeDir          where the nodes' directories go (null = a temporary directory; /dev/shm makes fsync cheap)
 */
public record DrillPlan(String provinceId, String countyId, int stations, int votersPerStation, int ratePerMinute,
                        boolean linkFailure, int linkFailureShare, int parallel, boolean doubleVoters, long seed,
                        String nodeDir) {

    public static final int MAX_STATIONS = 2000;
    public static final int MAX_VOTERS = 5000;

    public DrillPlan {
        provinceId = blankToNull(provinceId);
        countyId = blankToNull(countyId);
        nodeDir = blankToNull(nodeDir);
    }

    /** A plan with the usual defaults: 20% link failures when asked, 16 in parallel. */
    public static DrillPlan of(String provinceId, String countyId, int stations, int voters, int rate, boolean linkFailure) {
        return new DrillPlan(provinceId, countyId, stations, voters, rate, linkFailure, 20, 16, false, System.nanoTime(), null);
    }

    /** Everything wrong with the plan, in English (empty when it can run). */
    public List<String> problems() {
        var out = new ArrayList<String>();
        if (stations < 1 || stations > MAX_STATIONS) out.add("stations must be 1.." + MAX_STATIONS);
        if (votersPerStation < 1 || votersPerStation > MAX_VOTERS) out.add("voters per station must be 1.." + MAX_VOTERS);
        if (ratePerMinute < 0 || ratePerMinute > 6000) out.add("rate must be 0..6000 voters per minute per station");
        if (linkFailureShare < 1 || linkFailureShare > 100) out.add("link failure share must be 1..100 percent");
        if (parallel < 1 || parallel > 256) out.add("parallel must be 1..256");
        if (provinceId != null && !provinceId.matches("\\d{3}")) out.add("province id must be 3 digits");
        if (countyId != null && !countyId.matches("\\d{7,8}")) out.add("county id must be 7 or 8 digits");
        if (provinceId != null && countyId != null && !countyId.startsWith(provinceId)) out.add("the county is not in the province");
        if (linkFailure && votersPerStation < 3) out.add("a link failure needs at least 3 voters per station");
        return out;
    }

    public void requireValid() {
        var problems = problems();
        if (!problems.isEmpty()) {
            throw DomainException.badInput("drill.plan", "برنامهٔ مانور نادرست است: " + String.join("؛ ", problems),
                    "The drill plan is not valid: " + String.join("; ", problems));
        }
    }

    public long voters() {
        return (long) stations * votersPerStation;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
