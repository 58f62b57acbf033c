package org.peercert.network.committee;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peercert.network.NetworkProblem;
import org.peercert.platform.format.UsDates;

/**
 * R-NET-3: when the committee may act on a meeting and what a decision must carry. Plain rules over days and
 * texts; {@link Committee} loads the records, asks these, and stores the outcome.
 */
public final class CommitteeRules {

    /** The longest reason a member may give for a conflict of interest (the column's size). */
    static final int CONFLICT_REASON_MAX = 500;
    /** The longest minutes of a decision (the column's size). */
    static final int MINUTES_MAX = 4000;

    private CommitteeRules() {
    }

    /** A meeting still to come may move to another day still to come (today counts as to come). */
    public static void checkMove(LocalDate today, LocalDate meetsOn, LocalDate newDay) {
        if (newDay == null || newDay.isBefore(today) || meetsOn.isBefore(today)) {
            throw new NetworkProblem("committee.moveToFuture");
        }
    }

    /** Members read a meeting's packets from this day on: the policy's number of days before the meeting. */
    public static LocalDate packetOpensOn(LocalDate meetsOn, int packetDaysBefore) {
        return meetsOn.minusDays(packetDaysBefore);
    }

    /** Refuses a packet before it opens, naming the day it does. */
    public static void checkPacketOpen(LocalDate today, LocalDate meetsOn, int packetDaysBefore) {
        LocalDate opens = packetOpensOn(meetsOn, packetDaysBefore);
        if (today.isBefore(opens)) {
            throw new NetworkProblem("committee.packetNotYet", opens);
        }
    }

    /**
     * What the network should know about a meeting's day: that it is not a business day, or that it is so near
     * that the packets open later than the policy's days before (with the days left and the policy's days).
     */
    public static List<DayConcern> dayConcerns(LocalDate meetsOn, boolean businessDay, LocalDate today, int packetDaysBefore) {
        List<DayConcern> concerns = new ArrayList<>();
        if (!businessDay) {
            concerns.add(new DayConcern("committee.notBusinessDay", UsDates.shown(meetsOn)));
        }
        if (packetOpensOn(meetsOn, packetDaysBefore).isBefore(today)) {
            concerns.add(new DayConcern("committee.shortNotice", ChronoUnit.DAYS.between(today, meetsOn), packetDaysBefore));
        }
        return concerns;
    }

    /** Items go on the agenda of a meeting still to come (today included). */
    public static void checkAgendaOpen(LocalDate today, LocalDate meetsOn) {
        if (meetsOn.isBefore(today)) {
            throw new NetworkProblem("committee.meetingPast");
        }
    }

    /** A declared conflict needs its reason, as stored: trimmed, not empty, within the column. */
    public static String conflictReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > CONFLICT_REASON_MAX) {
            throw new NetworkProblem("committee.conflictReason");
        }
        return why;
    }

    /** A decision is recorded on or after the meeting's day, never before. */
    public static void checkDecisionDay(LocalDate today, LocalDate meetsOn) {
        if (today.isBefore(meetsOn)) {
            throw new NetworkProblem("committee.notYet", meetsOn);
        }
    }

    /** Every ballot is a member's: the first that is not is named. */
    public static void checkAllMembers(List<Ballot> ballots, Set<String> memberEmails) {
        ballots.stream().filter(ballot -> !memberEmails.contains(ballot.member())).findFirst().ifPresent(ballot -> {
            throw new NetworkProblem("committee.notAMember", ballot.member());
        });
    }

    /** A decision's minutes, as stored: trimmed, not empty, within the column. */
    public static String minutes(String minutes) {
        String text = minutes == null ? "" : minutes.strip();
        if (text.isEmpty() || text.length() > MINUTES_MAX) {
            throw new NetworkProblem("committee.minutesRequired");
        }
        return text;
    }

    /** An approval takes effect on the day chosen, the meeting's day when none is; never before the meeting. */
    public static LocalDate effectiveFrom(LocalDate chosen, LocalDate meetsOn) {
        LocalDate effective = chosen == null ? meetsOn : chosen;
        if (effective.isBefore(meetsOn)) {
            throw new NetworkProblem("committee.effectiveBeforeMeeting", meetsOn);
        }
        return effective;
    }
}
