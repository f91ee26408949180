package org.entekhabat.polling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entekhabat.polling.internal.CanonicalJson;
import org.entekhabat.polling.internal.JournalFrames;

/**
 * The station's append-only journal on local disk: hash-chained, every record signed by the device
 * key. {@link #append} returns only after the record is written and {@code force(true)}'d: its
 * return IS the acknowledgement.
 *
 * <p>Opening verifies the whole file ({@link JournalVerifier}). A torn tail (a crash mid-append) is
 * copied to a side file {@code <journal>.torn-<offset>}, cut off, and a RECOVERY entry saying what
 * was cut is appended: never silently accepted. Anything else wrong throws
 * {@link JournalCorruptedException} and the journal does not open.
 */
public final class StationJournal implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(StationJournal.class.getName());
    private static final String TORN_SUFFIX = ".torn-";

    private final Path file;
    private final DeviceKeys keys;
    private final Clock clock;
    private final FileChannel channel;
    private final List<JournalEntry> entries;
    private byte[] lastHash;
    private long position;
    private boolean failed;
    private RecoveryReport recovery = RecoveryReport.clean();

    private StationJournal(Path file, DeviceKeys keys, Clock clock, FileChannel channel,
                           List<JournalEntry> entries, byte[] lastHash, long position) {
        this.file = file;
        this.keys = keys;
        this.clock = clock;
        this.channel = channel;
        this.entries = entries;
        this.lastHash = lastHash;
        this.position = position;
    }

    /** Creates the journal (with its GENESIS entry) or opens, verifies and recovers an existing one. */
    public static StationJournal open(Path file, DeviceKeys keys, Clock clock) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            if (!Files.exists(file)) return create(file, keys, clock);
            var result = JournalVerifier.verify(file, keys.publicKey());
            var channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            var journal = new StationJournal(file, keys, clock, channel, new ArrayList<>(result.entries()),
                    result.lastHash(), result.validLength());
            var actions = new ArrayList<String>();
            if (result.tornTail().isPresent()) actions.add(journal.cutTornTail(result.tornTail().get()));
            actions.addAll(journal.accountForOrphanCuts());
            journal.recovery = new RecoveryReport(actions, List.of());
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the journal " + file, e);
        } catch (JournalCorruptedException e) {
            LOG.log(System.Logger.Level.ERROR, "journal " + file + " refused: " + e.getMessage());
            throw e;
        }
    }

    private static StationJournal create(Path file, DeviceKeys keys, Clock clock) throws IOException {
        var channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        forceDirectory(file.toAbsolutePath().getParent());
        var journal = new StationJournal(file, keys, clock, channel, new ArrayList<>(), new byte[JournalFrames.HASH], 0);
        journal.appendGenesis();
        return journal;
    }

    private void appendGenesis() {
        append(EventType.GENESIS, Map.of(
                "deviceId", keys.deviceId(),
                "keySha256", keys.fingerprint(),
                "format", "EJR1"));
    }

    /** What opening found and did; clean after a clean shutdown. */
    public RecoveryReport recovery() {
        return recovery;
    }

    public JournalEntry append(EventType type, Map<String, String> payload) {
        return append(type.name(), payload);
    }

    /** Writes, fsyncs and only then returns the new entry. */
    public synchronized JournalEntry append(String type, Map<String, String> payload) {
        if (failed) throw new IllegalStateException("journal write failed earlier; reopen the station to recover");
        if (type == null || type.isBlank() || type.length() > 64) throw new IllegalArgumentException("bad event type " + type);
        long seq = entries.size() + 1;
        long time = clock.millis();
        byte[] json = CanonicalJson.write(payload).getBytes(StandardCharsets.UTF_8);
        byte[] hashed = JournalFrames.hashedPart(seq, time, type, json, lastHash);
        byte[] hash = JournalFrames.sha256(hashed);
        byte[] signature = keys.sign(hash);
        byte[] frame = JournalFrames.frame(hashed, hash, signature);
        try {
            var buf = ByteBuffer.wrap(frame);
            long at = position;
            while (buf.hasRemaining()) at += channel.write(buf, at);
            channel.force(true);
        } catch (IOException e) {
            failed = true;
            throw new UncheckedIOException("journal append failed at seq " + seq, e);
        }
        var entry = new JournalEntry(seq, java.time.Instant.ofEpochMilli(time), type, payload,
                lastHash, hash, signature, position);
        position += frame.length;
        lastHash = hash;
        entries.add(entry);
        return entry;
    }

    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized long lastSeq() {
        return entries.size();
    }

    public Path file() {
        return file;
    }

    public DeviceKeys keys() {
        return keys;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- recovery ---

    private String cutTornTail(TornTail torn) throws IOException {
        Path kept = file.resolveSibling(file.getFileName() + TORN_SUFFIX + torn.offset());
        byte[] tail = new byte[(int) torn.length()];
        channel.read(ByteBuffer.wrap(tail), torn.offset());
        Files.write(kept, tail);
        try (var keptChannel = FileChannel.open(kept, StandardOpenOption.WRITE)) {
            keptChannel.force(true);
        }
        channel.truncate(torn.offset());
        channel.force(true);
        forceDirectory(file.toAbsolutePath().getParent());
        appendRecovery(kept, torn.offset(), tail, torn.reason());
        String action = "cut a torn last record of " + torn.length() + " bytes at offset " + torn.offset()
                + " (" + torn.reason() + "); kept in " + kept.getFileName();
        LOG.log(System.Logger.Level.WARNING, "journal " + file + ": " + action);
        return action;
    }

    /** A crash between cutting a tail and journaling the cut leaves a side file no RECOVERY names. */
    private List<String> accountForOrphanCuts() throws IOException {
        var actions = new ArrayList<String>();
        String prefix = file.getFileName() + TORN_SUFFIX;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(file.toAbsolutePath().getParent(), prefix + "*")) {
            for (Path kept : stream) {
                String name = kept.getFileName().toString();
                boolean named = entries.stream().anyMatch(e -> e.is(EventType.RECOVERY) && name.equals(e.get("keptIn")));
                if (named) continue;
                long offset = Long.parseLong(name.substring(prefix.length()));
                appendRecovery(kept, offset, Files.readAllBytes(kept), "cut before the last crash, journaled now");
                actions.add("journaled an earlier cut kept in " + name);
            }
        }
        return actions;
    }

    private void appendRecovery(Path kept, long offset, byte[] tail, String reason) {
        var payload = new LinkedHashMap<String, String>();
        payload.put("cutAtOffset", Long.toString(offset));
        payload.put("cutBytes", Integer.toString(tail.length));
        payload.put("cutSha256", HexFormat.of().formatHex(JournalFrames.sha256(tail)));
        payload.put("reason", reason);
        payload.put("keptIn", kept.getFileName().toString());
        if (entries.isEmpty()) appendGenesis(); // the crash tore the very first record
        append(EventType.RECOVERY, payload);
    }

    static void forceDirectory(Path dir) {
        try (var ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot fsync a directory; the file's own fsync still holds
        }
    }

    @Override
    public String toString() {
        return "StationJournal[" + file + ", " + entries.size() + " entries, last " + HexFormat.of().formatHex(Arrays.copyOf(lastHash, 8)) + "]";
    }
}
