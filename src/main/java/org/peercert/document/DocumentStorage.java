package org.peercert.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** Files on disk outside the web root, under random names; the database keeps their SHA-256. */
@ApplicationScoped
public class DocumentStorage {

    /** A received upload waiting in the storage folder for its checks. */
    public record Received(Path file, String sha256) {
    }

    @Inject
    DocumentPolicy policy;

    /** Copies the upload next to its final place, counting and hashing, and stops reading past the limit. */
    public Received receive(InputStream upload) throws IOException {
        Path dir = Files.createDirectories(policy.storageDir().resolve("incoming"));
        Path file = Files.createTempFile(dir, "upload-", ".part");
        MessageDigest sha256 = sha256();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            upload.transferTo(new LimitedOutputStream(out, policy.uploadMaxBytes() + 1));
        } catch (LimitedOutputStream.LimitReached tooLarge) {
            Files.deleteIfExists(file);
            throw new UploadProblem("document.tooLarge", policy.uploadMaxBytes() / (1024 * 1024));
        }
        return new Received(file, HexFormat.of().formatHex(sha256.digest()));
    }

    /** Moves a checked upload into place under a new random key. */
    public String keep(Received received) {
        String key = UUID.randomUUID().toString();
        try {
            Files.move(received.file(), pathOf(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    public void discard(Received received) {
        try {
            Files.deleteIfExists(received.file());
        } catch (IOException ignored) {
            // an orphan in incoming/ is harmless
        }
    }

    public InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    private Path pathOf(String key) {
        UUID.fromString(key); // only our own keys name files
        return policy.storageDir().resolve(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
