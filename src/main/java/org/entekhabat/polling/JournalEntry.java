package org.entekhabat.polling;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * One record of the station journal, as read back and verified.
 *
 * @param seq       1, 2, 3 … without gaps
 * @param time      the device clock when it was appended (millisecond precision)
 * @param type      an {@link EventType} name
 * @param payload   the facts (flat map, stored as canonical JSON); never ballot contents or national codes
 * @param prevHash  the previous entry's hash (32 zero bytes for the first)
 * @param hash      SHA-256 of (seq, time, type, payload, prevHash) in the framed binary form
 * @param signature the device's Ed25519 signature of {@code hash}
 * @param offset    byte offset of the record's frame in the file
 */
public record JournalEntry(long seq, Instant time, String type, Map<String, String> payload,
                           byte[] prevHash, byte[] hash, byte[] signature, long offset) {

    public JournalEntry {
        payload = Map.copyOf(payload);
    }

    public boolean is(EventType t) {
        return t.name().equals(type);
    }

    public String hashHex() {
        return HexFormat.of().formatHex(hash);
    }

    public String get(String key) {
        return payload.get(key);
    }

    @Override
    public String toString() {
        return "#" + seq + " " + time + " " + type + " " + payload;
    }
}
