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
import org.peercert.notification.scheduling.Scheduling;
import org.peercert.policy.ApplicationPolicy;
import org.peercert.policy.ExclusionPolicy;

/**
 * Runs queued list imports one after the other, then screens everyone against the list that came into
 * force (R-BG-3). Called by one scheduled job at a time in the whole cluster; owns no transaction itself,
 * so that each step commits on its own and a failure leaves a readable record.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    static final String REFUSED_FOLDER = "refused";

    @Inject
    ExclusionImports imports;

    @Inject
    ExclusionImporter importer;

    @Inject
    ScreeningService screening;

    @Inject
    ExclusionPolicy policy;

    @Inject
    ApplicationPolicy storage;

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
            deleteIfLeft(staged);
        }
    }

    private Path stage(InputStream content) {
        try {
            Path incoming = Files.createDirectories(storage.storageDir().resolve("incoming"));
            Path staged = Files.createTempFile(incoming, "exclusion-", ".part");
            try (content) {
                Files.copy(content, staged, StandardCopyOption.REPLACE_EXISTING);
            }
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteIfLeft(Path staged) {
        try {
            Files.deleteIfExists(staged);
        } catch (IOException e) {
            LOG.fine("Staged upload not deleted: " + e);
        }
    }

    /**
     * Takes the files waiting in the configured folder, then runs every queued import. The scheduler runs
     * this on one node at a time; the lock keeps a direct call on this node from overlapping it.
     */
    public synchronized void run() {
        pickUpFolder();
        imports.requeueInterrupted();
        for (Long importId : imports.pending()) {
            runOne(importId);
        }
    }

    private void runOne(long importId) {
        if (!imports.start(importId)) {
            return;
        }
        ExclusionImport queued = imports.find(importId).orElseThrow();
        try {
            if (importer.load(importId, imports.fileOf(queued)) == ImportStatus.ACTIVE) {
                screening.screenEveryone(ScreeningTrigger.IMPORT);
            }
        } catch (ImportRefused refused) {
            imports.refuse(importId, refused.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exclusion list import " + importId + " failed; the file may be imported again", e);
            imports.fail(importId, String.valueOf(e));
        }
    }

    /** A file the folder gives that cannot be taken (empty, already imported) moves to refused/ with the reason in the log. */
    void pickUpFolder() {
        Path inbox = policy.inboxDir().orElse(null);
        if (inbox == null || !Files.isDirectory(inbox)) {
            return;
        }
        for (Path file : csvFilesIn(inbox)) {
            try {
                imports.receive(AuditService.SYSTEM, ImportOrigin.FOLDER, file.getFileName().toString(), file);
            } catch (ExclusionProblem problem) {
                LOG.warning("Exclusion list " + file + " not imported: " + problem.messageKey());
                moveAside(file, inbox.resolve(REFUSED_FOLDER));
            }
        }
    }

    private static List<Path> csvFilesIn(Path inbox) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(inbox, "*.{csv,CSV}")) {
            listing.forEach(files::add);
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
}
