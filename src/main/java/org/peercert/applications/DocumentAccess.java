package org.peercert.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.document.ApplicationDocument;
import org.peercert.document.DocumentService;
import org.peercert.platform.NotYours;

/** Who may open an application's document: its applicant, and state staff. Everyone else is refused and audited. */
@ApplicationScoped
@Transactional
public class DocumentAccess {

    @Inject
    DocumentService documents;

    @Inject
    ApplicationDrafts applicationDrafts;

    @Inject
    AuditService audit;

    public ApplicationDocument open(String callerEmail, boolean staff, long documentId) {
        ApplicationDocument document = documents.find(documentId).orElse(null);
        if (document == null) {
            audit.recordRefusal(callerEmail, AuditAction.ACCESS_DENIED, "document " + documentId, "No such document");
            throw new NotYours("document " + documentId);
        }
        if (!staff) {
            applicationDrafts.owned(callerEmail, document.getApplicationId());
            if (document.getKind().staffOnly()) {
                audit.recordRefusal(callerEmail, AuditAction.ACCESS_DENIED, "document " + documentId, "Staff's own record");
                throw new NotYours("document " + documentId);
            }
        }
        return document;
    }

    public InputStream content(ApplicationDocument document) throws IOException {
        return documents.content(document);
    }
}
