package org.peercert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peercert.background.CheckKind;
import org.peercert.background.CheckStanding;

/**
 * R-TRN-3: a certificate is issued once eligibility is accepted, the basic training is completed and
 * confirmed, the written test is passed, the three background checks are clear and unexpired, and no
 * exclusion is confirmed. Each requirement not met is named.
 */
public record Readiness(List<String> missing) {

    public Readiness {
        missing = List.copyOf(missing);
    }

    public static Readiness of(boolean eligible, boolean trained, boolean testPassed, Map<CheckKind, CheckStanding> checks,
                               boolean excluded) {
        List<String> missing = new ArrayList<>();
        if (!eligible) {
            missing.add("Eligibility accepted by staff (R-ELIG)");
        }
        if (!trained) {
            missing.add("Basic training completed and confirmed (R-TRN-1)");
        }
        if (!testPassed) {
            missing.add("Written test passed (R-TRN-2)");
        }
        CheckStanding.blocking(checks).forEach(check -> missing.add(check + " (R-BG-1/2)"));
        if (excluded) {
            missing.add("Confirmed on the federal exclusion list (R-BG-3)");
        }
        return new Readiness(missing);
    }

    public boolean isReady() {
        return missing.isEmpty();
    }
}
