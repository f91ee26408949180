package org.entekhabat.drills.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Semaphore;
import org.entekhabat.drills.DrillPlan;
import org.entekhabat.drills.StationResult;
import org.entekhabat.polling.HeadlessStation;
import org.entekhabat.polling.HeadlessStation.Admission;
import org.entekhabat.polling.SignedStationReport;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.registry.CivilRegistrySimulator;

/**
 * One station's compressed election day, as its staff and voters would go through it: open with the
 * zero report; each voter authenticated (claim over signed HTTP) and voting on the terminal; when the
 * station's link is cut, a failed claim retried once, then the paper process (register lines, paper
 * ballots), the register uploaded when the link is back; close, paper counts entered twice, the signed
 * report sent until central answers. Times and problems are collected as it goes.
 */
final class StationDay {

    private static final int REPORT_ATTEMPTS = 8;

    private final DrillStations.Chosen chosen;
    private final HeadlessStation node;
    private final DrillPlan plan;
    private final int index;
    private final boolean linkFails;
    private final String centralUrl;
    private final String deadUrl;
    private final Semaphore permits;
    private final Tracker tracker;
    private final Random random;

    private final List<String> problems = new ArrayList<>();
    private final List<Double> claimMs = new ArrayList<>();
    private int voters, electronic, paper, refused, claimRetries, paperUploads, collisions, mismatches, reportAttempts;
    private long openMs, authNanos, voteNanos, paperNanos, closeMs, reportMs, paperSince;
    private long reconciliation;
    private String reportStatus = "NOT_SENT";
    private boolean linkUp = true;
    private boolean doubleVoterSent;

    StationDay(DrillStations.Chosen chosen, HeadlessStation node, DrillPlan plan, int index, boolean linkFails,
               String centralUrl, String deadUrl, Semaphore permits, Tracker tracker) {
        this.chosen = chosen;
        this.node = node;
        this.plan = plan;
        this.index = index;
        this.linkFails = linkFails;
        this.centralUrl = centralUrl;
        this.deadUrl = deadUrl;
        this.permits = permits;
        this.tracker = tracker;
        this.random = new Random(plan.seed() * 7919 + index);
    }

    StationResult run() {
        try {
            long t = System.nanoTime();
            node.open();
            openMs = ms(t);
            vote();
            close();
            report();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem("ERROR", "interrupted");
        } catch (RuntimeException e) {
            problem("ERROR", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return result();
    }

    // --- the day ---

    private void vote() throws InterruptedException {
        int m = plan.votersPerStation();
        int cutAt = linkFails ? m / 3 : -1, restoreAt = linkFails ? 2 * m / 3 : -1;
        long intervalNanos = plan.ratePerMinute() > 0 ? 60_000_000_000L / plan.ratePerMinute() : 0;
        long dayStart = System.nanoTime();
        for (int i = 0; i < m; i++) {
            if (intervalNanos > 0) sleepUntil(dayStart + i * intervalNanos);
            if (i == cutAt) { node.pointLinkAt(deadUrl); linkUp = false; }
            if (i == restoreAt) { node.pointLinkAt(centralUrl); linkUp = true; }
            if (node.paperMode() && linkUp) uploadRegister();
            permits.acquire();
            try {
                serve(i, voterCode(i));
            } finally {
                permits.release();
                tracker.votersDone.incrementAndGet();
            }
        }
        if (!linkUp) { node.pointLinkAt(centralUrl); linkUp = true; }
        for (int attempt = 0; node.paperMode() && attempt < 10; attempt++) {
            if (!uploadRegister()) Thread.sleep(100L << Math.min(attempt, 5));
        }
    }

    private String voterCode(int i) {
        if (linkFails && plan.doubleVoters() && !doubleVoterSent && node.paperMode()) {
            String elsewhere = tracker.claimedElsewhere(node.stationCode());
            if (elsewhere != null) {
                doubleVoterSent = true;
                return elsewhere;
            }
        }
        return CivilRegistrySimulator.codeFor(plan.seed() * 1_000_003L + (long) index * 100_003L + i).value();
    }

    private void serve(int i, String code) throws InterruptedException {
        voters++;
        long t = System.nanoTime();
        Admission a = node.admit(code);
        boolean retried = a instanceof Admission.Unreachable;
        if (a instanceof Admission.Unreachable u) {
            claimRetries++;
            problem("CLAIM_RETRY", "voter " + (i + 1) + ": " + u.message());
            Thread.sleep(50);
            a = node.admit(code);
            if (a instanceof Admission.Unreachable u2) {
                problem("LINK_DOWN", "voter " + (i + 1) + ": central unreachable twice; switched to the paper process");
                node.switchToPaper("drill: " + u2.message());
                paperSince = System.nanoTime();
                a = node.admit(code);
            }
        }
        authNanos += System.nanoTime() - t;
        switch (a) {
            case Admission.Electronic e -> {
                claimMs.add((System.nanoTime() - t) / 1e6);
                tracker.claims.incrementAndGet();
                tracker.rememberClaim(code, node.stationCode());
                long v = System.nanoTime();
                node.vote(e.shortCode(), choices(e.style()));
                voteNanos += System.nanoTime() - v;
                electronic++;
            }
            case Admission.Paper p -> {
                node.votePaper(choices(p.style()), p.style());
                paper++;
                tracker.paperVoters.incrementAndGet();
            }
            case Admission.Refused r -> {
                refused++;
                boolean central = r.code().startsWith("claim.") || r.code().equals("participation.already-voted");
                if (central && retried && r.messageEn() != null && r.messageEn().contains("station " + node.stationCode() + " ")) {
                    // the first claim timed out here but was recorded at central: the retry finds the voter "already voted" here
                    tracker.claims.incrementAndGet();
                    problem("CLAIM_ANSWER_LOST", "voter " + (i + 1) + ": the claim timed out, central had recorded it, the retry was refused: "
                            + r.messageEn());
                } else if (central) {
                    tracker.claims.incrementAndGet();
                    problem("CLAIM_REFUSED", "voter " + (i + 1) + " (" + r.status() + " " + r.code() + "): " + r.messageEn());
                }
            }
            case Admission.Unreachable u -> problem("ERROR", "voter " + (i + 1) + " not served: " + u.message());
        }
    }

    /** @return true when the register is uploaded and the station is back to electronic voting */
    private boolean uploadRegister() {
        paperUploads++;
        try {
            var r = node.uploadPaperRegister();
            if (r.collisions() > 0) {
                collisions += r.collisions();
                problem("PAPER_COLLISION", r.collisions() + " register line(s) already claimed at another station: sent to the anomaly queue");
            }
            node.backToElectronic();
            paperNanos += System.nanoTime() - paperSince;
            return true;
        } catch (HeadlessStation.LinkDown e) {
            problem("PAPER_UPLOAD_RETRY", e.getMessage());
            return false;
        }
    }

    private void close() {
        long t = System.nanoTime();
        boolean typo = node.counters().paperRegisterLines() > 0 && random.nextInt(4) == 0;
        mismatches = node.closeAndCountPaper(typo);
        if (mismatches > 0) problem("PAPER_COUNT_MISMATCH", "the two entries of the paper counts differed " + mismatches + " time(s); entered again");
        var counters = node.counters();
        reconciliation = counters.reconciliationDifference();
        if (reconciliation != 0) problem("RECONCILIATION", "authenticated " + counters.authenticated() + " ≠ electronic "
                + counters.electronicBallots() + " + paper " + counters.paperBallots());
        closeMs = ms(t);
        tracker.stationsClosed.incrementAndGet();
    }

    private void report() throws InterruptedException {
        long t = System.nanoTime();
        SignedStationReport signed = node.signReport();
        long backoff = 250;
        for (int attempt = 1; attempt <= REPORT_ATTEMPTS; attempt++) {
            reportAttempts = attempt;
            long sent = System.nanoTime();
            var answer = node.sendReport(signed);
            tracker.reportAnswered(sent, System.nanoTime());
            if (answer.accepted()) {
                reportStatus = answer.outcome();
                tracker.reportsAccepted.incrementAndGet();
                break;
            }
            if (answer.refusedForGood()) {
                reportStatus = "REFUSED";
                problem("REPORT_REFUSED", "HTTP 409: " + answer.detail());
                break;
            }
            problem("REPORT_RETRY", (answer.status() == 0 ? "unreachable" : "HTTP " + answer.status()) + ": " + answer.detail());
            Thread.sleep(backoff);
            backoff = Math.min(4000, backoff * 2);
        }
        if ("NOT_SENT".equals(reportStatus)) problem("REPORT_NOT_SENT", "no answer for good after " + REPORT_ATTEMPTS + " attempts");
        reportMs = ms(t);
    }

    /** A valid ballot for the style: up to N distinct codes per contest (a Tehran list now and then), sometimes blank. */
    private Map<String, List<String>> choices(String styleId) {
        var style = node.stationPackage().style(styleId).orElseThrow();
        var out = new HashMap<String, List<String>>();
        for (var c : style.contests()) out.put(c.id(), choose(c));
        return out;
    }

    private List<String> choose(StationPackage.Contest c) {
        if (random.nextInt(20) == 0 || c.candidates().isEmpty()) return List.of(); // blank (سفید)
        var codes = new LinkedHashSet<String>();
        if (c.listPr() && !c.lists().isEmpty() && random.nextBoolean()) {
            var list = c.lists().get(random.nextInt(c.lists().size()));
            if (list.memberCodes().size() <= c.maxChoices()) return List.of(list.code());
        }
        int k = 1 + random.nextInt(Math.min(c.maxChoices(), c.candidates().size()));
        while (codes.size() < k) codes.add(c.candidates().get(random.nextInt(c.candidates().size())).code());
        return List.copyOf(codes);
    }

    // --- bookkeeping ---

    private void problem(String kind, String detail) {
        if (problems.size() < 50) problems.add(kind + ": " + detail);
        else if (problems.size() == 50) problems.add("…: more problems not listed");
        tracker.problems.incrementAndGet();
    }

    private StationResult result() {
        var s = chosen.station();
        boolean accepted = "ACCEPTED".equals(reportStatus) || "DUPLICATE".equals(reportStatus);
        boolean failed = !accepted || problems.stream().anyMatch(p -> p.startsWith("ERROR"));
        String outcome = failed ? "FAILED" : problems.isEmpty() ? "OK" : "PROBLEMS";
        return new StationResult(s.code(), s.name(), s.countyId(), s.provinceId(), chosen.synthetic(), voters, electronic, paper,
                refused, claimRetries, paperUploads, collisions, mismatches, reconciliation, reportAttempts, reportStatus,
                openMs, authNanos / 1_000_000, voteNanos / 1_000_000, paperNanos / 1_000_000, closeMs, reportMs, p95(), outcome, problems);
    }

    private double p95() {
        if (claimMs.isEmpty()) return 0;
        var sorted = claimMs.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
}
