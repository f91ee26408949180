package org.entekhabat.polling.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32C;

/**
 * The journal's on-disk framing. One record is
 * <pre>
 *   "EJR1" | bodyLength:int32 | body | crc32c(bodyLength | body):int32
 *   body = seq:int64 | timeMillis:int64 | typeLength:uint16 | type:UTF-8
 *        | payloadLength:int32 | payload:UTF-8 canonical JSON | prevHash:32 | hash:32 | signature:64
 *   hash = SHA-256(body up to and including prevHash); signature = Ed25519(hash)
 * </pre>
 * All integers big-endian. The CRC finds torn and damaged frames; the hash chain and the signature
 * find everything else.
 */
public final class JournalFrames {

    public static final int MAGIC = 0x454A5231; // "EJR1"
    public static final int HEADER = 8;
    public static final int TRAILER = 4;
    public static final int MAX_BODY = 1 << 20;
    public static final int HASH = 32;
    public static final int SIGNATURE = 64;

    private JournalFrames() {}

    /** The bytes the hash covers. */
    public static byte[] hashedPart(long seq, long timeMillis, String type, byte[] payload, byte[] prevHash) {
        try {
            var bytes = new ByteArrayOutputStream(64 + payload.length);
            var out = new DataOutputStream(bytes);
            out.writeLong(seq);
            out.writeLong(timeMillis);
            byte[] t = type.getBytes(StandardCharsets.UTF_8);
            out.writeShort(t.length);
            out.write(t);
            out.writeInt(payload.length);
            out.write(payload);
            out.write(prevHash);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A whole frame around {@code hashedPart | hash | signature}. */
    public static byte[] frame(byte[] hashedPart, byte[] hash, byte[] signature) {
        int bodyLength = hashedPart.length + HASH + SIGNATURE;
        var buf = ByteBuffer.allocate(HEADER + bodyLength + TRAILER);
        buf.putInt(MAGIC).putInt(bodyLength).put(hashedPart).put(hash).put(signature);
        var crc = new CRC32C();
        crc.update(buf.array(), 4, 4 + bodyLength);
        buf.putInt((int) crc.getValue());
        return buf.array();
    }

    /** A frame found at an offset, or why there is none. */
    public sealed interface Parsed {
        record Frame(int offset, int length, byte[] body) implements Parsed {}
        record Bad(String reason) implements Parsed {}
    }

    public static Parsed parse(byte[] file, int offset) {
        int left = file.length - offset;
        if (left < HEADER) return new Parsed.Bad("only " + left + " bytes left, a record header needs " + HEADER);
        var buf = ByteBuffer.wrap(file, offset, left);
        if (buf.getInt() != MAGIC) return new Parsed.Bad("no record marker");
        int bodyLength = buf.getInt();
        if (bodyLength < 22 + HASH + SIGNATURE || bodyLength > MAX_BODY) {
            return new Parsed.Bad("impossible record length " + bodyLength);
        }
        if (left < HEADER + bodyLength + TRAILER) {
            return new Parsed.Bad("record of " + bodyLength + " bytes runs past the end of the file");
        }
        var crc = new CRC32C();
        crc.update(file, offset + 4, 4 + bodyLength);
        int stored = ByteBuffer.wrap(file, offset + HEADER + bodyLength, 4).getInt();
        if (stored != (int) crc.getValue()) return new Parsed.Bad("CRC mismatch");
        byte[] body = new byte[bodyLength];
        System.arraycopy(file, offset + HEADER, body, 0, bodyLength);
        return new Parsed.Frame(offset, HEADER + bodyLength + TRAILER, body);
    }

    /** True when a whole, CRC-valid frame starts anywhere after {@code from}: then what fails before it is not a torn tail. */
    public static boolean validFrameAfter(byte[] file, int from) {
        for (int i = from; i + HEADER + TRAILER <= file.length; i++) {
            if (file[i] == 'E' && file[i + 1] == 'J' && file[i + 2] == 'R' && file[i + 3] == '1'
                    && parse(file, i) instanceof Parsed.Frame) {
                return true;
            }
        }
        return false;
    }
}
