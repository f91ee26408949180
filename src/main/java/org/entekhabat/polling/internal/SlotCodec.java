package org.entekhabat.polling.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.entekhabat.polling.Ballot;

/**
 * The ballot box's slot format. A slot is {@code slotSize} bytes:
 * <pre>
 *   empty:  all zero
 *   filled: 0x01 | recordLength:uint16 | record | crc32c(0x01 | recordLength | record):int32 | zero padding
 *   record = nonce:16 | signed ballot | signature:64
 *   signed ballot = styleLength:u8 | style | contests:u8 | (idLength:u8 | id | codes:u8 | (codeLength:u8 | code)*)*
 *   signature = Ed25519("EBB1" | deviceIdLength:u8 | deviceId | nonce | signed ballot)
 * </pre>
 */
public final class SlotCodec {

    public static final int NONCE = 16;
    public static final int SIGNATURE = 64;

    private SlotCodec() {}

    public static byte[] ballotBytes(Ballot ballot) {
        var out = new ByteArrayOutputStream(128);
        short8(out, ballot.styleId());
        out.write(ballot.contests().size());
        for (var c : ballot.contests()) {
            short8(out, c.contestId());
            out.write(c.codes().size());
            for (String code : c.codes()) short8(out, code);
        }
        return out.toByteArray();
    }

    public static byte[] signedMessage(String deviceId, byte[] nonce, byte[] ballotBytes) {
        var out = new ByteArrayOutputStream(64 + ballotBytes.length);
        out.writeBytes("EBB1".getBytes(StandardCharsets.US_ASCII));
        short8(out, deviceId);
        out.writeBytes(nonce);
        out.writeBytes(ballotBytes);
        return out.toByteArray();
    }

    /** The whole slot image; throws if the ballot does not fit. */
    public static byte[] slot(int slotSize, byte[] nonce, byte[] ballotBytes, byte[] signature) {
        int recordLength = NONCE + ballotBytes.length + SIGNATURE;
        if (1 + 2 + recordLength + 4 > slotSize) {
            throw new IllegalArgumentException("ballot of " + ballotBytes.length + " bytes does not fit a " + slotSize + "-byte slot");
        }
        var buf = ByteBuffer.allocate(slotSize);
        buf.put((byte) 1).putShort((short) recordLength).put(nonce).put(ballotBytes).put(signature);
        var crc = new CRC32C();
        crc.update(buf.array(), 0, 3 + recordLength);
        buf.putInt((int) crc.getValue());
        return buf.array();
    }

    /** What a slot holds. */
    public sealed interface Content {
        record Empty() implements Content {}
        record Filled(byte[] nonce, byte[] ballotBytes, Ballot ballot, byte[] signature) implements Content {}
        record Damaged(String reason) implements Content {}
    }

    public static Content read(byte[] slot) {
        boolean zero = true;
        for (byte b : slot) if (b != 0) { zero = false; break; }
        if (zero) return new Content.Empty();
        var buf = ByteBuffer.wrap(slot);
        if (buf.get() != 1) return new Content.Damaged("unknown slot state");
        int recordLength = Short.toUnsignedInt(buf.getShort());
        if (recordLength < NONCE + 2 + SIGNATURE || 3 + recordLength + 4 > slot.length) {
            return new Content.Damaged("impossible record length " + recordLength);
        }
        var crc = new CRC32C();
        crc.update(slot, 0, 3 + recordLength);
        if (ByteBuffer.wrap(slot, 3 + recordLength, 4).getInt() != (int) crc.getValue()) {
            return new Content.Damaged("CRC mismatch");
        }
        try {
            byte[] nonce = new byte[NONCE];
            buf.get(nonce);
            byte[] ballotBytes = new byte[recordLength - NONCE - SIGNATURE];
            buf.get(ballotBytes);
            byte[] sig = new byte[SIGNATURE];
            buf.get(sig);
            return new Content.Filled(nonce, ballotBytes, parseBallot(ballotBytes), sig);
        } catch (RuntimeException e) {
            return new Content.Damaged("malformed ballot: " + e.getMessage());
        }
    }

    private static Ballot parseBallot(byte[] bytes) {
        var buf = ByteBuffer.wrap(bytes);
        String style = short8(buf);
        int contests = Byte.toUnsignedInt(buf.get());
        var list = new ArrayList<Ballot.ContestChoice>(contests);
        for (int i = 0; i < contests; i++) {
            String id = short8(buf);
            int n = Byte.toUnsignedInt(buf.get());
            var codes = new ArrayList<String>(n);
            for (int j = 0; j < n; j++) codes.add(short8(buf));
            list.add(new Ballot.ContestChoice(id, codes));
        }
        if (buf.hasRemaining()) throw new IllegalArgumentException("trailing bytes");
        return new Ballot(style, List.copyOf(list));
    }

    private static void short8(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > 255) throw new IllegalArgumentException("too long: " + s);
        out.write(b.length);
        out.writeBytes(b);
    }

    private static String short8(ByteBuffer buf) {
        byte[] b = new byte[Byte.toUnsignedInt(buf.get())];
        buf.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
