package org.peercert.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.document.ApplicationDocument;
import org.peercert.document.DocumentReview;
import org.peercert.document.DocumentService;
import org.peercert.platform.Text;
import org.peercert.platform.Words;

/** Staff's review: taking an application, accepting or refusing its documents, and the decision, mailed to the applicant. */
@ApplicationScoped
@Transactional
public class ApplicationReview {

    @Inject
    DocumentService documents;

    @Inject
    AuditService audit;

    @Inject
    ApplicationRecords records;

    @Inject
    ApplicationProgress progress;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificationApplication find(long id) {
        return records.find(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String applicantEmail(CertificationApplication application) {
        return records.applicantEmail(application);
    }

    public CertificationApplication startReview(String staffEmail, long id) {
        CertificationApplication application = records.find(id);
        if (application.getStatus() == ApplicationStatus.SUBMITTED) {
            application.assignTo(staffEmail);
            records.move(staffEmail, application, ApplicationStatus.IN_REVIEW, "Review started");
        }
        return application;
    }

    public void reviewDocument(String staffEmail, long documentId, boolean accept, String reason) {
        ApplicationDocument document = documents.find(documentId).orElseThrow(() -> new ApplicationProblem("document.notFound"));
        CertificationApplication application = records.find(document.getApplicationId());
        if (application.getStatus() != ApplicationStatus.IN_REVIEW) {
            throw new ApplicationProblem("application.notInReview");
        }
        if (!accept && (reason == null || reason.isBlank())) {
            throw new ApplicationProblem("document.reasonRequired");
        }
        documents.review(documentId, accept ? DocumentReview.ACCEPTED : DocumentReview.REJECTED, reason, staffEmail);
        audit.record(staffEmail, AuditAction.DOCUMENT_REVIEWED, application.getNumber(),
                document.getOriginalName() + ": " + (accept ? "accepted" : "rejected: " + reason));
    }

    /**
     * Records staff's decision. {@code expectedVersion} is the version the staff member saw: if someone
     * else changed the application since, nothing is overwritten.
     */
    /** @param reopen for a deficient application, the parts the applicant is to fix; only those reopen */
    public CertificationApplication decide(String staffEmail, long id, long expectedVersion, Decision decision, String reason,
                                           Set<ApplicationPart> reopen) {
        CertificationApplication application = records.find(id);
        if (application.getVersion() != expectedVersion) {
            throw new ApplicationProblem("application.changedBySomeoneElse");
        }
        if (application.getStatus() != ApplicationStatus.IN_REVIEW) {
            throw new ApplicationProblem("application.notInReview");
        }
        if (decision.needsReason() && (reason == null || reason.isBlank())) {
            throw new ApplicationProblem("application.reasonRequired");
        }
        if (decision == Decision.ELIGIBLE && !allMet(progress.eligibility(application))) {
            throw new ApplicationProblem("application.notAllMet");
        }
        if (decision == Decision.DEFICIENT && (reopen == null || reopen.isEmpty())) {
            throw new ApplicationProblem("application.partsRequired");
        }
        application.decisionReason(reason);
        if (decision == Decision.DEFICIENT) {
            application.reopen(reopen);
        }
        records.move(staffEmail, application, decision.outcome(), reason == null ? Words.of(decision) : reason);
        String refused = decision == Decision.DEFICIENT ? progress.refusedDocuments(application).map(Text::inEnglish).orElse("") : "";
        records.mail(application, decision.mailTemplate(), (reason == null ? "" : reason) + (refused.isEmpty() ? "" : "\n\n" + refused));
        return application;
    }

    private static boolean allMet(List<ChecklistRow> rows) {
        return rows.stream().allMatch(r -> r.state() == ChecklistRow.State.MET);
    }
}
