package org.peercert.background.exclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.document.DocumentPolicy;
import org.peercert.platform.Paging;

/**
 * The record of every list file received (R-BG-3): received once per content (the SHA-256 decides), queued,
 * run, and kept with its outcome and rejected lines after newer lists replace it.
 */
@ApplicationScoped
@Transactional
public class ExclusionImports {

    private static final String FOLDER = "exclusion-lists";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DocumentPolicy storage;

    @Inject
    AuditService audit;

    /**
     * Copies a file waiting in {@code staged} into storage and queues its import; the caller removes the
     * staged file once this has committed, so a rollback never loses it. The same content twice is refused.
     */
    public ExclusionImport receive(String actor, ImportOrigin origin, String fileName, Path staged) {
        FileFingerprint fingerprint = fingerprint(staged);
        if (fingerprint.sizeBytes() == 0) {
            throw new ExclusionProblem("exclusion.emptyFile");
        }
        Optional<ExclusionImport> same = claimedBy(fingerprint.sha256());
        if (same.isPresent()) {
            throw new ExclusionProblem("exclusion.duplicateFile", same.get().getId(), same.get().getStatus());
        }
        String storedAs = UUID.randomUUID() + ".csv";
        ExclusionImport received = new ExclusionImport(clip(fileName), fingerprint, origin, storedAs, actor, clock.instant());
        em.persist(received);
        em.flush();
        audit.record(actor, AuditAction.EXCLUSION_LIST_RECEIVED, ExclusionImporter.subject(received),
                received.getFileName() + " (" + fingerprint.sizeBytes() + " bytes, " + fingerprint.charset() + ", sha256 " + fingerprint.sha256() + ")");
        copy(staged, fileOf(received));
        return received;
    }

    /** An import left RUNNING by a node that stopped is queued again; only one node runs imports at a time. */
    public void requeueInterrupted() {
        em.createQuery("select i from ExclusionImport i where i.status = :running", ExclusionImport.class)
                .setParameter("running", ImportStatus.RUNNING).getResultList().forEach(ExclusionImport::retry);
    }

    public List<Long> pending() {
        return em.createQuery("select i.id from ExclusionImport i where i.status = :pending order by i.requestedAt, i.id", Long.class)
                .setParameter("pending", ImportStatus.PENDING).getResultList();
    }

    /** Marks the import running, in one statement so two callers cannot both take it; false if it is no longer pending. */
    public boolean start(long importId) {
        return em.createQuery("update ExclusionImport i set i.status = :running, i.startedAt = :now, i.version = i.version + 1 "
                        + "where i.id = :id and i.status = :pending")
                .setParameter("running", ImportStatus.RUNNING).setParameter("now", clock.instant())
                .setParameter("id", importId).setParameter("pending", ImportStatus.PENDING).executeUpdate() == 1;
    }

    public void refuse(long importId, String reason) {
        ExclusionImport imported = em.find(ExclusionImport.class, importId);
        imported.finish(ImportStatus.REFUSED, reason, clock.instant());
        audit.record(AuditService.SYSTEM, AuditAction.EXCLUSION_LIST_REFUSED, ExclusionImporter.subject(imported), reason);
    }

    /** A failure of the machinery, not of the file: the file may be imported again. */
    public void fail(long importId, String problem) {
        ExclusionImport imported = em.find(ExclusionImport.class, importId);
        imported.finish(ImportStatus.FAILED, problem, clock.instant());
        audit.record(AuditService.SYSTEM, AuditAction.EXCLUSION_LIST_REFUSED, ExclusionImporter.subject(imported), "Failed: " + problem);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExclusionImport> find(long importId) {
        return Optional.ofNullable(em.find(ExclusionImport.class, importId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExclusionImport> inForce() {
        return em.createQuery("select i from ExclusionImport i where i.status = :active", ExclusionImport.class)
                .setParameter("active", ImportStatus.ACTIVE).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<ExclusionImport> history(int first, int pageSize) {
        long total = em.createQuery("select count(i) from ExclusionImport i", Long.class).getSingleResult();
        List<ExclusionImport> rows = em.createQuery("select i from ExclusionImport i order by i.requestedAt desc, i.id desc", ExclusionImport.class)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
        return new Paging<>(rows, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<ImportRejectRow> rejects(long importId, int first, int pageSize) {
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM exclusion_import_reject WHERE import_id = ?1")
                .setParameter(1, importId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT line_number, reason FROM exclusion_import_reject WHERE import_id = ?1 ORDER BY line_number")
                .setParameter(1, importId).setFirstResult(first).setMaxResults(pageSize).getResultList();
        return new Paging<>(rows.stream().map(r -> new ImportRejectRow(((Number) r[0]).longValue(), (String) r[1])).toList(), total);
    }

    public Path fileOf(ExclusionImport imported) {
        return storage.storageDir().resolve(FOLDER).resolve(imported.getStoredAs());
    }

    private Optional<ExclusionImport> claimedBy(String sha256) {
        return em.createQuery("select i from ExclusionImport i where i.sha256Claim = :sha", ExclusionImport.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
    }

    private static FileFingerprint fingerprint(Path file) {
        try {
            return FileFingerprint.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clip(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        name = name.isEmpty() ? "list.csv" : name;
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
