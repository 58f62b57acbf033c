package org.peercert.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.peercert.applications.Track;
import org.peercert.platform.BusinessCalendar;

/**
 * Report 2's arithmetic, plain Java: each application started in the period with the day it reached each stage, the
 * funnel of how many reached each, the median days spent in each stage, and the share of decisions made after the
 * target decision date (the service level in business days, counted from the last submission, as the queue counts it).
 */
public final class Pipeline {

    /** One application and the days it reached each stage; null for a stage not reached. */
    public record Journey(Track track, LocalDate started, LocalDate submitted, LocalDate lastSubmitted, LocalDate decided, boolean eligible,
            LocalDate trained, LocalDate tested, LocalDate passed, LocalDate certified) {

        boolean isDecided() {
            return decided != null && submitted != null;
        }
    }

    /** The stages of the funnel, in order, each with what counts as reaching it. */
    public enum Stage {
        STARTED(j -> true),
        SUBMITTED(j -> j.submitted() != null),
        ELIGIBLE(Journey::eligible),
        TRAINED(j -> j.eligible() && j.trained() != null),
        TESTED(j -> j.eligible() && j.tested() != null),
        PASSED(j -> j.eligible() && j.passed() != null),
        CERTIFIED(j -> j.certified() != null);

        private final Predicate<Journey> reached;

        Stage(Predicate<Journey> reached) {
            this.reached = reached;
        }

        public boolean reachedBy(Journey journey) {
            return reached.test(journey);
        }
    }

    /** A stage's length in days, from one day to the next (never negative: a person may train before the decision). */
    public enum Span {
        FILLING_IN, REVIEW, TRAINING, TEST, ISSUE, WHOLE;

        Long days(Journey j) {
            return switch (this) {
                case FILLING_IN -> between(j.started(), j.submitted());
                case REVIEW -> j.isDecided() ? between(j.submitted(), j.decided()) : null;
                case TRAINING -> j.eligible() ? between(j.decided(), j.trained()) : null;
                case TEST -> j.eligible() && j.trained() != null ? between(later(j.decided(), j.trained()), j.passed()) : null;
                case ISSUE -> between(j.passed(), j.certified());
                case WHOLE -> between(j.started(), j.certified());
            };
        }
    }

    private Pipeline() {
    }

    public static long reached(List<Journey> journeys, Stage stage) {
        return journeys.stream().filter(stage::reachedBy).count();
    }

    public static List<Long> days(List<Journey> journeys, Span span) {
        List<Long> days = new ArrayList<>();
        for (Journey j : journeys) {
            Long d = span.days(j);
            if (d != null) {
                days.add(d);
            }
        }
        return days;
    }

    /** Decided applications, and of them those decided after their target decision date. */
    public static long[] lateDecisions(List<Journey> journeys, BusinessCalendar calendar, int serviceLevelBusinessDays) {
        long decided = 0;
        long late = 0;
        for (Journey j : journeys) {
            if (j.isDecided()) {
                decided++;
                LocalDate clockFrom = j.lastSubmitted() == null ? j.submitted() : j.lastSubmitted();
                if (j.decided().isAfter(calendar.addBusinessDays(clockFrom, serviceLevelBusinessDays))) {
                    late++;
                }
            }
        }
        return new long[] {decided, late};
    }

    private static Long between(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : Math.max(0, ChronoUnit.DAYS.between(from, to));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
