package org.entekhabat.polling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entekhabat.polling.internal.CanonicalJson;
import org.entekhabat.polling.internal.JournalFrames;

/**
 * Verifies a station journal with nothing but the file and the device's public key, so anyone can
 * run it offline on a published journal: every frame's CRC, the sequence (1, 2, 3 … no gaps), the
 * hash chain, every hash and every Ed25519 signature, and that the first entry is the GENESIS of
 * this key. An incomplete last record (a crash mid-append) is returned as a {@link TornTail}; any
 * other failure throws {@link JournalCorruptedException} naming the record.
 */
public final class JournalVerifier {

    private JournalVerifier() {}

    /**
     * @param entries     every verified entry, in order
     * @param validLength bytes of whole, verified records (where a torn tail starts)
     * @param tornTail    the incomplete last record, if any
     */
    public record Result(List<JournalEntry> entries, long validLength, Optional<TornTail> tornTail) {

        public Result {
            entries = List.copyOf(entries);
        }

        public byte[] lastHash() {
            return entries.isEmpty() ? new byte[JournalFrames.HASH] : entries.getLast().hash();
        }

        public long count(EventType type) {
            return entries.stream().filter(e -> e.is(type)).count();
        }
    }

    public static Result verify(Path journal, PublicKey key) {
        try {
            return verify(Files.readAllBytes(journal), key);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + journal, e);
        }
    }

    public static Result verify(byte[] file, PublicKey key) {
        var entries = new ArrayList<JournalEntry>();
        byte[] prevHash = new byte[JournalFrames.HASH];
        int offset = 0;
        while (offset < file.length) {
            long seq = entries.size() + 1;
            var parsed = JournalFrames.parse(file, offset);
            if (parsed instanceof JournalFrames.Parsed.Bad bad) {
                if (JournalFrames.validFrameAfter(file, offset + 1)) {
                    throw new JournalCorruptedException(seq, offset, bad.reason() + ", and whole records follow it");
                }
                byte[] tail = Arrays.copyOfRange(file, offset, file.length);
                var torn = new TornTail(offset, tail.length, HexFormat.of().formatHex(JournalFrames.sha256(tail)), bad.reason());
                return new Result(entries, offset, Optional.of(torn));
            }
            var frame = (JournalFrames.Parsed.Frame) parsed;
            var entry = decode(frame.body(), offset, seq);
            check(entry, seq, prevHash, key, frame.body());
            if (seq == 1) checkGenesis(entry, key);
            entries.add(entry);
            prevHash = entry.hash();
            offset += frame.length();
        }
        return new Result(entries, offset, Optional.empty());
    }

    private static JournalEntry decode(byte[] body, long offset, long expectedSeq) {
        try {
            var buf = ByteBuffer.wrap(body);
            long seq = buf.getLong();
            long time = buf.getLong();
            byte[] type = new byte[Short.toUnsignedInt(buf.getShort())];
            buf.get(type);
            int payloadLength = buf.getInt();
            if (payloadLength < 0 || payloadLength != buf.remaining() - 2 * JournalFrames.HASH - JournalFrames.SIGNATURE) {
                throw new IllegalArgumentException("payload length " + payloadLength + " does not fit the record");
            }
            byte[] payload = new byte[payloadLength];
            buf.get(payload);
            byte[] prev = new byte[JournalFrames.HASH];
            byte[] hash = new byte[JournalFrames.HASH];
            byte[] sig = new byte[JournalFrames.SIGNATURE];
            buf.get(prev).get(hash).get(sig);
            Map<String, String> map = CanonicalJson.read(new String(payload, StandardCharsets.UTF_8));
            return new JournalEntry(seq, Instant.ofEpochMilli(time), new String(type, StandardCharsets.UTF_8),
                    map, prev, hash, sig, offset);
        } catch (RuntimeException e) {
            throw new JournalCorruptedException(expectedSeq, offset, "record body is malformed: " + e.getMessage());
        }
    }

    private static void check(JournalEntry e, long seq, byte[] prevHash, PublicKey key, byte[] body) {
        if (e.seq() != seq) {
            throw new JournalCorruptedException(seq, e.offset(), "sequence number is " + e.seq() + ", expected " + seq);
        }
        if (!Arrays.equals(e.prevHash(), prevHash)) {
            throw new JournalCorruptedException(seq, e.offset(), "previous-hash link does not match the record before it");
        }
        int hashedLength = body.length - JournalFrames.HASH - JournalFrames.SIGNATURE;
        byte[] hash = JournalFrames.sha256(Arrays.copyOf(body, hashedLength));
        if (!Arrays.equals(hash, e.hash())) {
            throw new JournalCorruptedException(seq, e.offset(), "hash does not match the record's contents");
        }
        if (!DeviceKeys.verify(key, e.hash(), e.signature())) {
            throw new JournalCorruptedException(seq, e.offset(), "device signature is not valid");
        }
    }

    private static void checkGenesis(JournalEntry e, PublicKey key) {
        if (!e.is(EventType.GENESIS)) {
            throw new JournalCorruptedException(1, e.offset(), "first record is " + e.type() + ", not GENESIS");
        }
        if (!DeviceKeys.fingerprint(key).equals(e.get("keySha256"))) {
            throw new JournalCorruptedException(1, e.offset(), "GENESIS names another device key");
        }
    }
}
