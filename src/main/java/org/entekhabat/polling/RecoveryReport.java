package org.entekhabat.polling;

import java.util.List;

/**
 * What opening the station found and did. Empty when the last run ended cleanly.
 *
 * @param actions   what recovery did, in words (journal entries were appended for each)
 * @param anomalies what it could NOT explain by a crash; a station with anomalies refuses ballots
 */
public record RecoveryReport(List<String> actions, List<String> anomalies) {

    public RecoveryReport {
        actions = List.copyOf(actions);
        anomalies = List.copyOf(anomalies);
    }

    public static RecoveryReport clean() {
        return new RecoveryReport(List.of(), List.of());
    }

    public boolean isClean() {
        return actions.isEmpty() && anomalies.isEmpty();
    }

    public RecoveryReport plus(RecoveryReport other) {
        var a = new java.util.ArrayList<>(actions);
        a.addAll(other.actions);
        var b = new java.util.ArrayList<>(anomalies);
        b.addAll(other.anomalies);
        return new RecoveryReport(a, b);
    }
}
