package org.entekhabat.election.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.entekhabat.election.ConstituencyKind;
import org.entekhabat.election.Contest;
import org.entekhabat.election.ElectionCheck;
import org.entekhabat.geography.Geography;
import org.entekhabat.platform.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads, checks and stores an election file: all or nothing. */
@Component
public class ElectionLoader {

    private final Geography geography;
    private final ElectionStore store;
    private final ApplicationEventPublisher events;

    ElectionLoader(Geography geography, ElectionStore store, ApplicationEventPublisher events) {
        this.geography = geography;
        this.store = store;
        this.events = events;
    }

    public ElectionCheck check(String yaml, String source) {
        var problems = new Problems();
        var plan = plan(yaml, problems);
        if (plan == null) return new ElectionCheck(source, null, problems.list(), Map.of(), 0);
        return new ElectionCheck(source, plan.file().id(), List.of(), counts(plan.contests()), plan.ballotStyles().size());
    }

    /** Replaces the election of the same id and makes it the current one; nothing is written on an error. */
    @Transactional
    public ElectionCheck load(String yaml, String source, String actor) {
        var problems = new Problems();
        var plan = plan(yaml, problems);
        problems.throwIfAny(source);
        store.save(plan);
        var counts = counts(plan.contests());
        events.publishEvent(new AuditEvent(actor, "election.loaded", "election:" + plan.file().id(), "election file " + source,
                Map.of("contests", counts.toString(), "ballotStyles", plan.ballotStyles().size())));
        return new ElectionCheck(source, plan.file().id(), List.of(), counts, plan.ballotStyles().size());
    }

    private ElectionPlan plan(String yaml, Problems problems) {
        var file = ElectionFileParser.parse(yaml, problems);
        if (file == null) return null; // divisions are checked too, so one run lists every error
        if (!geography.imported()) {
            problems.add("", "the divisions are not imported: run `entekhabat import divisions` first");
            return null;
        }
        return ElectionPlanner.plan(file, yaml, Divisions.of(geography), problems);
    }

    private static Map<ConstituencyKind, Integer> counts(List<Contest> contests) {
        var counts = new EnumMap<ConstituencyKind, Integer>(ConstituencyKind.class);
        for (var k : ConstituencyKind.values()) counts.put(k, 0);
        contests.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

}
