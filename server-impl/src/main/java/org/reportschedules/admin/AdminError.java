package org.reportschedules.admin;

import java.util.Objects;

/** An admin API error answer: {@code {code, message}} with the code's HTTP status. */
public record AdminError(AdminErrorCode code, String message) {

    public AdminError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public AdminRequestRejected rejection() {
        return new AdminRequestRejected(this);
    }
}
