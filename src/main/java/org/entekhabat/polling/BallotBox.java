package org.entekhabat.polling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entekhabat.polling.internal.SlotCodec;

/**
 * The sealed ballot box (like the urna's RDV): a file of fixed-size slots, pre-sized for the
 * station. Each ballot goes into a uniformly random EMPTY slot chosen with {@link SecureRandom}, as
 * (random nonce, ballot, device signature), and is fsync'd before {@link #put} returns. No time, no
 * sequence number, no token: the file says which ballots were cast, never who cast them or in what
 * order. See docs/ballot-secrecy.md.
 *
 * <p>File: a 64-byte header {@code "EBB1" | version:int32 | slotSize:int32 | capacity:int32 |
 * deviceIdLength:u8 | deviceId | zero padding}, then {@code capacity} slots (see {@link SlotCodec}).
 */
public final class BallotBox implements AutoCloseable {

    public static final int DEFAULT_SLOT_SIZE = 1024;
    static final int HEADER = 64;
    private static final int MAGIC = 0x45424231; // "EBB1"

    private final Path file;
    private final DeviceKeys keys;
    private final SecureRandom random = new SecureRandom();
    private final int slotSize;
    private FileChannel channel;
    private int capacity;
    private int[] empty;
    private int emptyCount;
    private final Map<Integer, String> damaged = new TreeMap<>();

    private BallotBox(Path file, DeviceKeys keys, int slotSize) {
        this.file = file;
        this.keys = keys;
        this.slotSize = slotSize;
    }

    /** Opens the box, or creates it with {@code capacity} zeroed slots (expected voters × 1.2 is a good size). */
    public static BallotBox open(Path file, DeviceKeys keys, int capacity) {
        try {
            Files.deleteIfExists(growthFile(file)); // a growth the last crash interrupted: the old box is intact
            var box = new BallotBox(file, keys, Files.exists(file) ? readHeader(file).slotSize : DEFAULT_SLOT_SIZE);
            if (!Files.exists(file)) {
                writeEmptyBox(file, keys.deviceId(), box.slotSize, Math.max(1, capacity));
                StationJournal.forceDirectory(file.toAbsolutePath().getParent());
            }
            box.load();
            return box;
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the ballot box " + file, e);
        }
    }

    private void load() throws IOException {
        var header = readHeader(file);
        if (!header.deviceId.equals(keys.deviceId())) {
            throw new IllegalStateException("ballot box " + file + " belongs to device " + header.deviceId);
        }
        capacity = header.capacity;
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        empty = new int[capacity];
        emptyCount = 0;
        damaged.clear();
        var slot = ByteBuffer.allocate(slotSize);
        for (int i = 0; i < capacity; i++) {
            readSlot(channel, i, slot);
            switch (SlotCodec.read(slot.array())) {
                case SlotCodec.Content.Empty e -> empty[emptyCount++] = i;
                case SlotCodec.Content.Damaged d -> damaged.put(i, d.reason());
                case SlotCodec.Content.Filled f -> { }
            }
        }
    }

    /** Seals the ballot into a random empty slot and fsyncs; growing the box if it is full. */
    public synchronized SealedBallot put(Ballot ballot) {
        byte[] nonce = new byte[SlotCodec.NONCE];
        random.nextBytes(nonce);
        byte[] ballotBytes = SlotCodec.ballotBytes(ballot);
        byte[] signature = keys.sign(SlotCodec.signedMessage(keys.deviceId(), nonce, ballotBytes));
        byte[] image = SlotCodec.slot(slotSize, nonce, ballotBytes, signature); // throws before anything is written
        if (emptyCount == 0) grow();
        int pick = random.nextInt(emptyCount);
        int slot = empty[pick];
        try {
            var buf = ByteBuffer.wrap(image);
            long at = slotOffset(slot);
            while (buf.hasRemaining()) at += channel.write(buf, at);
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("ballot box write failed", e);
        }
        empty[pick] = empty[--emptyCount];
        return new SealedBallot(nonce, ballot, signature);
    }

    /** Throws, changing nothing, when the ballot cannot fit a slot (checked before the journal says BEGIN). */
    void checkFits(Ballot ballot) {
        SlotCodec.slot(slotSize, new byte[SlotCodec.NONCE], SlotCodec.ballotBytes(ballot), new byte[SlotCodec.SIGNATURE]);
    }

    /** Doubles the box into a NEW random layout (so the growth does not reveal which ballots came first). */
    private void grow() {
        try {
            int newCapacity = capacity * 2;
            Path next = growthFile(file);
            writeEmptyBox(next, keys.deviceId(), slotSize, newCapacity);
            var order = new ArrayList<Integer>();
            for (int i = 0; i < newCapacity; i++) order.add(i);
            java.util.Collections.shuffle(order, random);
            try (var out = FileChannel.open(next, StandardOpenOption.WRITE)) {
                var slot = ByteBuffer.allocate(slotSize);
                int k = 0;
                for (int i = 0; i < capacity; i++) {
                    readSlot(channel, i, slot);
                    if (SlotCodec.read(slot.array()) instanceof SlotCodec.Content.Empty) continue;
                    slot.rewind();
                    long at = HEADER + (long) order.get(k++) * slotSize;
                    while (slot.hasRemaining()) at += out.write(slot, at);
                }
                out.force(true);
            }
            channel.close();
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            StationJournal.forceDirectory(file.toAbsolutePath().getParent());
            load();
        } catch (IOException e) {
            throw new UncheckedIOException("could not grow the ballot box", e);
        }
    }

    public synchronized int capacity() {
        return capacity;
    }

    public synchronized int filled() {
        return capacity - emptyCount - damaged.size();
    }

    /** Slots holding neither nothing nor a whole ballot: slot → what is wrong. */
    public synchronized Map<Integer, String> damaged() {
        return Map.copyOf(damaged);
    }

    /** Zeroes a damaged slot (recovery proved it holds a ballot that was never acknowledged). */
    synchronized void clearDamaged(int slot) {
        if (!damaged.containsKey(slot)) throw new IllegalArgumentException("slot " + slot + " is not damaged");
        try {
            var zeros = ByteBuffer.allocate(slotSize);
            long at = slotOffset(slot);
            while (zeros.hasRemaining()) at += channel.write(zeros, at);
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        damaged.remove(slot);
        empty[emptyCount++] = slot;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- offline verification ---

    /**
     * What a box holds, checked with the device's public key alone.
     *
     * @param ballots  every well-formed slot's ballot (in slot order, which is random)
     * @param damaged  slot → why it is neither empty nor a whole ballot
     * @param problems bad signatures and repeated nonces (each is a reason to distrust the box)
     */
    public record Verification(String deviceId, int capacity, List<SealedBallot> ballots,
                               Map<Integer, String> damaged, List<String> problems) {
        public boolean ok() {
            return damaged.isEmpty() && problems.isEmpty();
        }
    }

    public static Verification verify(Path file, PublicKey key) {
        try {
            var header = readHeader(file);
            var ballots = new ArrayList<SealedBallot>();
            var damaged = new TreeMap<Integer, String>();
            var problems = new ArrayList<String>();
            var nonces = new HashSet<String>();
            try (var ch = FileChannel.open(file, StandardOpenOption.READ)) {
                var slot = ByteBuffer.allocate(header.slotSize);
                for (int i = 0; i < header.capacity; i++) {
                    readSlot(ch, header.slotSize, i, slot);
                    switch (SlotCodec.read(slot.array())) {
                        case SlotCodec.Content.Empty e -> { }
                        case SlotCodec.Content.Damaged d -> damaged.put(i, d.reason());
                        case SlotCodec.Content.Filled f -> {
                            byte[] msg = SlotCodec.signedMessage(header.deviceId, f.nonce(), f.ballotBytes());
                            if (!DeviceKeys.verify(key, msg, f.signature())) problems.add("slot " + i + ": signature is not valid");
                            if (!nonces.add(HexFormat.of().formatHex(f.nonce()))) problems.add("slot " + i + ": nonce repeats an earlier slot");
                            ballots.add(new SealedBallot(f.nonce(), f.ballot(), f.signature()));
                        }
                    }
                }
            }
            return new Verification(header.deviceId, header.capacity, ballots, damaged, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the ballot box " + file, e);
        }
    }

    // --- file layout ---

    private record Header(int slotSize, int capacity, String deviceId) {}

    private static Header readHeader(Path file) throws IOException {
        try (var ch = FileChannel.open(file, StandardOpenOption.READ)) {
            var buf = ByteBuffer.allocate(HEADER);
            while (buf.hasRemaining() && ch.read(buf, buf.position()) > 0) { }
            buf.flip();
            if (buf.remaining() < HEADER || buf.getInt() != MAGIC) throw new IOException(file + " is not a ballot box");
            int version = buf.getInt();
            if (version != 1) throw new IOException("ballot box version " + version + " is not supported");
            int slotSize = buf.getInt();
            int capacity = buf.getInt();
            byte[] id = new byte[Byte.toUnsignedInt(buf.get())];
            buf.get(id);
            if (slotSize < 128 || capacity < 1 || ch.size() < HEADER + (long) slotSize * capacity) {
                throw new IOException(file + " header does not match its size");
            }
            return new Header(slotSize, capacity, new String(id, StandardCharsets.UTF_8));
        }
    }

    private static void writeEmptyBox(Path file, String deviceId, int slotSize, int capacity) throws IOException {
        try (var ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] id = deviceId.getBytes(StandardCharsets.UTF_8);
            var header = ByteBuffer.allocate(HEADER);
            header.putInt(MAGIC).putInt(1).putInt(slotSize).putInt(capacity).put((byte) id.length).put(id).rewind();
            ch.write(header, 0);
            // real zeros, not a sparse file: the space is ours before the first voter arrives
            var zeros = ByteBuffer.allocate(64 * 1024);
            long end = HEADER + (long) slotSize * capacity;
            for (long at = HEADER; at < end; ) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), end - at));
                at += ch.write(zeros, at);
            }
            ch.force(true);
        }
    }

    private long slotOffset(int slot) {
        return HEADER + (long) slot * slotSize;
    }

    private void readSlot(FileChannel ch, int slot, ByteBuffer into) throws IOException {
        readSlot(ch, slotSize, slot, into);
    }

    private static void readSlot(FileChannel ch, int slotSize, int slot, ByteBuffer into) throws IOException {
        into.clear();
        long at = HEADER + (long) slot * slotSize;
        while (into.hasRemaining()) {
            int n = ch.read(into, at + into.position());
            if (n < 0) throw new IOException("ballot box ends inside slot " + slot);
        }
        into.flip();
    }

    private static Path growthFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".growing");
    }
}
