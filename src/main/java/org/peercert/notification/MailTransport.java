package org.peercert.notification;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends one message through the WildFly mail session java:jboss/mail/PeerCert. */
@ApplicationScoped
public class MailTransport {

    private static final String TIMEOUT_MILLIS = "20000";

    @Resource(lookup = "java:jboss/mail/PeerCert")
    Session session;

    @Inject
    @ConfigProperty(name = "peercert.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "peercert.mail.password")
    Optional<String> password;

    @PostConstruct
    void boundWaits() {
        // A mail server that accepts the connection but never answers must not hold the delivery job forever.
        session.getProperties().putIfAbsent("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        session.getProperties().putIfAbsent("mail.smtp.timeout", TIMEOUT_MILLIS);
        session.getProperties().putIfAbsent("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (authenticates()) {
            session.getProperties().put("mail.smtp.auth", "true");
        }
    }

    private boolean authenticates() {
        return user.filter(name -> !name.isBlank()).isPresent();
    }

    /** Sends the message: plain text, or with its files a multipart message whose first part is the text. */
    public void send(OutboxMessage outgoing, List<MailAttachment> files) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(outgoing.getRecipient(), true));
        message.setSubject(outgoing.getSubject(), StandardCharsets.UTF_8.name());
        if (files.isEmpty()) {
            message.setText(outgoing.getBody(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(outgoing.getBody(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            for (MailAttachment file : files) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.getContent(), file.getMediaType())));
                part.setFileName(file.getFileName());
                part.setDisposition(Part.ATTACHMENT);
                parts.addBodyPart(part);
            }
            message.setContent(parts);
        }
        message.setSentDate(new Date());
        message.setHeader("X-PeerCert-Message", String.valueOf(outgoing.getId()));
        if (authenticates()) {
            Transport.send(message, user.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }
}
