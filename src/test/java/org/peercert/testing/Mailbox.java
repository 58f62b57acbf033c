package org.peercert.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) on the port the test server mails to. Can be stopped and started again. */
public final class Mailbox implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+)");
    private final int port = Integer.getInteger("peercert.test.smtp-port", 3025);
    private GreenMail server;

    public Mailbox start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return this;
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public List<Message> messagesTo(String recipient) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, recipient)).map(Message.class::cast).toList();
    }

    /** Waits for the first message to the recipient whose subject contains the words given. */
    public Message awaitMessage(String recipient, String subjectContains, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (Message message : messagesTo(recipient)) {
                if (subject(message).contains(subjectContains)) {
                    return message;
                }
            }
            sleep(200);
        }
        throw new AssertionError("No mail '" + subjectContains + "' to " + recipient + " within " + timeout);
    }

    public static String body(Message message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    /** The first link in the message, as the recipient would click it. */
    public static String link(Message message) {
        Matcher matcher = LINK.matcher(body(message));
        if (!matcher.find()) {
            throw new AssertionError("No link in: " + body(message));
        }
        return matcher.group(1);
    }

    public static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(Message message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
