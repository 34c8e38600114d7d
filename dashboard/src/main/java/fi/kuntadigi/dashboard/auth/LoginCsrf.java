package fi.kuntadigi.dashboard.auth;

import fi.kuntadigi.dashboard.http.Proxy;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The CSRF token of a form shown to a visitor without a session (the login form): a signed
 * double-submit cookie (OWASP CSRF cheat sheet). The token is a random nonce with its HMAC under a
 * key made at start; the same token travels in a cookie ({@code __Host-} on HTTPS, SameSite=Strict)
 * and in the form, so a POST is accepted only from a page this server signed for this browser —
 * and nothing is stored on the server for it.
 */
public final class LoginCsrf {

    static final String COOKIE = "kd_csrf";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final Proxy proxy;

    public LoginCsrf(Proxy proxy) {
        this.proxy = proxy;
        random.nextBytes(key);
    }

    /** The browser's token if it holds a valid one, else a new one set as its cookie. */
    public String issue(Context ctx) {
        String held = ctx.cookie(cookieName(ctx));
        if (valid(held)) {
            return held;
        }
        byte[] nonce = new byte[24];
        random.nextBytes(nonce);
        String n = B64.encodeToString(nonce);
        String token = n + "." + sign(n);
        ctx.res().addHeader("Set-Cookie", cookieName(ctx) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict"
                + (proxy.https(ctx) ? "; Secure" : ""));
        return token;
    }

    /** True when the form's token is the cookie's and was signed here. */
    public boolean accepts(Context ctx, String given) {
        String cookie = ctx.cookie(cookieName(ctx));
        return given != null && cookie != null && valid(cookie)
                && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), cookie.getBytes(StandardCharsets.UTF_8));
    }

    private boolean valid(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        return dot > 0 && MessageDigest.isEqual(sign(token.substring(0, dot)).getBytes(StandardCharsets.UTF_8),
                token.substring(dot + 1).getBytes(StandardCharsets.UTF_8));
    }

    private String cookieName(Context ctx) {
        return proxy.https(ctx) ? "__Host-" + COOKIE : COOKIE;
    }

    private String sign(String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
