package org.entekhabat.polling.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manual register of the paper process (دفتر ثبت): one JSON line per voter (number, national
 * code, time, a random salt), fsync'd before the voter gets a paper ballot. The journal gets only
 * the SHA-256 of each whole line (the salt makes it useless for guessing codes), so the register
 * file is bound to the journal's chain without the journal ever holding a national code.
 */
final class PaperRegister {

    record Line(int n, String nationalCode, String votedAt, String salt) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Path file;
    private final List<Line> lines = new ArrayList<>();

    PaperRegister(Path file) {
        this.file = file;
        try {
            if (Files.exists(file)) {
                for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (s.isBlank()) continue;
                    try {
                        lines.add(JSON.readValue(s, Line.class));
                    } catch (RuntimeException torn) {
                        break; // a line cut by a crash: the voter was never told to take a paper ballot
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    synchronized boolean contains(String nationalCode) {
        return lines.stream().anyMatch(l -> l.nationalCode().equals(nationalCode));
    }

    /** Appends and fsyncs; returns the line (its number is 1, 2, 3 …). */
    synchronized Line add(String nationalCode, Instant at) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        var line = new Line(lines.size() + 1, nationalCode, at.toString(), HexFormat.of().formatHex(salt));
        byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        try (var ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            var buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the paper register", e);
        }
        lines.add(line);
        return line;
    }

    static String sha256(Line line) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(line).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
