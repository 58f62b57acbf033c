package org.peercert.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.peercert.applications.ApplicationChecks;
import org.peercert.applications.ApplicationDrafts;
import org.peercert.applications.CertificationApplication;
import org.peercert.background.CheckKind;
import org.peercert.background.CheckRecord;
import org.peercert.background.CheckResult;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateService;
import org.peercert.ceu.CeReportLine;
import org.peercert.ceu.CeReports;
import org.peercert.exam.DomainScore;
import org.peercert.exam.ExamPolicy;
import org.peercert.exam.ExamService;
import org.peercert.exam.PerformanceDomain;
import org.peercert.platform.Words;
import org.peercert.platform.csv.CsvLines;

/**
 * The demo of certificates (R-TRN-3): one applicant who meets every requirement and waits for staff to issue
 * the certificate, and one holder of an active certificate. Made through the portal's own services, once.
 */
@ApplicationScoped
public class DemoCertificates {

    static final String READY = "ready";
    static final String HOLDER = "holder";

    @Inject
    DemoExam exam;

    @Inject
    ApplicationChecks applicationChecks;

    @Inject
    ApplicationDrafts applicationDrafts;

    @Inject
    ExamService exams;

    @Inject
    ExamPolicy examPolicy;

    @Inject
    CertificateService certificates;

    @Inject
    Clock clock;

    @Inject
    CeReports ceReports;

    void seed() {
        String ready = READY + DemoData.DOMAIN;
        if (applicationDrafts.currentFor(ready).isEmpty()) {
            meetEveryRequirement(ready, "Robin", "Ready", LocalDate.of(1986, 2, 20));
        }
        String holder = HOLDER + DemoData.DOMAIN;
        if (applicationDrafts.currentFor(holder).isEmpty()) {
            CertificationApplication application = meetEveryRequirement(holder, "Jamie", "Holder", LocalDate.of(1982, 7, 9));
            Certificate issued = certificates.issue(application.getId(), "staff" + DemoData.DOMAIN);
            reportDemoCompletion(issued);
        }
    }

    /** Four provider-reported hours, so the holder's CE page and the demo provider's history are not empty. */
    private void reportDemoCompletion(Certificate certificate) {
        String csv = String.join(",", CeReportLine.HEADER) + "\n" + certificate.getNumber() + "," + certificate.getLegalLastName()
                + ",Peer support foundations refresher," + LocalDate.now(clock) + ",4,General,online\n";
        try {
            ceReports.report("provider" + DemoData.DOMAIN, "Demo Peer Academy", new StringReader(csv));
        } catch (CsvLines.Unreadable e) {
            throw new IllegalStateException("The demo CE report is not CSV", e);
        }
    }

    private CertificationApplication meetEveryRequirement(String email, String firstName, String lastName, LocalDate born) {
        String staff = "staff" + DemoData.DOMAIN;
        CertificationApplication application = exam.eligible(email, firstName, lastName, born);
        exam.trained(email, application);
        LocalDate lastWeek = LocalDate.now(clock).minusDays(7);
        Map<PerformanceDomain, DomainScore> fullMarks = new EnumMap<>(PerformanceDomain.class);
        for (PerformanceDomain domain : PerformanceDomain.values()) {
            int items = examPolicy.blueprint().itemsOf(domain);
            fullMarks.put(domain, new DomainScore(items, items));
        }
        exams.recordPaperResult(staff, application.getId(), lastWeek, fullMarks);
        for (CheckKind kind : CheckKind.values()) {
            applicationChecks.recordCheck(staff, application.getId(), new CheckRecord(kind, CheckResult.CLEAR, lastWeek, "Demo check agency",
                    "DEMO-" + (kind.ordinal() + 1), null), null);
        }
        return application;
    }
}
