package fi.kuntadigi.reports.mail;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Sends PDFs as attachments of one message through the configured SMTP server with Jakarta Mail (Eclipse
 * Angus Mail): STARTTLS required or TLS from the start, the server's certificate and name checked, timeouts
 * so a silent server fails the run instead of hanging it.
 */
public final class PackMailer {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final MailSettings settings;

    public PackMailer(MailSettings settings) {
        this.settings = settings;
    }

    /** Sends the message; a server that refuses it (or cannot be reached) throws with its answer. */
    public void send(String subject, String text, List<Path> attachments) throws MessagingException {
        Session session = Session.getInstance(properties(), settings.user() == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        });
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        for (String to : settings.recipients()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        }
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, StandardCharsets.UTF_8.name());
        parts.addBodyPart(body);
        for (Path file : attachments) {
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new FileDataSource(file.toFile())));
            attachment.setFileName(file.getFileName().toString());
            attachment.setHeader("Content-Type", "application/pdf; name=\"" + file.getFileName() + "\"");
            parts.addBodyPart(attachment);
        }
        message.setContent(parts);
        Transport.send(message);
    }

    private Properties properties() {
        String protocol = settings.security() == MailSettings.Security.TLS ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        String prefix = "mail." + protocol + ".";
        p.put(prefix + "host", settings.host());
        p.put(prefix + "port", Integer.toString(settings.port()));
        p.put(prefix + "auth", Boolean.toString(settings.user() != null));
        p.put(prefix + "connectiontimeout", Long.toString(TIMEOUT.toMillis()));
        p.put(prefix + "timeout", Long.toString(TIMEOUT.toMillis()));
        p.put(prefix + "writetimeout", Long.toString(TIMEOUT.toMillis()));
        switch (settings.security()) {
            case STARTTLS -> {
                p.put(prefix + "starttls.enable", "true");
                p.put(prefix + "starttls.required", "true");
                p.put(prefix + "ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.put(prefix + "ssl.enable", "true");
                p.put(prefix + "ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // a relay on this machine (MailSettings refuses NONE for any other host)
            }
        }
        return p;
    }
}
