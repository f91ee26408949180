package org.entekhabat.geography.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A small CSV reader: header row, commas, optional double quotes ("" inside quotes). */
final class Csv {

    private Csv() {}

    static List<List<String>> classpath(String path) {
        var in = Csv.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing classpath resource " + path);
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** All rows after the header; a UTF-8 BOM is ignored. */
    static List<List<String>> read(Reader reader) {
        try (var in = new BufferedReader(reader)) {
            var rows = new ArrayList<List<String>>();
            String line = in.readLine();
            if (line == null) return rows;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) rows.add(split(line));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> header(Reader reader) {
        try (var in = new BufferedReader(reader)) {
            String line = in.readLine();
            return line == null ? List.of() : split(line.replace("\uFEFF", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> split(String line) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
