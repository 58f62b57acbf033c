package org.peercert.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Stores, lists and reviews application documents. Callers (the applications feature) decide who may
 * upload, see or review; this service checks what a file is and keeps it.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    private static final int NAME_MAX = 255;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DocumentStorage storage;

    @Inject
    DocumentPolicy policy;

    /** A file that passed the upload checks and is kept in storage under {@code key}. */
    public record StoredFile(String key, String name, String mediaType, long size, String sha256) {
    }

    /** Checks the content (type by its bytes, size, readability) and keeps it; nothing is kept when a check fails. */
    public ApplicationDocument store(long applicationId, DocumentKind kind, String originalName, InputStream content) {
        StoredFile file = keepChecked(originalName, content);
        ApplicationDocument document = new ApplicationDocument(applicationId, kind, file.name(), file.mediaType(), file.size(),
                file.sha256(), file.key(), clock.instant());
        em.persist(document);
        return document;
    }

    /** The one way an upload is checked and kept, for every feature's documents (application papers, CE proof). */
    public StoredFile keepChecked(String originalName, InputStream content) {
        return keepChecked(originalName, content, false);
    }

    /**
     * As {@link #keepChecked(String, InputStream)}, refusing a PDF: only a picture will do (an office's seal, #28). An SVG
     * drawing is kept as the PNG drawn from it.
     */
    public StoredFile keepPicture(String originalName, InputStream content) {
        return keepChecked(originalName, content, true);
    }

    private StoredFile keepChecked(String originalName, InputStream content, boolean pictureOnly) {
        DocumentStorage.Received received = null;
        String name = originalName;
        boolean kept = false;
        try {
            received = storage.receive(content);
            if (pictureOnly && FileContentCheck.isSvg(received.file(), policy.uploadMaxBytes())) {
                DocumentStorage.Received drawing = received;
                received = storage.receive(new ByteArrayInputStream(SvgDrawing.asPng(drawing.file())));
                storage.discard(drawing);
                name = drawnName(originalName);
            }
            String mediaType = FileContentCheck.mediaTypeOf(received.file(), policy.uploadMaxBytes(), policy.uploadMaxPixels());
            if (pictureOnly && !mediaType.startsWith("image/")) {
                throw new UploadProblem("document.pictureOnly");
            }
            long size = Files.size(received.file());
            String key = storage.keep(received);
            kept = true;
            return new StoredFile(key, safeName(name, mediaType), mediaType, size, received.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!kept && received != null) {
                storage.discard(received);
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApplicationDocument> forApplication(long applicationId) {
        return em.createQuery("select d from ApplicationDocument d where d.applicationId = :a order by d.uploadedAt, d.id", ApplicationDocument.class)
                .setParameter("a", applicationId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApplicationDocument> find(long documentId) {
        return Optional.ofNullable(em.find(ApplicationDocument.class, documentId));
    }

    public ApplicationDocument review(long documentId, DocumentReview verdict, String reason, String reviewer) {
        ApplicationDocument document = find(documentId).orElseThrow(() -> new IllegalArgumentException("No document " + documentId));
        document.reviewed(verdict, reason, reviewer, clock.instant());
        return document;
    }

    /** Forgets a document no one has reviewed yet (the applicant chose the wrong file); its stored content stays. */
    public void remove(ApplicationDocument document) {
        em.remove(em.contains(document) ? document : em.merge(document));
    }

    /** A rejected document stays as history; a deficient applicant uploads a new one. */
    public InputStream content(String key) throws IOException {
        return storage.open(key);
    }

    public InputStream content(ApplicationDocument document) throws IOException {
        return storage.open(document.getStorageKey());
    }

    /** "seal.svg" kept as a PNG is "seal.png". */
    static String drawnName(String originalName) {
        return originalName == null ? null : originalName.replaceFirst("(?i)\\.svg$", ".png");
    }

    /** The name shown and used for downloads: no path, no control characters, the detected type's extension. */
    static String safeName(String originalName, String mediaType) {
        String name = originalName == null ? "" : originalName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        String extension = "." + FileContentCheck.ALLOWED.get(mediaType);
        if (!name.toLowerCase().endsWith(extension) && !(extension.equals(".jpg") && name.toLowerCase().endsWith(".jpeg"))) {
            name = name + extension;
        }
        return name.length() > NAME_MAX ? name.substring(name.length() - NAME_MAX) : name;
    }
}
