package org.peercert.testing;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run's SMTP server (GreenMail, in the test JVM) on the port the test server mails to. It is up from the first
 * deployment to the end of the run ({@link DeployOnce}), so the portal's mail is delivered at once instead of piling up
 * in the outbox and being retried every second by every later test. A test that reads mail starts an empty mailbox; a
 * test of an outage stops the server and starts it again; closing a mailbox leaves the server up for the rest of the run.
 */
public final class Mailbox implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+)");
    private static final int PORT = Integer.getInteger("peercert.test.smtp-port", 3025);
    private static GreenMail server;

    /** Starts the run's mail server if it is not up. */
    public static synchronized void ensureRunning() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops the run's mail server for good (the end of the run). */
    public static synchronized void shutDown() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mail server up, and the mail received so far forgotten: this test reads only what comes next. */
    public Mailbox start() {
        synchronized (Mailbox.class) {
            ensureRunning();
            try {
                server.purgeEmailFromAllMailboxes();
            } catch (FolderException e) {
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    /** The mail server down, as in an outage: the portal's deliveries fail until {@link #start()} or {@link #close()}. */
    public Mailbox stop() {
        shutDown();
        return this;
    }

    public List<Message> messagesTo(String recipient) {
        GreenMail running;
        synchronized (Mailbox.class) {
            running = server;
        }
        if (running == null) {
            return List.of();
        }
        return Arrays.stream(running.getReceivedMessages()).filter(m -> isTo(m, recipient)).map(Message.class::cast).toList();
    }

    /** Waits for the first message to the recipient whose subject contains the words given. */
    public Message awaitMessage(String recipient, String subjectContains, Duration timeout) {
        return await(recipient, message -> subject(message).contains(subjectContains), "'" + subjectContains + "'", timeout);
    }

    /**
     * #30: a hand-over's mail: waits for the first message to the recipient whose subject contains the words given, and
     * fails unless its body says each of the sentences given.
     */
    public Message expect(String recipient, String subjectContains, String... bodySays) {
        Message message = awaitMessage(recipient, subjectContains, Duration.ofSeconds(20));
        String body = body(message);
        for (String sentence : bodySays) {
            if (!body.contains(sentence)) {
                throw new AssertionError("The mail '" + subject(message) + "' to " + recipient + " does not say '" + sentence + "':\n" + body);
            }
        }
        return message;
    }

    /** Waits for the first message to the recipient that matches; {@code what} names it in the failure. */
    public Message await(String recipient, Predicate<Message> matches, String what, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (Message message : messagesTo(recipient)) {
                if (matches.test(message)) {
                    return message;
                }
            }
            sleep(50);
        }
        throw new AssertionError("No mail " + what + " to " + recipient + " within " + timeout);
    }

    /** The file names of the message's attachments, in order (none for a plain-text message). */
    public static List<String> attachmentNames(Message message) {
        try {
            if (!(message.getContent() instanceof Multipart parts)) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < parts.getCount(); i++) {
                String name = parts.getBodyPart(i).getFileName();
                if (name != null) {
                    names.add(name);
                }
            }
            return names;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of the picture the message carries inside it under {@code contentId}, as its HTML shows it by cid:. */
    public static byte[] inlinePicture(Message message, String contentId) {
        try {
            return partWithId(message, "<" + contentId + ">").orElseThrow(() -> new AssertionError(
                    "No part " + contentId + " in the mail '" + subject(message) + "'")).getInputStream().readAllBytes();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Part> partWithId(Part part, String contentId) throws MessagingException, IOException {
        if (part instanceof MimePart mime && contentId.equals(mime.getContentID())) {
            return Optional.of(part);
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                Optional<Part> found = partWithId(parts.getBodyPart(i), contentId);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
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

    /** Leaves the run's mail server up for the tests after this one. */
    @Override
    public void close() {
        ensureRunning();
    }
}
