package org.entekhabat.stations;

/**
 * What a station's node reports after a link test: how many round trips to central it tried, how
 * many were lost, and the round-trip times (ms) of the ones that came back (null if none did).
 */
public record LinkTestReport(int samples, int lost, Double minMs, Double avgMs, Double maxMs) {

    public java.util.List<String> problems() {
        var out = new java.util.ArrayList<String>();
        if (samples < 1 || samples > 1000) out.add("samples must be 1..1000");
        if (lost < 0 || lost > samples) out.add("lost must be 0..samples");
        boolean anyBack = lost < samples;
        if (anyBack && (minMs == null || avgMs == null || maxMs == null)) out.add("times are required when a round trip succeeded");
        if (anyBack && minMs != null && avgMs != null && maxMs != null
                && (minMs < 0 || minMs > avgMs || avgMs > maxMs)) out.add("times must satisfy 0 <= min <= avg <= max");
        return out;
    }
}
