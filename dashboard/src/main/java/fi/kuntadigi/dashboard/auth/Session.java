package fi.kuntadigi.dashboard.auth;

import java.time.Instant;

/**
 * A browser session: who is logged in (or nobody) and the CSRF token its forms carry.
 *
 * @param id        random id in the session cookie
 * @param user      login name, or null before login
 * @param role      what the session may see
 * @param csrfToken token every POST of the session must carry
 * @param expires   when the session ends
 */
public record Session(String id, String user, Role role, String csrfToken, Instant expires) {

    public boolean loggedIn() {
        return user != null;
    }
}
