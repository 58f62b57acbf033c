package org.peercert.document.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.peercert.document.DocumentPolicy;
import org.peercert.platform.web.FacesMessages;

/**
 * The size limit of a document upload, for the pages: stated before a file is chosen, and given to the browser
 * ({@code data-max-bytes}, resources/js/upload-limit.js) so a file too large is refused before it is sent.
 */
@Named
@ApplicationScoped
public class DocumentUploadLimit {

    @Inject
    DocumentPolicy policy;

    public long getBytes() {
        return policy.uploadMaxBytes();
    }

    public long getMegabytes() {
        return policy.uploadMaxBytes() / (1024 * 1024);
    }

    /** The message with its two sizes left as {0} and {1} for the browser to fill in. */
    public String getTooLargeText() {
        return FacesMessages.text("upload.fileTooLarge", "{0}", "{1}");
    }
}
