package org.peercert.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.peercert.background.exclusion.ExclusionImport;
import org.peercert.background.exclusion.ExclusionImports;
import org.peercert.background.exclusion.ImportOrigin;
import org.peercert.background.exclusion.ImportRunner;

/** R-BG-3 for in-container tests: puts a synthetic list file in force as an upload and the import job would. */
@ApplicationScoped
public class ExclusionLists {

    private static final String STAFF = TestAccounts.STAFF;

    @Inject
    ExclusionImports imports;

    @Inject
    ImportRunner runner;

    /** Receives the file as an upload would and runs the import now, with its screening of everyone, as the job does. */
    public ExclusionImport importNow(byte[] content) {
        try {
            Path staged = Files.write(Files.createTempFile("leie-", ".csv"), content);
            ExclusionImport received = imports.receive(STAFF, ImportOrigin.UPLOAD, "UPDATED.csv", staged);
            runner.run();
            return imports.find(received.getId()).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
