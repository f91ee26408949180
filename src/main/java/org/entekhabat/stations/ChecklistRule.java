package org.entekhabat.stations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * When is a station's infrastructure checklist complete, and when is the station database
 * FINALISED (بانک اطلاعاتی شعب نهایی شده)? Seeds 002/004: a checklist of deficiencies in the
 * communication and electronic infrastructure goes to the provincial HQ so problems are fixed
 * before the day; the database is finalised once that is done. The rule (DOMAIN.md §7):
 * <ol>
 *   <li>the link is declared and its latest test, on that same link, passed the policy;</li>
 *   <li>power was checked: grid ok, and (if the policy asks) a UPS or generator ok;</li>
 *   <li>the station has both devices (authentication, vote recording), and each device's latest
 *       self-test passed;</li>
 *   <li>no deficiency is OPEN or IN_PROGRESS.</li>
 * </ol>
 * The database is finalised when it has at least one station and every station is complete.
 */
public final class ChecklistRule {

    private ChecklistRule() {}

    public static List<Blocker> blockers(StationChecklist c, ChecklistPolicy policy) {
        var out = new ArrayList<Blocker>();
        linkBlockers(c, policy, out);
        powerBlockers(c, policy, out);
        deviceBlockers(c, out);
        for (Deficiency d : c.deficiencies()) {
            if (d.blocks()) out.add(new Blocker(BlockerCode.DEFICIENCY_OPEN, "#" + d.id() + " " + d.description()));
        }
        return out;
    }

    public static boolean complete(StationChecklist c, ChecklistPolicy policy) {
        return blockers(c, policy).isEmpty();
    }

    /** The station database counts as finalised only when every checklist is complete. */
    public static boolean databaseFinalised(Collection<StationChecklist> all, ChecklistPolicy policy) {
        return !all.isEmpty() && all.stream().allMatch(c -> complete(c, policy));
    }

    private static void linkBlockers(StationChecklist c, ChecklistPolicy policy, List<Blocker> out) {
        LinkType link = c.station().link();
        if (link == null) {
            out.add(Blocker.of(BlockerCode.NO_LINK));
            return;
        }
        var test = c.latestLinkTest().filter(t -> t.linkType() == link);
        if (test.isEmpty()) {
            out.add(Blocker.of(BlockerCode.LINK_NOT_TESTED));
        } else if (!passes(test.get(), policy)) {
            out.add(Blocker.of(BlockerCode.LINK_TEST_FAILED));
        }
    }

    public static boolean passes(LinkTest t, ChecklistPolicy policy) {
        return t.lost() < t.samples() && t.lossAtMost(policy.maxLossPercent())
                && t.avgMs() != null && t.avgMs() <= policy.maxAvgLatencyMs();
    }

    private static void powerBlockers(StationChecklist c, ChecklistPolicy policy, List<Blocker> out) {
        if (c.power().isEmpty()) {
            out.add(Blocker.of(BlockerCode.POWER_NOT_CHECKED));
            return;
        }
        PowerCheck p = c.power().get();
        boolean backup = p.upsOk() || p.generatorOk();
        if (!p.gridOk() || (policy.requirePowerBackup() && !backup)) out.add(Blocker.of(BlockerCode.POWER_INSUFFICIENT));
    }

    private static void deviceBlockers(StationChecklist c, List<Blocker> out) {
        for (DeviceType type : DeviceType.values()) {
            if (!c.station().has(type)) out.add(new Blocker(BlockerCode.DEVICE_MISSING, type.name()));
        }
        for (Device d : c.station().devices()) {
            DeviceSelfTest t = c.latestDeviceTests().get(d.id());
            if (t == null) out.add(new Blocker(BlockerCode.DEVICE_NOT_TESTED, d.id()));
            else if (!t.passed()) out.add(new Blocker(BlockerCode.DEVICE_TEST_FAILED, d.id()));
        }
    }
}
