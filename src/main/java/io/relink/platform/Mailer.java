package io.relink.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mail through the SMTP server configured with {@code relink.mail.*} (Jakarta
 * Mail, which Payara brings). A session is built from configuration rather than looked up as a
 * server resource, so that the same WAR sends mail in a plain {@code java -jar} start.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "relink.mail.host")
    String host;

    @Inject
    @ConfigProperty(name = "relink.mail.port")
    int port;

    @Inject
    @ConfigProperty(name = "relink.mail.from")
    String from;

    @Inject
    @ConfigProperty(name = "relink.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "relink.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "relink.mail.starttls")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "relink.mail.timeout")
    Duration timeout;

    private Session session;

    @PostConstruct
    void connect() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", Long.toString(timeout.toMillis()));
        properties.put("mail.smtp.timeout", Long.toString(timeout.toMillis()));
        properties.put("mail.smtp.writetimeout", Long.toString(timeout.toMillis()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        Authenticator login = null;
        if (username.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            login =
                    new Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(username.get(), password.orElse(""));
                        }
                    };
        }
        session = Session.getInstance(properties, login);
    }

    /** Whether the text is one plain e-mail address (no display name, no list). */
    public static boolean isAddress(String text) {
        if (text == null || text.length() > 320) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(text, true);
            return address.getPersonal() == null
                    && text.equals(address.getAddress())
                    && text.indexOf('@') > 0;
        } catch (AddressException malformed) {
            return false;
        }
    }

    /**
     * Sends one plain-text message; returns when the SMTP server accepted it.
     *
     * @throws MailNotSent when the server could not be reached or refused the message
     */
    public void send(String to, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(session);
            address(message, to, subject);
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException failed) {
            throw notSent(to, failed);
        }
    }

    /**
     * Sends one message with a plain-text and an HTML part (the reader's program shows the one it
     * can). The {@code Message-ID} is the one given, so that a message sent again after a crash is
     * recognisably the same message.
     *
     * @param messageId the id part of the Message-ID, e.g. a UUID
     * @throws MailNotSent when the server could not be reached or refused the message
     */
    public void send(String to, String subject, String text, String html, String messageId) {
        try {
            String domain = from.replaceAll("(?s).*@([^>\\s]+).*", "$1");
            MimeMessage message =
                    new MimeMessage(session) {
                        @Override
                        protected void updateMessageID() throws MessagingException {
                            setHeader("Message-ID", "<" + messageId + "@" + domain + ">");
                        }
                    };
            address(message, to, subject);
            MimeMultipart alternatives = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setText(html, "UTF-8", "html");
            alternatives.addBodyPart(plain);
            alternatives.addBodyPart(rich);
            message.setContent(alternatives);
            Transport.send(message);
        } catch (MessagingException failed) {
            throw notSent(to, failed);
        }
    }

    /** Where the server is, for people who must get it going. */
    public String server() {
        return host + ":" + port;
    }

    private void address(MimeMessage message, String to, String subject) throws MessagingException {
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, "UTF-8");
    }

    private MailNotSent notSent(String to, MessagingException failed) {
        return new MailNotSent(
                "The e-mail to "
                        + to
                        + " could not be sent through "
                        + host
                        + ":"
                        + port
                        + ": "
                        + failed.getMessage(),
                failed);
    }

    /** The SMTP server did not take the message. */
    public static class MailNotSent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
