package org.entekhabat.stations;

import java.util.List;

/** Outcome of a station CSV import: nothing is stored unless every row is valid. */
public record ImportResult(int rows, int created, int updated, List<String> errors) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
