package fi.kuntadigi.dashboard.auth;

/**
 * A logged-in user asked for something their role does not include: answered 403 by
 * {@code web.ErrorPages} with the role needed and whom to ask.
 */
public final class RoleRequired extends RuntimeException {

    private final Role role;

    public RoleRequired(Role role) {
        super("your role does not include this; it needs the role " + role.name().toLowerCase());
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
