package org.peercert.report;

import java.util.Arrays;
import java.util.Optional;

/** The six reports of issue #25, each with the name in its address (/reports/index.xhtml?report=workforce); titles are labels. */
public enum ReportKind {
    WORKFORCE("workforce", "Who is certified now, where they live and work, and how that changed month by month."),
    PIPELINE("pipeline", "How applicants move from a started application to a certificate, and how long each stage takes."),
    TRAINING_AND_TEST("training-and-test", "Basic training completion by cohort and trainer, written test pass rates, and how each test item performs."),
    RENEWAL("renewal", "Who renews, the CE hours behind it, audit outcomes, and the expirations coming."),
    SCREENING("screening", "Background checks by result, the time to adjudicate them, and exclusion list matches."),
    NETWORK("network", "Agencies' credentialing requests, how fast the network acknowledged them, and the committee's decisions.");

    private final String slug;
    private final String summary;

    ReportKind(String slug, String summary) {
        this.slug = slug;
        this.summary = summary;
    }

    public String slug() {
        return slug;
    }

    public String summary() {
        return summary;
    }

    public static Optional<ReportKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
