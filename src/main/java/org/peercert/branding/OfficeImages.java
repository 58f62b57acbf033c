package org.peercert.branding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peercert.account.EmailAddress;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.document.DocumentService;
import org.peercert.platform.Remembered;
import org.peercert.platform.SealInForce;
import org.peercert.platform.pdf.OfficeMarks;

/**
 * #28: the office's seal and its official's signature, uploaded by an administrator. Every upload is kept; a document
 * is drawn with the pictures in force at the end of its day of issue, so re-printing an older certificate draws what it
 * was issued with, and the pages head with the seal in force now.
 */
@ApplicationScoped
@Transactional
public class OfficeImages implements SealInForce {

    private static final Logger LOG = Logger.getLogger(OfficeImages.class.getName());
    private static final Duration SEAL_READ_AGAIN = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentService documents;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** The small copy of the seal in force that the mails carry, made once per seal. */
    private volatile MailSeal mailSeal;

    /** The seal in force, as every page's header asks for it. */
    private final Remembered<Optional<Long>> sealId = new Remembered<>(SEAL_READ_AGAIN,
            () -> current(OfficeImageKind.SEAL).map(OfficeImage::getId));

    /** Checks the picture like every upload (its type by its bytes, size, pixels), refuses a PDF, and puts it in force now. */
    public OfficeImage upload(String admin, OfficeImageKind kind, String fileName, InputStream picture) {
        DocumentService.StoredFile file = documents.keepPicture(fileName, picture);
        OfficeImage image = OfficeImage.uploaded(kind, file, EmailAddress.normalize(admin), clock.instant());
        em.persist(image);
        sealId.forget();
        audit.record(admin, AuditAction.OFFICE_IMAGE_UPLOADED, kind.name(), file.name() + " (" + file.sha256() + ")");
        return image;
    }

    /** From now on the documents draw their own seal, or leave the line to sign; documents issued before keep the picture. */
    public void stopUsing(String admin, OfficeImageKind kind) {
        if (current(kind).isEmpty()) {
            return;
        }
        em.persist(OfficeImage.stopped(kind, EmailAddress.normalize(admin), clock.instant()));
        sealId.forget();
        audit.record(admin, AuditAction.OFFICE_IMAGE_STOPPED, kind.name(), kind.label());
    }

    /** The picture in force now, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OfficeImage> current(OfficeImageKind kind) {
        return inForceAt(kind, clock.instant());
    }

    /** The id of the seal in force now, for the pages' header; read again at once after a change here, or after a minute. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> currentSealId() {
        return sealId.get();
    }

    /**
     * The seal in force now as the mails carry it, small; absent when there is none or it cannot be read, so that a
     * missing file never holds a mail back (the error is caught here, where it cannot mark the delivery's transaction
     * for rollback and have the mail sent again).
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<byte[]> sealPng() {
        try {
            return currentSealId().map(id -> mailSeal(id).png());
        } catch (RuntimeException unreadable) {
            LOG.log(Level.WARNING, "The mail goes without the office's seal, which could not be read", unreadable);
            return Optional.empty();
        }
    }

    private MailSeal mailSeal(long id) {
        MailSeal made = mailSeal;
        if (made == null || made.sealId() != id) {
            made = MailSeal.of(id, bytes(find(id).orElseThrow(() -> new IllegalStateException("No seal " + id))));
            mailSeal = made;
        }
        return made;
    }

    /** The seal and signature in force at the end of the day a document was issued. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfficeMarks marksOn(LocalDate issuedOn) {
        Instant endOfDay = issuedOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return OfficeMarks.of(inForceAt(OfficeImageKind.SEAL, endOfDay).map(this::bytes).orElse(null),
                inForceAt(OfficeImageKind.SIGNATURE, endOfDay).map(this::bytes).orElse(null));
    }

    /** Every upload and stop of this kind, the newest first, for the administrator's page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficeImage> history(OfficeImageKind kind) {
        return em.createQuery("select i from OfficeImage i where i.kind = :kind order by i.uploadedAt desc, i.id desc", OfficeImage.class)
                .setParameter("kind", kind).setMaxResults(20).getResultList();
    }

    /** The picture's bytes, for a page or a document. */
    public byte[] bytes(OfficeImage image) {
        try (InputStream in = documents.content(image.getStorageKey())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An uploaded picture by its id, to serve it (never a row that only says the office stopped using one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OfficeImage> find(long id) {
        return Optional.ofNullable(em.find(OfficeImage.class, id)).filter(OfficeImage::hasFile);
    }

    private Optional<OfficeImage> inForceAt(OfficeImageKind kind, Instant moment) {
        return em.createQuery("select i from OfficeImage i where i.kind = :kind and i.uploadedAt <= :moment order by i.uploadedAt desc, i.id desc",
                        OfficeImage.class).setParameter("kind", kind).setParameter("moment", moment).setMaxResults(1)
                .getResultStream().findFirst().filter(OfficeImage::hasFile);
    }
}
