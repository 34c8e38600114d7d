package fi.kuntadigi.dashboard;

import fi.kuntadigi.dashboard.audit.AuditLog;
import fi.kuntadigi.dashboard.auth.LoginPolicy;
import fi.kuntadigi.dashboard.auth.Sessions;
import fi.kuntadigi.dashboard.http.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * The dashboard's security settings (see docs/security.md).
 *
 * @param sessionIdle    a session ends after this long without a request
 * @param sessionLifetime a session ends this long after the login in any case
 * @param login          how failed logins are throttled and locked
 * @param trustedProxies peers whose X-Forwarded-Proto and X-Forwarded-For are believed
 * @param auditLog       the audit log file, or null for {@code WAREHOUSE/_audit/dashboard-audit.jsonl}
 * @param maxFormBytes   largest request body of anything but an analyst's upload
 * @param demoUsers      the users file holds the published demo users (no permission check; said at start)
 */
public record SecuritySettings(Duration sessionIdle, Duration sessionLifetime, LoginPolicy login, Set<String> trustedProxies,
                               Path auditLog, long maxFormBytes, boolean demoUsers) {

    /** 64 KiB: the login and start-a-run forms are a few hundred bytes. */
    public static final long MAX_FORM_BYTES = 64 * 1024;

    public SecuritySettings {
        trustedProxies = Set.copyOf(trustedProxies);
    }

    public static SecuritySettings defaults() {
        return new SecuritySettings(Sessions.IDLE, Sessions.LIFETIME, LoginPolicy.DEFAULT, Proxy.LOOPBACK, null,
                MAX_FORM_BYTES, false);
    }

    public SecuritySettings withSessionIdle(Duration idle) {
        return new SecuritySettings(idle, sessionLifetime, login, trustedProxies, auditLog, maxFormBytes, demoUsers);
    }

    public SecuritySettings withLogin(LoginPolicy policy) {
        return new SecuritySettings(sessionIdle, sessionLifetime, policy, trustedProxies, auditLog, maxFormBytes, demoUsers);
    }

    public SecuritySettings withTrustedProxies(Set<String> proxies) {
        return new SecuritySettings(sessionIdle, sessionLifetime, login, proxies, auditLog, maxFormBytes, demoUsers);
    }

    public SecuritySettings withAuditLog(Path file) {
        return new SecuritySettings(sessionIdle, sessionLifetime, login, trustedProxies, file, maxFormBytes, demoUsers);
    }

    public SecuritySettings withDemoUsers(boolean demo) {
        return new SecuritySettings(sessionIdle, sessionLifetime, login, trustedProxies, auditLog, maxFormBytes, demo);
    }

    /** The audit log file for a warehouse. */
    public Path auditLogFile(Path warehouse) {
        return auditLog != null ? auditLog : AuditLog.defaultFile(warehouse);
    }
}
