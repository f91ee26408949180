package org.entekhabat.polling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A station's closing report (صورتجلسه شعبه), like Brazil's boletim de urna: the station's totals per
 * contest, the reconciliation of authenticated voters against ballots, and the head of the station's
 * journal. Signed by the station device and published so that anyone can re-total.
 *
 * @param electronicBallots ballots cast on the voting terminal (from the sealed ballot box)
 * @param paperBallots      ballots cast on paper after the switch, as entered twice at close
 * @param reconciliationNote why authenticated ≠ electronic + paper, if it differs (empty otherwise)
 * @param journalHead       hash of the last journal entry when the report was made
 */
public record StationReport(String electionId, String stationCode, String deviceId,
                            Instant openedAt, Instant closedAt,
                            long authenticated, long electronicBallots, long paperBallots,
                            String reconciliationNote, String journalHead,
                            List<ContestCount> contests) {

    public StationReport {
        Objects.requireNonNull(electionId);
        Objects.requireNonNull(stationCode);
        Objects.requireNonNull(deviceId);
        reconciliationNote = reconciliationNote == null ? "" : reconciliationNote;
        journalHead = journalHead == null ? "" : journalHead;
        contests = contests.stream().sorted(java.util.Comparator.comparing(ContestCount::contestId)).toList();
    }

    /** authenticated = electronic + paper, or the difference is explained. */
    public boolean reconciled() {
        return authenticated == electronicBallots + paperBallots || !reconciliationNote.isBlank();
    }

    /**
     * One contest's totals at this station. {@code candidateVotes} are each candidate's personal votes,
     * {@code listVotes} the ballots that named a list code (Tehran), counted once per list.
     */
    public record ContestCount(String contestId, long ballots, long blank, long invalid,
                               SortedMap<String, Long> candidateVotes, SortedMap<String, Long> listVotes) {

        public ContestCount {
            Objects.requireNonNull(contestId);
            candidateVotes = new TreeMap<>(candidateVotes == null ? java.util.Map.of() : candidateVotes);
            listVotes = new TreeMap<>(listVotes == null ? java.util.Map.of() : listVotes);
        }
    }
}
