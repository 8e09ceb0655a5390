package org.reportschedules.journal;

import java.util.Objects;
import java.util.Optional;

/** A refused request's category and the dialect's error code, when its error has one. */
public record Refusal(RefusalCategory category, Optional<String> code) {

    public Refusal {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(code, "code");
    }

    public static Refusal of(RefusalCategory category, String code) {
        return new Refusal(category, Optional.of(code));
    }
}
