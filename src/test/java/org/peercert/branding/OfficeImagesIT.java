package org.peercert.branding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.document.DocumentPolicy;
import org.peercert.document.UploadProblem;
import org.peercert.platform.pdf.OfficeMarks;
import org.peercert.testing.Deployments;
import org.peercert.testing.MovableClock;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestData;

/**
 * #28: the office's seal and signature. The test works on days years ahead of the run, so no other test's pages or
 * certificates see its pictures, and the clock is given back after it.
 */
@ExtendWith(ArquillianExtension.class)
class OfficeImagesIT {

    private static final String ADMIN = "admin@test";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    OfficeImages images;

    @Inject
    MovableClock clock;

    @Inject
    TestData data;

    @Inject
    DocumentPolicy documents;

    @Inject
    UserTransaction transaction;

    @AfterEach
    void realTime() {
        clock.release();
    }

    @Test
    void aReprintDrawsThePicturesInForceOnItsDayOfIssueAndAStopFallsBackToTheDrawnSeal() throws IOException {
        LocalDate firstDay = PortalTime.today().plusYears(5);
        LocalDate laterDay = firstDay.plusDays(10);
        byte[] firstSeal = png(64, 64);
        byte[] signature = png(200, 50);
        byte[] laterSeal = png(80, 80);

        at(firstDay, 9);
        images.upload(ADMIN, OfficeImageKind.SEAL, "seal.png", new ByteArrayInputStream(firstSeal));
        images.upload(ADMIN, OfficeImageKind.SIGNATURE, "signature.png", new ByteArrayInputStream(signature));
        at(laterDay, 9);
        OfficeImage later = images.upload(ADMIN, OfficeImageKind.SEAL, "new-seal.png", new ByteArrayInputStream(laterSeal));
        assertEquals(later.getId(), images.currentSealId().orElseThrow(), "the pages head with the newest seal at once");
        at(laterDay, 10);
        images.stopUsing(ADMIN, OfficeImageKind.SEAL);
        images.stopUsing(ADMIN, OfficeImageKind.SIGNATURE);

        OfficeMarks issuedFirstDay = images.marksOn(firstDay);
        assertArrayEquals(firstSeal, issuedFirstDay.seal().orElseThrow(), "a certificate of the first day keeps its seal when re-printed");
        assertArrayEquals(signature, issuedFirstDay.signature().orElseThrow());
        assertArrayEquals(firstSeal, images.marksOn(laterDay.minusDays(1)).seal().orElseThrow(), "until the next upload");
        assertTrue(images.marksOn(firstDay.minusDays(1)).seal().isEmpty(), "one issued before any upload draws its own seal");
        assertTrue(images.marksOn(laterDay).seal().isEmpty() && images.marksOn(laterDay).signature().isEmpty(),
                "the stop on the later day stands for what that day issues");
        assertTrue(images.current(OfficeImageKind.SEAL).isEmpty() && images.currentSealId().isEmpty(), "and the pages head without a seal");
        assertTrue(data.auditDetailsAbout("SEAL").stream().anyMatch(d -> d.startsWith("new-seal.png (")), data.auditDetailsAbout("SEAL").toString());
    }

    @Test
    void aPdfOrAFileThatIsNoPictureIsRefusedAndNothingChanges() {
        at(PortalTime.today().plusYears(6), 9);
        int before = images.history(OfficeImageKind.SIGNATURE).size();
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        UploadProblem refusedPdf = assertThrows(UploadProblem.class,
                () -> images.upload(ADMIN, OfficeImageKind.SIGNATURE, "signature.pdf", new ByteArrayInputStream(pdf)));
        assertEquals("document.pictureOnly", refusedPdf.messageKey(), "a readable PDF, but not a picture to draw");
        UploadProblem refusedText = assertThrows(UploadProblem.class, () -> images.upload(ADMIN, OfficeImageKind.SIGNATURE, "signature.png",
                new ByteArrayInputStream("just words".getBytes(StandardCharsets.UTF_8))));
        assertEquals("document.wrongType", refusedText.messageKey());
        assertEquals(before, images.history(OfficeImageKind.SIGNATURE).size());
    }

    /**
     * Mails carry a small copy of the seal; a seal whose file cannot be read leaves the mail without it and leaves the
     * delivery's transaction able to commit, so the mail is recorded as sent once rather than sent again on every run.
     */
    @Test
    void theMailsCarryASmallSealAndAnUnreadableOneNeitherHoldsAMailBackNorUndoesItsDelivery() throws Exception {
        at(PortalTime.today().plusYears(7), 9);
        images.upload(ADMIN, OfficeImageKind.SEAL, "wide-seal.png", new ByteArrayInputStream(png(600, 300)));
        try {
            BufferedImage mailed = ImageIO.read(new ByteArrayInputStream(images.sealPng().orElseThrow()));
            assertEquals(144, mailed.getWidth());
            assertEquals(72, mailed.getHeight(), "its shape kept");

            at(PortalTime.today().plusYears(7), 10);
            OfficeImage lost = images.upload(ADMIN, OfficeImageKind.SEAL, "lost-seal.png", new ByteArrayInputStream(png(200, 200)));
            Files.delete(documents.storageDir().resolve(lost.getStorageKey()));
            transaction.begin();
            try {
                assertTrue(images.sealPng().isEmpty(), "a seal that cannot be read is left out");
                assertEquals(Status.STATUS_ACTIVE, transaction.getStatus(), "and the delivery around it may still commit");
            } finally {
                transaction.rollback();
            }
        } finally {
            images.stopUsing(ADMIN, OfficeImageKind.SEAL);
        }
    }

    private void at(LocalDate day, int hour) {
        clock.set(day.atTime(hour, 0).toInstant(ZoneOffset.UTC));
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
