package fi.kuntadigi.dashboard.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a login may send the browser next: only a path of this site. A browser drops tabs and
 * line breaks from a URL and reads a backslash as a slash, so {@code /\t/evil.example/} or
 * {@code /\evil} would take it to another host: anything but printable ASCII, any backslash, a
 * leading {@code //}, a scheme or a host is refused.
 */
public final class LocalPath {

    private LocalPath() {
    }

    public static Optional<String> of(String next) {
        if (next == null || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")) {
            return Optional.empty();
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || !uri.getRawPath().startsWith("/")) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(next);
    }
}
