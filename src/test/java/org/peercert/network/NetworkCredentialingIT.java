package org.peercert.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.agency.RosterService;
import org.peercert.network.committee.Committee;
import org.peercert.network.committee.CommitteeBallot;
import org.peercert.network.committee.CommitteeMeeting;
import org.peercert.network.committee.Outcome;
import org.peercert.network.committee.PacketNotices;
import org.peercert.network.committee.Tally;
import org.peercert.network.committee.Vote;
import org.peercert.notification.MailAttachment;
import org.peercert.notification.NoticeService;
import org.peercert.notification.OutboxMessage;
import org.peercert.notification.OutboxService;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.NotYours;
import org.peercert.platform.format.UsDates;
import org.peercert.testing.AgencyFixtures;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.MovableClock;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/** Issue 10 inside the server: request, return, acknowledgement, audit, agenda and the committee's decision (R-NET-1..5). */
@ExtendWith(ArquillianExtension.class)
class NetworkCredentialingIT {

    private static final LocalDate BORN = LocalDate.of(1984, 6, 1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AgencyFixtures fixtures;

    @Inject
    TestAccounts people;

    /** The test's own member of the network's staff. */
    private String networkStaff;

    @BeforeEach
    void makeNetworkStaff() {
        networkStaff = people.create(Role.NETWORK_STAFF, "Noor", "Network");
    }

    @Inject
    NetworkRequests requests;

    @Inject
    NetworkRequestDrafts drafts;

    @Inject
    NetworkAudits audits;

    @Inject
    Committee committee;

    @Inject
    RosterService roster;

    @Inject
    AgencyService agencies;

    @Inject
    MovableClock clock;

    @Inject
    AccountService accounts;

    @Inject
    NoticeService notices;

    @Inject
    PacketNotices packets;

    @Inject
    TestData data;

    @Inject
    OutboxService outbox;

    @AfterEach
    void realTime() {
        clock.release();
    }

    private static RequestForm complete() {
        return new RequestForm("H0038, H2015", "Ada, Canyon", false, false, null, true, true, true, true,
                "Weekly individual supervision by our PSS; monthly clinical supervision by an LMHP.");
    }

    /** A verified agency with one certified person on its roster and a complete request in draft. */
    private String agencyWithDraft() {
        String admin = people.create(Role.AGENCY_ADMIN, "Nia", "Network");
        fixtures.agency(admin, true);
        roster.add(admin, fixtures.certificate("Oren", "Rostered", BORN).getNumber(), "Rostered", BORN);
        NetworkRequest draft = drafts.start(admin);
        drafts.save(admin, draft.getVersion(), complete());
        for (NetworkDocumentKind kind : List.of(NetworkDocumentKind.LIABILITY_INSURANCE, NetworkDocumentKind.SUPERVISION_PLAN,
                NetworkDocumentKind.RECORD_KEEPING)) {
            drafts.upload(admin, kind, kind.name().toLowerCase() + ".png", new ByteArrayInputStream(ApplicationFixtures.png()));
        }
        return admin;
    }

    private NetworkRequest current(String admin) {
        return requests.latestOf(agencies.requireAgencyOf(admin).getId()).orElseThrow();
    }

    private NetworkRequest submitted(String admin) {
        NetworkRequest draft = current(admin);
        return drafts.submit(admin, draft.getVersion(), draft.form());
    }

    /** Submitted, acknowledged, audited and ready for the committee. */
    private NetworkRequest ready(String admin) {
        NetworkRequest request = submitted(admin);
        requests.acknowledge(networkStaff, request.getId(), requests.find(request.getId()).getVersion());
        NetworkAudit audit = audits.orderAudit(networkStaff, request.getId(), AuditKind.DESK);
        audits.recordAudit(networkStaff, request.getId(), audits.auditOf(request.getId()).orElseThrow().getVersion(), true, true,
                "Contact notes complete.", null);
        assertEquals(RequestStatus.READY, requests.find(request.getId()).getStatus(), audit.toString());
        return requests.find(request.getId());
    }

    private Map<String, Vote> ballots(List<String> members, Vote vote) {
        Map<String, Vote> ballots = new HashMap<>();
        members.forEach(m -> ballots.put(m, vote));
        return ballots;
    }

    private static LocalDate freeWeekdayAfter(LocalDate day, List<CommitteeMeeting> meetings) {
        LocalDate candidate = day.plusDays(1);
        while (candidate.getDayOfWeek() == DayOfWeek.SATURDAY || candidate.getDayOfWeek() == DayOfWeek.SUNDAY || taken(candidate, meetings)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private static boolean taken(LocalDate day, List<CommitteeMeeting> meetings) {
        return meetings.stream().anyMatch(m -> m.getMeetsOn().equals(day));
    }

    @Test
    void rNet1_anIncompleteRequestIsRefusedWithWhatIsMissingAndNothingChanges() {
        String admin = people.create(Role.AGENCY_ADMIN, "Ivy", "Incomplete");
        fixtures.agency(admin, true);
        NetworkRequest draft = drafts.start(admin);
        RequestForm noAttestations = new RequestForm("H0038", "Ada", false, true, " ", false, true, true, true, "");

        InvalidFields refused = assertThrows(InvalidFields.class, () -> drafts.submit(admin, draft.getVersion(), noAttestations));

        assertEquals("network.incomplete", refused.messageKey());
        List<String> missing = refused.problems().stream().map(p -> p.field() + ": " + p.text().inEnglish()).toList();
        assertEquals(List.of("null: The request cannot be sent yet: what is still needed is marked on the form and listed above it.",
                "accreditationBody: Give the accrediting body.",
                "attestsCriteria: Tick this attestation: the network needs all four.",
                "supervisionSummary: Describe how your specialists are supervised (the addendum).",
                "null: Upload this document: Certificate of liability insurance.",
                "null: Upload this document: Accreditation certificate.",
                "null: Upload this document: Supervision plan for peer support specialists.",
                "null: Upload this document: Record-keeping protocols (e.g. contact notes).",
                "null: Add at least one peer support specialist to your roster (the addendum's staff list)."), missing);
        assertEquals(RequestStatus.DRAFT, current(admin).getStatus());
        assertEquals(null, current(admin).getReceivedOn());
    }

    /** #30: a superseded document comes off a draft, only the agency's own, only while it can still change; it is audited. */
    @Test
    void aDocumentComesOffTheDraftOnlyByItsAgencyAndOnlyBeforeItIsSent() {
        String admin = agencyWithDraft();
        String other = agencyWithDraft();
        long requestId = current(admin).getId();
        NetworkDocument wrongFile = drafts.upload(admin, NetworkDocumentKind.LIABILITY_INSURANCE, "old-insurance.png",
                new ByteArrayInputStream(ApplicationFixtures.png()));

        assertThrows(NotYours.class, () -> drafts.removeDocument(other, wrongFile.getId()), "another agency's document");
        drafts.removeDocument(admin, wrongFile.getId());

        assertTrue(requests.documentsOf(requestId).stream().noneMatch(d -> d.getId().equals(wrongFile.getId())));
        assertEquals(3, requests.documentsOf(requestId).size(), "the others stay");
        assertTrue(data.auditDetailsAbout(NetworkRequests.subject(current(admin))).stream().anyMatch(d -> d.contains("old-insurance.png")));
        long kept = requests.documentsOf(requestId).get(0).getId();
        submitted(admin);
        assertEquals("network.notEditable", assertThrows(NetworkProblem.class, () -> drafts.removeDocument(admin, kept)).messageKey(),
                "a sent request's documents stay");
    }

    @Test
    void aReturnedRequestIsCorrectedAndSentAgainAndTheClockMarksItOverdue() {
        String admin = agencyWithDraft();
        clock.set(LocalDate.of(2026, 11, 20).atTime(10, 0).toInstant(ZoneOffset.UTC));
        NetworkRequest request = submitted(admin);
        assertEquals(LocalDate.of(2026, 11, 24), requests.row(request.getId()).dueOn(), "received Friday, due Tuesday");

        clock.set(LocalDate.of(2026, 11, 24).atTime(23, 0).toInstant(ZoneOffset.UTC));
        assertFalse(requests.row(request.getId()).overdue(), "the due day itself is not overdue");
        clock.set(LocalDate.of(2026, 11, 25).atTime(8, 0).toInstant(ZoneOffset.UTC));
        assertTrue(requests.row(request.getId()).overdue());
        assertThrows(NetworkProblem.class, () -> requests.returnToAgency(networkStaff, request.getId(), requests.find(request.getId()).getVersion(), " "));

        requests.returnToAgency(networkStaff, request.getId(), requests.find(request.getId()).getVersion(), "The insurance certificate has expired.");

        assertEquals(RequestStatus.RETURNED, current(admin).getStatus());
        assertFalse(requests.row(request.getId()).overdue(), "off the clock while the agency corrects it");
        assertTrue(requests.messagesOf(request.getId()).get(0).getBody().contains("The insurance certificate has expired."));
        assertEquals("network.notWaiting", assertThrows(NetworkProblem.class,
                () -> requests.acknowledge(networkStaff, request.getId(), requests.find(request.getId()).getVersion())).messageKey());
        NetworkRequest again = submitted(admin);
        assertEquals(RequestStatus.SUBMITTED, again.getStatus());
        assertEquals(LocalDate.of(2026, 11, 25), again.getReceivedOn());
    }

    @Test
    void anAuditIsOrderedOnceAndCountsTheRostersCertificationFromTheRegistry() {
        String admin = agencyWithDraft();
        NetworkRequest request = submitted(admin);
        assertEquals("network.notAcknowledged", assertThrows(NetworkProblem.class,
                () -> audits.orderAudit(networkStaff, request.getId(), AuditKind.DESK)).messageKey());
        requests.acknowledge(networkStaff, request.getId(), requests.find(request.getId()).getVersion());
        assertEquals(AuditKind.DESK, audits.suggestedAuditKind(requests.find(request.getId())));

        audits.orderAudit(networkStaff, request.getId(), AuditKind.SITE);

        assertEquals("network.auditAlreadyOrdered", assertThrows(NetworkProblem.class,
                () -> audits.orderAudit(networkStaff, request.getId(), AuditKind.DESK)).messageKey());
        NetworkAudit audit = audits.recordAudit(networkStaff, request.getId(), audits.auditOf(request.getId()).orElseThrow().getVersion(),
                true, false, "Contact notes lack dates.", LocalDate.now(clock).plusDays(30));
        assertEquals(1, audit.getRosterTotal());
        assertEquals(1, audit.getRosterCertified());
        assertFalse(audit.isPassed(), "record keeping failed");
        assertEquals(RequestStatus.READY, requests.find(request.getId()).getStatus());
    }

    @Test
    void theCommitteeDecidesOnlyWithAQuorumWithoutConflictedVotesAndOnlyWhatIsOnItsAgenda() {
        String admin = agencyWithDraft();
        NetworkRequest request = ready(admin);
        List<String> members = List.of(people.create(Role.COMMITTEE_MEMBER, "Ama", "One"), people.create(Role.COMMITTEE_MEMBER, "Ben", "Two"),
                people.create(Role.COMMITTEE_MEMBER, "Cy", "Three"), people.create(Role.COMMITTEE_MEMBER, "Di", "Four"));
        LocalDate today = LocalDate.now(clock);
        committee.scheduleRegularMeetings();
        CommitteeMeeting meeting = committee.upcoming().stream().filter(m -> m.getMeetsOn().isAfter(today)).findFirst().orElseThrow();
        LocalDate meetingDay = meeting.getMeetsOn();
        Map<String, Vote> approveAll = ballots(members, Vote.APPROVE);

        assertEquals("committee.notOnAgenda", assertThrows(NetworkProblem.class,
                () -> committee.decide(members.get(0), meeting.getId(), request.getId(), approveAll, "Minutes.", null)).messageKey());
        committee.addToAgenda(networkStaff, meeting.getId(), request.getId());
        assertEquals("committee.notReady", assertThrows(NetworkProblem.class,
                () -> committee.addToAgenda(networkStaff, meeting.getId(), request.getId())).messageKey());
        assertEquals("committee.notYet", assertThrows(NetworkProblem.class,
                () -> committee.decide(members.get(0), meeting.getId(), request.getId(), approveAll, "Minutes.", null)).messageKey(),
                "no decision before the meeting's day (a meeting after today is chosen, whatever other tests did to the calendar)");
        clock.set(meetingDay.atTime(18, 0).toInstant(ZoneOffset.UTC));
        Map<String, Vote> two = ballots(members.subList(0, 2), Vote.APPROVE);
        assertEquals("committee.noQuorum", assertThrows(NetworkProblem.class,
                () -> committee.decide(members.get(0), meeting.getId(), request.getId(), two, "Minutes.", null)).messageKey());
        committee.declareConflict(members.get(3), request.getId(), "I sit on the agency's board.");
        assertEquals("committee.conflictedVote", assertThrows(NetworkProblem.class,
                () -> committee.decide(members.get(0), meeting.getId(), request.getId(), approveAll, "Minutes.", null)).messageKey());
        Agency before = agencies.requireAgencyOf(admin);
        assertFalse(before.isNetworkApprovedOn(meetingDay.plusDays(1)));

        Tally tally = committee.decide(members.get(0), meeting.getId(), request.getId(), ballots(members.subList(0, 3), Vote.APPROVE),
                "Audit clean; all staff certified.", meetingDay.plusDays(1));

        assertEquals(Outcome.APPROVED, tally.outcome());
        assertEquals(RequestStatus.APPROVED, requests.find(request.getId()).getStatus());
        Agency approved = agencies.requireAgencyOf(admin);
        assertFalse(approved.isNetworkApprovedOn(meetingDay), "R-SVC-6 reads the effective date");
        assertTrue(approved.isNetworkApprovedOn(meetingDay.plusDays(1)));
        assertEquals("committee.alreadyDecided", assertThrows(NetworkProblem.class,
                () -> committee.decide(members.get(0), meeting.getId(), request.getId(), approveAll, "Again.", null)).messageKey());
        byte[] letter = committee.decisionLetter(requests.find(request.getId()));
        assertEquals("%PDF-", new String(letter, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(requests.messagesOf(request.getId()).stream().anyMatch(m -> m.getBody().contains("approved your agency")));
        OutboxMessage decisionMail = data.outboxTo(admin).stream().filter(m -> m.getBody().contains("approved your agency")).reduce((a, b) -> b)
                .orElseThrow();
        List<MailAttachment> attached = outbox.attachmentsOf(decisionMail.getId());
        assertEquals(List.of("credentialing-decision-" + request.getId() + ".pdf"), attached.stream().map(MailAttachment::getFileName).toList(),
                "the decision letter travels with the decision mail");
        assertEquals("application/pdf", attached.get(0).getMediaType());
        assertEquals("%PDF-", new String(attached.get(0).getContent(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));

        long adminId = accounts.findByEmail(admin).orElseThrow().getId();
        LocalDate approvalEnds = meetingDay.plusDays(1).plusYears(3);
        clock.set(approvalEnds.minusDays(91).atStartOfDay().toInstant(ZoneOffset.UTC));
        requests.remindToRecredential();
        assertEquals(0, recredentialNotices(adminId), "not yet: 91 days before the end");
        clock.set(approvalEnds.minusDays(90).atStartOfDay().toInstant(ZoneOffset.UTC));
        requests.remindToRecredential();
        requests.remindToRecredential();
        assertEquals(1, recredentialNotices(adminId), "90 days before the end, once");
    }

    /** #26: members vote for themselves; each sees only their own vote until a member records the result at the meeting. */
    @Test
    void rNet3_membersVoteOnlineEachSeeingOnlyTheirOwnVoteUntilTheResultIsRecorded() {
        String admin = agencyWithDraft();
        NetworkRequest request = ready(admin);
        List<String> members = List.of(people.create(Role.COMMITTEE_MEMBER, "Eve", "Online"), people.create(Role.COMMITTEE_MEMBER, "Finn", "Online"),
                people.create(Role.COMMITTEE_MEMBER, "Gil", "Online"), people.create(Role.COMMITTEE_MEMBER, "Hal", "Conflicted"));
        String stranger = people.create(Role.NETWORK_STAFF, "Ivo", "Outsider");
        LocalDate today = LocalDate.now(clock);
        committee.scheduleRegularMeetings();
        CommitteeMeeting meeting = committee.upcoming().stream().filter(m -> committee.packetOpensOn(m).isAfter(today)).findFirst().orElseThrow();
        committee.addToAgenda(networkStaff, meeting.getId(), request.getId());
        long item = committee.agenda(meeting.getId()).stream().filter(l -> l.request().getId().equals(request.getId())).findFirst().orElseThrow()
                .item().getId();

        assertEquals("committee.packetNotYet", assertThrows(NetworkProblem.class, () -> committee.castVote(members.get(0), item, Vote.APPROVE))
                .messageKey(), "no vote before the packet opens");
        clock.set(committee.packetOpensOn(meeting).atTime(12, 0).toInstant(ZoneOffset.UTC));
        committee.castVote(members.get(0), item, Vote.APPROVE);
        committee.castVote(members.get(0), item, Vote.DENY);
        committee.castVote(members.get(1), item, Vote.APPROVE);
        committee.castVote(members.get(3), item, Vote.APPROVE);
        assertEquals(Optional.of(Vote.DENY), committee.voteOf(members.get(0), item), "the changed vote counts");
        assertEquals(Optional.empty(), committee.voteOf(members.get(2), item));
        assertEquals(3, committee.votesCastOnline(item));
        committee.declareConflict(members.get(3), request.getId(), "My sister runs the agency.");
        assertEquals(2, committee.votesCastOnline(item), "a conflict declared after voting withdraws the vote");
        assertEquals("committee.conflictedCannotVote", assertThrows(NetworkProblem.class,
                () -> committee.castVote(members.get(3), item, Vote.APPROVE)).messageKey());
        assertEquals("committee.notAMember", assertThrows(NetworkProblem.class, () -> committee.castVote(stranger, item, Vote.APPROVE)).messageKey());
        committee.castVote(members.get(2), item, Vote.APPROVE);
        assertTrue(data.auditDetailsAbout("network request " + request.getId()).stream()
                .noneMatch(detail -> detail.contains("APPROVE") || detail.contains("DENY") || detail.contains("Approve") || detail.contains("Deny")),
                "the audit trail says a vote was cast, not which");
        assertEquals("committee.notYet", assertThrows(NetworkProblem.class, () -> committee.decideFromOnlineVotes(members.get(1), meeting.getId(),
                request.getId(), "Minutes.", null)).messageKey());

        clock.set(meeting.getMeetsOn().atTime(18, 0).toInstant(ZoneOffset.UTC));
        assertEquals("committee.votedOnline", assertThrows(NetworkProblem.class, () -> committee.decide(members.get(1), meeting.getId(),
                request.getId(), ballots(members.subList(0, 3), Vote.APPROVE), "Typed over.", null)).messageKey(), "votes cast online are not typed over");
        Tally tally = committee.decideFromOnlineVotes(members.get(1), meeting.getId(), request.getId(), "Two for, one against.", null);

        assertEquals(new Tally(2, 1, 0, Outcome.APPROVED), tally);
        assertEquals(RequestStatus.APPROVED, requests.find(request.getId()).getStatus());
        assertEquals(Map.of(members.get(0), Vote.DENY, members.get(1), Vote.APPROVE, members.get(2), Vote.APPROVE), committee.ballotsOf(item).stream()
                .collect(java.util.stream.Collectors.toMap(CommitteeBallot::getMember, CommitteeBallot::getVote)), "the votes stay with the decision");
        assertEquals("committee.alreadyDecided", assertThrows(NetworkProblem.class, () -> committee.castVote(members.get(2), item, Vote.DENY))
                .messageKey());
        assertTrue(data.auditDetailsAbout("network request " + request.getId()).stream().anyMatch(d -> d.endsWith("from the votes cast online")));
    }

    /** #26: the plan the audit asks for is awaited, overdue, sent, returned with a new day, sent again and accepted. */
    @Test
    void aCorrectiveActionPlanIsTrackedFromTheAuditToItsAcceptance() {
        String admin = agencyWithDraft();
        NetworkRequest request = submitted(admin);
        long id = request.getId();
        assertTrue(data.outboxTo(networkStaff).stream().anyMatch(m -> m.getSubject().contains("request sent for credentialing, to be answered by")),
                "#30: the network's staff hear of a request sent");
        requests.acknowledge(networkStaff, id, requests.find(id).getVersion());
        audits.orderAudit(networkStaff, id, AuditKind.DESK);
        LocalDate today = LocalDate.now(clock);
        audits.recordAudit(networkStaff, id, audits.auditOf(id).orElseThrow().getVersion(), true, false, "Contact notes incomplete.",
                today.plusDays(10));
        assertEquals(PlanState.AWAITED, planState(id, today));
        assertEquals("network.noPlanToDecide", assertThrows(NetworkProblem.class, () -> audits.decidePlan(networkStaff, id, auditVersion(id),
                PlanDecision.ACCEPTED, null, null)).messageKey(), "nothing to answer before a plan comes");

        clock.set(today.plusDays(11).atTime(9, 0).toInstant(ZoneOffset.UTC));
        assertEquals(PlanState.OVERDUE, planState(id, today.plusDays(11)));
        assertTrue(audits.plansOverdue().contains(id), "marked on the network's queue");
        audits.sendPlan(admin, "plan.png", new ByteArrayInputStream(ApplicationFixtures.png()));
        assertEquals(PlanState.RECEIVED, planState(id, today.plusDays(11)));
        assertFalse(audits.plansOverdue().contains(id), "a plan in the network's hands is not the agency's delay");
        assertTrue(data.outboxTo(networkStaff).stream().anyMatch(m -> m.getSubject().contains("corrective action plan sent (plan.png)")));
        InvalidFields noReason = assertThrows(InvalidFields.class, () -> audits.decidePlan(networkStaff, id, auditVersion(id), PlanDecision.RETURNED,
                " ", null));
        assertEquals("planNote", noReason.problems().get(0).field());

        audits.decidePlan(networkStaff, id, auditVersion(id), PlanDecision.RETURNED, "Name who reviews the contact notes.", today.plusDays(25));
        assertEquals(PlanState.RETURNED, planState(id, today.plusDays(11)), "the new due day is not past");
        assertTrue(requests.messagesOf(id).stream().anyMatch(m -> m.getBody().contains("What to correct: Name who reviews the contact notes.")));
        audits.sendPlan(admin, "plan-corrected.png", new ByteArrayInputStream(ApplicationFixtures.png()));
        audits.decidePlan(networkStaff, id, auditVersion(id), PlanDecision.ACCEPTED, null, null);

        assertEquals(PlanState.ACCEPTED, planState(id, today.plusDays(40)));
        assertFalse(audits.plansOverdue().contains(id));
        assertEquals("network.noPlanAsked", assertThrows(NetworkProblem.class,
                () -> audits.sendPlan(admin, "late.png", new ByteArrayInputStream(ApplicationFixtures.png()))).messageKey());
        assertEquals(List.of("NETWORK_PLAN_SENT", "NETWORK_PLAN_RETURNED", "NETWORK_PLAN_SENT", "NETWORK_PLAN_ACCEPTED"),
                data.auditActionsAbout("network request " + id).stream().filter(a -> a.startsWith("NETWORK_PLAN")).toList());
        assertEquals(2, requests.documentsOf(id).stream().filter(d -> d.getKind() == NetworkDocumentKind.CORRECTIVE_ACTION_PLAN).count());
    }

    private PlanState planState(long requestId, LocalDate day) {
        return audits.auditOf(requestId).orElseThrow().planState(day);
    }

    private long auditVersion(long requestId) {
        return audits.auditOf(requestId).orElseThrow().getVersion();
    }

    private long recredentialNotices(long adminId) {
        return notices.of(adminId, 0, 50).rows().stream().filter(n -> n.getSubject().startsWith("Time to re-credential")).count();
    }

    @Test
    void rNet3_eachMemberIsMailedOnceWhenTheMeetingsPacketsOpen() {
        String admin = agencyWithDraft();
        NetworkRequest request = ready(admin);
        String agencyName = agencies.requireAgencyOf(admin).getLegalName();
        String member = people.create(Role.COMMITTEE_MEMBER, "Ida", "Packet");
        committee.scheduleRegularMeetings();
        LocalDate today = LocalDate.now(clock);
        CommitteeMeeting meeting = committee.upcoming().stream().filter(m -> committee.packetOpensOn(m).isAfter(today)).findFirst().orElseThrow();
        committee.addToAgenda(networkStaff, meeting.getId(), request.getId());
        String subject = "Committee packets are open for the meeting of " + UsDates.shown(meeting.getMeetsOn());

        packets.tellMembersOfOpenPackets();
        assertFalse(data.mailSubjectsTo(member).contains(subject), "not before the packets open");

        clock.set(committee.packetOpensOn(meeting).atTime(6, 0).toInstant(ZoneOffset.UTC));
        packets.tellMembersOfOpenPackets();
        packets.tellMembersOfOpenPackets();
        assertEquals(1, data.mailSubjectsTo(member).stream().filter(subject::equals).count(), "once, however often the job runs");
        assertTrue(data.mailBodiesTo(member).stream().anyMatch(body -> body.contains(subject.substring(subject.indexOf("meeting of")))
                && body.contains("- " + agencyName)), "the mail names the agencies on the agenda");
    }

    @Test
    void aTieDefersTheRequestToALaterAgendaAndAMeetingMovesToAFreeDay() {
        String admin = agencyWithDraft();
        NetworkRequest request = ready(admin);
        List<String> members = List.of(people.create(Role.COMMITTEE_MEMBER, "Eve", "Five"), people.create(Role.COMMITTEE_MEMBER, "Fay", "Six"),
                people.create(Role.COMMITTEE_MEMBER, "Gus", "Seven"), people.create(Role.COMMITTEE_MEMBER, "Hal", "Eight"));
        committee.scheduleRegularMeetings();
        List<CommitteeMeeting> meetings = committee.upcoming();
        CommitteeMeeting first = meetings.get(0);
        LocalDate free = freeWeekdayAfter(first.getMeetsOn(), meetings);
        assertEquals("committee.dayTaken", assertThrows(NetworkProblem.class,
                () -> committee.move(networkStaff, first.getId(), first.getVersion(), meetings.get(1).getMeetsOn())).messageKey());
        CommitteeMeeting moved = committee.move(networkStaff, first.getId(), first.getVersion(), free);
        assertEquals(free, moved.getMeetsOn());
        assertTrue(data.outboxTo(members.get(0)).stream().anyMatch(m -> m.getSubject().equals("The committee meeting of "
                + UsDates.shown(first.getMeetsOn()) + " moves to " + UsDates.shown(free))), "#30: members hear of a moved meeting");
        assertEquals(0, committee.scheduleRegularMeetings(), "the moved meeting is not scheduled again on its regular day");
        assertEquals(meetings.size(), committee.upcoming().size());

        committee.addToAgenda(networkStaff, first.getId(), request.getId());
        clock.set(free.atTime(18, 0).toInstant(ZoneOffset.UTC));
        Map<String, Vote> tie = new HashMap<>(ballots(members.subList(0, 2), Vote.APPROVE));
        tie.putAll(ballots(members.subList(2, 4), Vote.DENY));

        assertEquals(Outcome.DEFERRED, committee.decide(members.get(0), first.getId(), request.getId(), tie, "Split; wants the CAP.", null).outcome());
        assertEquals(RequestStatus.READY, requests.find(request.getId()).getStatus(), "back for a later agenda");
        assertFalse(agencies.requireAgencyOf(admin).isNetworkApprovedOn(free.plusYears(1)));
    }
}
