package org.entekhabat.polling;

import java.util.List;
import java.util.Map;

/**
 * A station node without its pages: the same core as {@code station serve} (journal, sealed box,
 * paper register, double entry, signed report, signed HTTP to central), driven by a program
 * instead of staff and voters at terminals. Drills (مانور) and load tests use it to run many
 * stations in one process. Created by {@link StationNodes#headless}. Not thread-safe per station:
 * one thread drives one station, as one set of staff runs one room.
 */
public interface HeadlessStation extends AutoCloseable {

    String stationCode();

    StationPackage stationPackage();

    /** The node's two devices, for central's device registry. */
    List<StationNodes.DeviceToRegister> devices();

    /** A staff member signs in and opens: OPEN, then the signed zero report. */
    SignedStationReport open();

    /**
     * The authentication terminal: documents, eligibility, fingerprint, then the claim at central
     * (or, in paper mode, a line in the manual register). Never throws for a refusal: says why.
     */
    Admission admit(String nationalCode);

    /** The voting terminal: the card's code, then each contest's codes through the entry rules, then the cast. */
    void vote(String shortCode, Map<String, List<String>> choices);

    /** A paper ballot into the (simulated) paper box; counted by hand at close. */
    void votePaper(Map<String, List<String>> choices, String style);

    /** Staff confirm the switch to the paper process (central unreachable). */
    void switchToPaper(String reason);

    boolean paperMode();

    /** Uploads the manual register when the link is back. @throws LinkDown when central still cannot be reached */
    PaperUpload uploadPaperRegister();

    /** Back to electronic voting (only after the register is uploaded). */
    void backToElectronic();

    /** Where the node's link points; a cut fibre is simulated by pointing it where nothing listens (not journaled). */
    void pointLinkAt(String url);

    /**
     * Closes the polls and, when paper was used, two staff members enter the paper counts; with
     * {@code typoInFirstPair} the second person mistypes once, the mismatch is journaled and both enter again.
     *
     * @return how many double entries disagreed before the counts were agreed
     */
    int closeAndCountPaper(boolean typoInFirstPair);

    /** The closing report, reconciled (a note is written when authenticated ≠ ballots), signed and journaled. */
    SignedStationReport signReport();

    /** One attempt to send the closing report; the outcome is journaled when central answers for good. */
    ReportAnswer sendReport(SignedStationReport report);

    /** Counters from the journal and the register. */
    Counters counters();

    /** The result of the authentication terminal. */
    sealed interface Admission {
        /** Claimed at central: the voter gets an e-ballot card with this short code. */
        record Electronic(String shortCode, String style) implements Admission {}

        /** Paper process: line {@code n} of the manual register. */
        record Paper(int n, String style) implements Admission {}

        /** Refused here (ineligible, unknown person) or at central (already voted, bad request). */
        record Refused(int status, String code, String messageEn) implements Admission {}

        /** Central could not be reached (connection refused, timeout, 5xx): the paper process may take over. */
        record Unreachable(String message) implements Admission {}
    }

    record PaperUpload(int lines, int recorded, int alreadyRecorded, int collisions) {}

    /** Central's answer to a report: status 0 when it could not be reached. */
    record ReportAnswer(int status, String outcome, String detail) {
        public boolean accepted() {
            return status == 200 || status == 201;
        }

        public boolean refusedForGood() {
            return status == 409;
        }
    }

    /** @param reconciliationDifference authenticated − (electronic + paper ballots), as the report states them */
    record Counters(long authenticated, long electronicBallots, int paperRegisterLines, long paperBallots,
                    long reconciliationDifference) {}

    /** Central still unreachable. */
    final class LinkDown extends RuntimeException {
        public LinkDown(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    void close();
}
