package org.peercert.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where uploaded and imported files are kept, and how large an upload (and a picture in it) may be. */
@ApplicationScoped
public class DocumentPolicy {

    @Inject
    @ConfigProperty(name = "peercert.upload.max-bytes", defaultValue = "10485760")
    long uploadMaxBytes;

    /** Pictures above this many pixels are refused before they are decoded (an image bomb): 40 megapixels by default. */
    @Inject
    @ConfigProperty(name = "peercert.upload.max-megapixels", defaultValue = "40")
    long uploadMaxMegapixels;

    @Inject
    @ConfigProperty(name = "peercert.storage.dir")
    Optional<String> storageDir;

    public long uploadMaxBytes() {
        return uploadMaxBytes;
    }

    public long uploadMaxPixels() {
        return uploadMaxMegapixels * 1_000_000;
    }

    /** Outside the web root: PEERCERT_STORAGE_DIR, else the server's data folder. */
    public Path storageDir() {
        return Path.of(storageDir.filter(dir -> !dir.isBlank())
                .orElseGet(() -> System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/peercert-documents"));
    }
}
