package org.entekhabat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entekhabat.verifier.Finding;
import org.entekhabat.verifier.RecordVerifier;
import org.entekhabat.verifier.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anyone's check of a published results record: signatures, hash chains, and every total and seat
 * recomputed from the signed station reports. No server, no database. Exit 0: all checks; 1: mismatches.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-check a published results record (from 'results export'): every signature, hash chain, total and seat.")
class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "directory of the published record")
    Path dir;

    @Option(names = "--json", description = "print the summary and every finding as JSON")
    boolean json;

    @Option(names = "--max-findings", defaultValue = "200", description = "findings to print (default: ${DEFAULT-VALUE}); all are counted")
    int maxFindings;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            System.err.println("entekhabat verify: " + dir + " is not a directory");
            return 2;
        }
        VerificationReport r = RecordVerifier.verify(dir);
        if (json) {
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(r));
        } else {
            print(r);
        }
        return r.ok() ? 0 : 1;
    }

    private void print(VerificationReport r) {
        System.out.println("Published record " + dir + ", version " + r.version());
        System.out.printf("  station reports: %d (signatures checked: %d)%n", r.stationReports(), r.signaturesChecked());
        System.out.printf("  contests: %d; totals checked: %d; regional sums: %d; seats: %d%n",
                r.contests(), r.totalsChecked(), r.regionsChecked(), r.seatsChecked());
        if (r.ok()) {
            System.out.println("OK: every signature, hash chain, total and seat checks.");
            return;
        }
        System.out.println("MISMATCH: " + r.findings().size() + " finding(s)");
        r.findings().stream().limit(maxFindings).map(Finding::toString).forEach(f -> System.out.println("  " + f));
        if (r.findings().size() > maxFindings) System.out.println("  … and " + (r.findings().size() - maxFindings) + " more");
    }
}
