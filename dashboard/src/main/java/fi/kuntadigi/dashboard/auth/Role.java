package fi.kuntadigi.dashboard.auth;

import java.util.Optional;

/** Who may see what: each role sees its own views and those of the roles before it. */
public enum Role {
    /** Anyone: the roadmap and the officials' view. */
    PUBLIC,
    /** Steering group: every view but data and jobs. */
    STEERING,
    /** Analysts and the project coordinator: everything. */
    ANALYST;

    public boolean canSee(Role required) {
        return compareTo(required) >= 0;
    }

    public static Optional<Role> parse(String text) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(text)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
