package org.peercert.background.exclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peercert.audit.AuditService;
import org.peercert.document.DocumentPolicy;
import org.peercert.platform.scheduling.Scheduling;

/**
 * Runs queued list imports one after the other, then screens everyone against the list that came into
 * force (R-BG-3). Called by one scheduled job at a time in the whole cluster; owns no transaction itself,
 * so that each step commits on its own and a failure leaves a readable record.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    static final String REFUSED_FOLDER = "refused";
    /** A file in the folder is taken once it has not changed for this long: a copy in progress is left alone. */
    static final long SETTLE_MILLIS = 3_000;

    @Inject
    ExclusionImports imports;

    @Inject
    ExclusionImporter importer;

    @Inject
    ScreeningService screening;

    @Inject
    ExclusionPolicy policy;

    @Inject
    DocumentPolicy storage;

    @Inject
    Scheduling scheduling;

    /** Queues an uploaded list file and starts the import job at once; the page follows its progress. */
    public ExclusionImport upload(String staffEmail, String fileName, InputStream content) {
        Path staged = stage(content);
        try {
            ExclusionImport received = imports.receive(staffEmail, ImportOrigin.UPLOAD, fileName, staged);
            scheduling.runNow(ExclusionImportJob.class);
            return received;
        } finally {
            deleteQuietly(staged);
        }
    }

    private Path stage(InputStream content) {
        Path staged = null;
        try (content) {
            Path incoming = Files.createDirectories(storage.storageDir().resolve("incoming"));
            staged = Files.createTempFile(incoming, "exclusion-", ".part");
            Files.copy(content, staged, StandardCopyOption.REPLACE_EXISTING);
            return staged;
        } catch (IOException e) {
            deleteQuietly(staged);
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes the files waiting in the configured folder, runs every queued import, and screens everyone
     * against the list in force if that has not been done (the server may have stopped in between). The
     * scheduler runs this on one node at a time; the lock keeps a direct call on this node from overlapping it.
     */
    public synchronized void run() {
        pickUpFolder();
        imports.requeueInterrupted();
        for (Long importId : imports.pending()) {
            runOne(importId);
        }
        imports.inForce().filter(list -> !screening.hasScreenedEveryoneAgainst(list.getId(), ScreeningTrigger.IMPORT))
                .ifPresent(list -> screenEveryone());
    }

    private void runOne(long importId) {
        if (!imports.start(importId)) {
            return;
        }
        ExclusionImport queued = imports.find(importId).orElseThrow();
        try {
            importer.load(importId, imports.fileOf(queued));
        } catch (ImportRefused refused) {
            imports.refuse(importId, refused.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exclusion list import " + importId + " failed; the file may be imported again", e);
            imports.fail(importId, String.valueOf(e));
        }
    }

    /** A failed screening leaves the list in force; the next run of the job screens everyone again. */
    private void screenEveryone() {
        try {
            screening.screenEveryone(ScreeningTrigger.IMPORT);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Screening everyone against the new list failed; the next run tries again", e);
        }
    }

    /**
     * Takes the list files in the folder that have not changed for a while (a file still being copied is
     * left for the next run). A file that cannot be taken moves to refused/, with the reason in the log;
     * one bad file never holds up the others.
     */
    void pickUpFolder() {
        Path inbox = policy.inboxDir().orElse(null);
        if (inbox == null || !Files.isDirectory(inbox)) {
            return;
        }
        for (Path file : settledCsvFilesIn(inbox)) {
            try {
                imports.receive(AuditService.SYSTEM, ImportOrigin.FOLDER, file.getFileName().toString(), file);
                deleteQuietly(file);
            } catch (RuntimeException problem) {
                LOG.warning("Exclusion list " + file + " not imported: "
                        + (problem instanceof ExclusionProblem known ? known.messageKey() : String.valueOf(problem)));
                moveAside(file, inbox.resolve(REFUSED_FOLDER));
            }
        }
    }

    private static List<Path> settledCsvFilesIn(Path inbox) {
        List<Path> files = new ArrayList<>();
        long settledBefore = System.currentTimeMillis() - SETTLE_MILLIS;
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(inbox, "*.{csv,CSV}")) {
            for (Path file : listing) {
                if (Files.getLastModifiedTime(file).toMillis() < settledBefore) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    private static void moveAside(Path file, Path folder) {
        try {
            Files.createDirectories(folder);
            Files.move(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warning("Cannot move " + file + " aside: " + e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.fine("Not deleted: " + file + ": " + e);
        }
    }
}
