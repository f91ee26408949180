package org.entekhabat.election.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entekhabat.platform.DomainException;

/** Located errors collected while reading a file: "path: what is wrong". */
final class Problems {

    private final List<String> errors = new ArrayList<>();

    void add(String path, String message) {
        errors.add(path.isEmpty() ? message : path + ": " + message);
    }

    boolean any() {
        return !errors.isEmpty();
    }

    List<String> list() {
        return List.copyOf(errors);
    }

    void throwIfAny(String source) {
        if (errors.isEmpty()) return;
        throw new DomainException(400, "election-file.invalid",
                "پرونده تعریف انتخابات نادرست است؛ چیزی بارگذاری نشد (" + source + "): " + String.join("؛ ", errors),
                "The election file is invalid; nothing was loaded (" + source + "): " + String.join("; ", errors),
                Map.of("errors", list()));
    }
}
