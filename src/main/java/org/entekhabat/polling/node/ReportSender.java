package org.entekhabat.polling.node;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entekhabat.polling.SignedStationReport;

/**
 * Sends signed closing reports to central until central answers for good, with exponential
 * backoff (1 s, 2 s, 4 s … at most 60 s). Pending sends are the journal's REPORT_SIGNED entries
 * without a REPORT_SENT or REPORT_REFUSED, so a restarted node carries on where it stopped.
 * 200/201: accepted (the same report twice is harmless at central); 409: central holds another
 * report for this station, refused for good; anything else: try again later.
 */
public class ReportSender implements AutoCloseable {

    public record Attempt(int attempts, Instant next, String lastError) {}

    private static final System.Logger LOG = System.getLogger(ReportSender.class.getName());
    private final StationNode node;
    private final Map<String, Attempt> attempts = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    public ReportSender(StationNode node) {
        this.node = node;
        this.thread = Thread.ofVirtual().name("report-sender").start(this::loop);
    }

    public Attempt attempt(String hash) {
        return attempts.get(hash);
    }

    /** Try now (staff pressed "send again", or the link came back). */
    public void nudge() {
        attempts.replaceAll((h, a) -> new Attempt(a.attempts(), Instant.EPOCH, a.lastError()));
    }

    private void loop() {
        while (running) {
            try {
                for (var report : node.pendingReports()) maybeSend(report);
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "report sender: " + e.getMessage());
            }
        }
    }

    private void maybeSend(SignedStationReport report) {
        String hash = report.hash();
        var a = attempts.getOrDefault(hash, new Attempt(0, Instant.EPOCH, null));
        if (node.clock().instant().isBefore(a.next())) return;
        try {
            var response = node.link().sendReport(report);
            int status = response.statusCode();
            if (status == 200 || status == 201) {
                node.reportSent(hash, status, status == 201 ? "ACCEPTED" : "DUPLICATE");
                attempts.remove(hash);
                return;
            }
            if (status == 409) {
                node.reportRefused(hash, status, String.valueOf(CentralLink.problem(response).messageEn()));
                attempts.remove(hash);
                return;
            }
            retry(hash, a, "HTTP " + status + ": " + CentralLink.problem(response).messageEn());
        } catch (CentralLink.Unreachable e) {
            retry(hash, a, e.getMessage());
        }
    }

    private void retry(String hash, Attempt a, String error) {
        long delay = Math.min(60, 1L << Math.min(a.attempts(), 6));
        attempts.put(hash, new Attempt(a.attempts() + 1, node.clock().instant().plus(Duration.ofSeconds(delay)), error));
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
