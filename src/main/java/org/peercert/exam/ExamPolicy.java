package org.peercert.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** R-TRN-2: the written test's blueprint (items per domain, time, pass mark) and its attempt rules. */
@ApplicationScoped
public class ExamPolicy {

    @Inject
    @ConfigProperty(name = "peercert.exam.items.advocacy", defaultValue = "15")
    int advocacyItems;

    @Inject
    @ConfigProperty(name = "peercert.exam.items.professional-responsibility", defaultValue = "15")
    int professionalResponsibilityItems;

    @Inject
    @ConfigProperty(name = "peercert.exam.items.mentoring", defaultValue = "15")
    int mentoringItems;

    @Inject
    @ConfigProperty(name = "peercert.exam.items.recovery-support", defaultValue = "15")
    int recoverySupportItems;

    @Inject
    @ConfigProperty(name = "peercert.exam.time-limit-minutes", defaultValue = "90")
    int timeLimitMinutes;

    @Inject
    @ConfigProperty(name = "peercert.exam.pass-mark-percent", defaultValue = "80")
    BigDecimal passMarkPercent;

    @Inject
    @ConfigProperty(name = "peercert.exam.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "peercert.exam.wait-days", defaultValue = "14")
    int waitDays;

    /** What the applicant is told once every attempt failed: the state's policy, in its words. */
    @Inject
    @ConfigProperty(name = "peercert.exam.after-last-attempt", defaultValue = "No further attempt is open to you in the portal. "
            + "Contact your state certification office: under the policy it decides whether you retake the 40-hour basic training "
            + "before a new series of attempts.")
    String afterLastAttempt;

    public Blueprint blueprint() {
        return new Blueprint(Map.of(PerformanceDomain.ADVOCACY, advocacyItems,
                PerformanceDomain.PROFESSIONAL_RESPONSIBILITY, professionalResponsibilityItems,
                PerformanceDomain.MENTORING, mentoringItems,
                PerformanceDomain.RECOVERY_SUPPORT, recoverySupportItems), Duration.ofMinutes(timeLimitMinutes), passMarkPercent);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public int waitDays() {
        return waitDays;
    }

    public String afterLastAttempt() {
        return afterLastAttempt;
    }
}
