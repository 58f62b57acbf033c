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
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peercert.platform.Office;
import org.peercert.platform.SealInForce;

/** Sends one message through the WildFly mail session java:jboss/mail/PeerCert. */
@ApplicationScoped
public class MailTransport {

    private static final String TIMEOUT_MILLIS = "20000";

    @Resource(lookup = "java:jboss/mail/PeerCert")
    Session session;

    @Inject
    SealInForce sealInForce;

    @Inject
    Office office;

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

    /**
     * Sends the message: its text, with the office's seal as HTML beside the text when the office has one (#28), and its
     * files as attachments after it.
     */
    public void send(OutboxMessage outgoing, List<MailAttachment> files) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(outgoing.getRecipient(), true));
        message.setSubject(outgoing.getSubject(), StandardCharsets.UTF_8.name());
        Optional<byte[]> seal = sealInForce.sealPng();
        if (files.isEmpty()) {
            putText(message, outgoing.getBody(), seal);
        } else {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            putText(text, outgoing.getBody(), seal);
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

    /** The text alone, or with the seal the text and the same as HTML (the message itself, or its first part). */
    private void putText(MimePart part, String body, Optional<byte[]> seal) throws MessagingException {
        if (seal.isPresent()) {
            part.setContent(textAndHtml(body, seal.get()));
        } else {
            part.setText(body, StandardCharsets.UTF_8.name());
        }
    }

    /** The plain text first, then the same as HTML with the seal's picture inside the message. */
    private MimeMultipart textAndHtml(String body, byte[] sealPng) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(body, StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(HtmlMail.of(body, office.getDetails().program()), StandardCharsets.UTF_8.name(), "html");
        MimeBodyPart picture = new MimeBodyPart();
        picture.setDataHandler(new DataHandler(new ByteArrayDataSource(sealPng, "image/png")));
        picture.setContentID("<" + HtmlMail.SEAL_CONTENT_ID + ">");
        picture.setDisposition(Part.INLINE);
        MimeBodyPart htmlWithSeal = new MimeBodyPart();
        htmlWithSeal.setContent(new MimeMultipart("related", html, picture));
        return new MimeMultipart("alternative", plain, htmlWithSeal);
    }
}
