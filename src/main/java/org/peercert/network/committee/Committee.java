package org.peercert.network.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peercert.account.EmailAddress;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.peercert.agency.Agency;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.network.DecisionLetter;
import org.peercert.network.NetworkPolicy;
import org.peercert.network.NetworkProblem;
import org.peercert.network.NetworkRequest;
import org.peercert.network.NetworkRequests;
import org.peercert.network.RequestStatus;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.BusinessCalendar;
import org.peercert.platform.NotYours;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.format.UsDates;

/**
 * R-NET-3: the credentialing committee. Meetings come from the monthly schedule (a meeting can be moved); the
 * network puts ready requests on an agenda; members read each packet from a set number of days before and record
 * each decision by ballot, with a quorum and without members who declared a conflict.
 */
@ApplicationScoped
@Transactional
public class Committee {

    /** How many meetings ahead are kept scheduled. */
    static final int MEETINGS_AHEAD = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BusinessCalendar calendar;

    @Inject
    AuditService audit;

    @Inject
    NetworkPolicy policy;

    @Inject
    NetworkRequests requests;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    /**
     * Puts the next regular meetings on the calendar where they are not yet (a moved meeting counts for its regular
     * day). Run by {@link MeetingScheduleJob}, so pages only read; returns how many meetings it added.
     */
    public int scheduleRegularMeetings() {
        int added = 0;
        for (LocalDate regular : policy.meetingSchedule().upcoming(LocalDate.now(clock), MEETINGS_AHEAD)) {
            boolean scheduled = !em.createQuery("select m from CommitteeMeeting m where m.meetsOn = :d or m.movedFrom = :d", CommitteeMeeting.class)
                    .setParameter("d", regular).getResultList().isEmpty();
            if (!scheduled) {
                em.persist(new CommitteeMeeting(regular));
                added++;
            }
        }
        return added;
    }

    /** The meetings from today on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommitteeMeeting> upcoming() {
        return em.createQuery("select m from CommitteeMeeting m where m.meetsOn >= :t order by m.meetsOn", CommitteeMeeting.class)
                .setParameter("t", LocalDate.now(clock)).getResultList();
    }

    /** Past meetings, newest first, with what they decided. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommitteeMeeting> past(int max) {
        return em.createQuery("select m from CommitteeMeeting m where m.meetsOn < :t order by m.meetsOn desc", CommitteeMeeting.class)
                .setParameter("t", LocalDate.now(clock)).setMaxResults(max).getResultList();
    }

    public CommitteeMeeting move(String networkEmail, long meetingId, long seenVersion, LocalDate day) {
        CommitteeMeeting meeting = meeting(meetingId);
        NetworkRequests.unchanged(meeting, meeting.getVersion(), seenVersion);
        CommitteeRules.checkMove(LocalDate.now(clock), meeting.getMeetsOn(), day);
        boolean taken = !em.createQuery("select m from CommitteeMeeting m where m.meetsOn = :d and m.id <> :id", CommitteeMeeting.class)
                .setParameter("d", day).setParameter("id", meetingId).getResultList().isEmpty();
        if (taken) {
            throw new NetworkProblem("committee.dayTaken", day);
        }
        LocalDate from = meeting.getMeetsOn();
        meeting.moveTo(day);
        audit.record(EmailAddress.normalize(networkEmail), AuditAction.COMMITTEE_MEETING_MOVED, "committee meeting " + meetingId, from + " -> " + day);
        tellMembersOfMove(meeting, from);
        return meeting;
    }

    /** #30: every member hears of a moved meeting, once per new day. */
    private void tellMembersOfMove(CommitteeMeeting meeting, LocalDate from) {
        for (UserAccount member : members()) {
            outbox.enqueueOnce(templates.render("committee-moved", member.getEmail(), member.getFirstName(), UsDates.shown(from),
                    UsDates.shown(meeting.getMeetsOn()), urls.absolute("/committee/index.xhtml")),
                    "committee-moved:" + meeting.getId() + ":" + meeting.getMeetsOn() + ":" + member.getId());
        }
    }

    /**
     * What the network should know about a meeting's day: a day that is not a
     * business day, or one so near that the members get their packets later than the policy's days before.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DayConcern> dayConcerns(CommitteeMeeting meeting) {
        LocalDate day = meeting.getMeetsOn();
        return CommitteeRules.dayConcerns(day, calendar.isBusinessDay(day), LocalDate.now(clock), policy.packetDaysBefore());
    }

    /** A request the audit made ready goes on a meeting's agenda; it is then the committee's to decide. */
    public CommitteeItem addToAgenda(String networkEmail, long meetingId, long requestId) {
        CommitteeMeeting meeting = meeting(meetingId);
        CommitteeRules.checkAgendaOpen(LocalDate.now(clock), meeting.getMeetsOn());
        NetworkRequest request = em.find(NetworkRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.getStatus() != RequestStatus.READY) {
            throw new NetworkProblem("committee.notReady");
        }
        CommitteeItem item = new CommitteeItem(meetingId, requestId);
        em.persist(item);
        requests.putOnAgenda(request);
        audit.record(EmailAddress.normalize(networkEmail), AuditAction.COMMITTEE_AGENDA_ADDED, "network request " + requestId,
                "meeting of " + meeting.getMeetsOn());
        return item;
    }

    /** An agenda line: the item, its request and agency. */
    public record AgendaLine(CommitteeItem item, NetworkRequest request, String agencyName) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgendaLine> agenda(long meetingId) {
        return em.createQuery("select i, r, a.legalName from CommitteeItem i, NetworkRequest r, Agency a where i.meetingId = :m"
                        + " and r.id = i.requestId and a.id = r.agencyId order by i.id", Object[].class).setParameter("m", meetingId).getResultList()
                .stream().map(row -> new AgendaLine((CommitteeItem) row[0], (NetworkRequest) row[1], (String) row[2])).toList();
    }

    /** Requests the audit made ready, waiting for an agenda. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NetworkRequests.QueueRow> readyForAgenda() {
        return requests.inState(RequestStatus.READY);
    }

    public void declareConflict(String memberEmail, long requestId, String reason) {
        String member = EmailAddress.normalize(memberEmail);
        requests.find(requestId);
        String why = CommitteeRules.conflictReason(reason);
        if (em.find(CommitteeConflict.class, key(requestId, member)) == null) {
            em.persist(new CommitteeConflict(requestId, member, why, clock.instant()));
            int withdrawn = em.createQuery("delete from CommitteeVote v where v.member = :m and v.itemId in "
                    + "(select i.id from CommitteeItem i where i.requestId = :r and i.outcome is null)").setParameter("m", member)
                    .setParameter("r", requestId).executeUpdate();
            audit.record(member, AuditAction.COMMITTEE_CONFLICT_DECLARED, "network request " + requestId,
                    withdrawn == 0 ? why : why + " (the vote cast online is withdrawn)");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> conflictedOn(long requestId) {
        return new HashSet<>(em.createQuery("select c.member from CommitteeConflict c where c.requestId = :r", String.class)
                .setParameter("r", requestId).getResultList());
    }

    /** The members who may vote: every active account holding the committee role. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> members() {
        return em.createQuery("select u from UserAccount u join u.roles r where r = :role order by u.lastName, u.firstName", UserAccount.class)
                .setParameter("role", Role.COMMITTEE_MEMBER).getResultList();
    }

    /** A member's packet opens this many days before the meeting (policy), and stays open. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate packetOpensOn(CommitteeMeeting meeting) {
        return CommitteeRules.packetOpensOn(meeting.getMeetsOn(), policy.packetDaysBefore());
    }

    /** An agenda item's line, for its packet: refused before the packet opens. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AgendaLine packet(long itemId) {
        CommitteeItem item = item(itemId);
        CommitteeMeeting meeting = meeting(item.getMeetingId());
        CommitteeRules.checkPacketOpen(LocalDate.now(clock), meeting.getMeetsOn(), policy.packetDaysBefore());
        NetworkRequest request = requests.find(item.getRequestId());
        return new AgendaLine(item, request, em.find(Agency.class, request.getAgencyId()).getLegalName());
    }

    /**
     * R-NET-3 (#26): a member casts their own vote online, from the day the packet opens until the result is recorded,
     * and may change it meanwhile. A member with a declared conflict does not vote. The audit trail says that a vote
     * was cast, not which: nobody but the member sees it before the result.
     */
    public void castVote(String memberEmail, long itemId, Vote vote) {
        String member = EmailAddress.normalize(memberEmail);
        CommitteeItem item = lockedItem(itemId);
        if (vote == null) {
            throw new NetworkProblem("committee.voteRequired");
        }
        if (members().stream().noneMatch(m -> m.getEmail().equals(member))) {
            throw new NetworkProblem("committee.notAMember", member);
        }
        if (item.isDecided()) {
            throw new NetworkProblem("committee.alreadyDecided");
        }
        CommitteeRules.checkPacketOpen(LocalDate.now(clock), meeting(item.getMeetingId()).getMeetsOn(), policy.packetDaysBefore());
        if (conflictedOn(item.getRequestId()).contains(member)) {
            throw new NetworkProblem("committee.conflictedCannotVote");
        }
        CommitteeVote earlier = em.find(CommitteeVote.class, ballotKey(itemId, member));
        if (earlier == null) {
            em.persist(new CommitteeVote(itemId, member, vote, clock.instant()));
        } else {
            earlier.change(vote, clock.instant());
        }
        audit.record(member, AuditAction.COMMITTEE_VOTE_CAST, "network request " + item.getRequestId(),
                earlier == null ? "Vote cast online" : "Vote changed online");
    }

    /** The member's own vote on the item, if they cast one online. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Vote> voteOf(String memberEmail, long itemId) {
        return Optional.ofNullable(em.find(CommitteeVote.class, ballotKey(itemId, EmailAddress.normalize(memberEmail)))).map(CommitteeVote::getVote);
    }

    /** How many members have voted online on the item: a count, which says nothing of how they voted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long votesCastOnline(long itemId) {
        return em.createQuery("select count(v) from CommitteeVote v where v.itemId = :i", Long.class).setParameter("i", itemId).getSingleResult();
    }

    /**
     * R-NET-3: at or after the meeting, a member records the result of the votes the members cast online, with the
     * minutes and, for an approval, the effective date. Quorum, conflicts and majority as for votes taken on paper.
     */
    public Tally decideFromOnlineVotes(String recorderEmail, long meetingId, long requestId, String minutes, LocalDate effectiveFrom) {
        CommitteeItem item = agendaItem(meetingId, requestId);
        List<Ballot> cast = onlineVotes(item.getId()).stream().map(CommitteeVote::ballot).toList();
        if (cast.isEmpty()) {
            throw new NetworkProblem("committee.noOnlineVotes");
        }
        return record(recorderEmail, item, cast, minutes, effectiveFrom, "votes cast online");
    }

    /**
     * R-NET-3: a member records the decision of a meeting held on paper: each member's ballot as the secretary noted
     * it, the minutes, and for an approval the effective date. Once members have voted online, the result comes from
     * their votes instead, so that nobody's vote is typed over. A deferred request waits for a later agenda.
     */
    public Tally decide(String recorderEmail, long meetingId, long requestId, Map<String, Vote> ballots, String minutes, LocalDate effectiveFrom) {
        CommitteeItem item = agendaItem(meetingId, requestId);
        if (!onlineVotes(item.getId()).isEmpty()) {
            throw new NetworkProblem("committee.votedOnline");
        }
        Set<String> memberEmails = new HashSet<>(members().stream().map(UserAccount::getEmail).toList());
        List<Ballot> cast = ballots.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> new Ballot(EmailAddress.normalize(e.getKey()), e.getValue())).toList();
        CommitteeRules.checkAllMembers(cast, memberEmails);
        return record(recorderEmail, item, cast, minutes, effectiveFrom, "ballots recorded from the meeting");
    }

    private CommitteeItem agendaItem(long meetingId, long requestId) {
        meeting(meetingId);
        CommitteeItem item = em.createQuery("select i from CommitteeItem i where i.meetingId = :m and i.requestId = :r", CommitteeItem.class)
                .setParameter("m", meetingId).setParameter("r", requestId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst().orElseThrow(() -> new NetworkProblem("committee.notOnAgenda"));
        if (item.isDecided()) {
            throw new NetworkProblem("committee.alreadyDecided");
        }
        return item;
    }

    private Tally record(String recorderEmail, CommitteeItem item, List<Ballot> cast, String minutes, LocalDate effectiveFrom, String how) {
        CommitteeMeeting meeting = meeting(item.getMeetingId());
        CommitteeRules.checkDecisionDay(LocalDate.now(clock), meeting.getMeetsOn());
        long requestId = item.getRequestId();
        Tally tally = CommitteeVoting.decide(cast, conflictedOn(requestId), policy.quorum());
        String text = CommitteeRules.minutes(minutes);
        LocalDate effective = CommitteeRules.effectiveFrom(effectiveFrom, meeting.getMeetsOn());
        cast.forEach(b -> em.persist(new CommitteeBallot(item.getId(), b.member(), b.vote())));
        String recorder = EmailAddress.normalize(recorderEmail);
        item.record(tally, text, recorder, clock.instant());
        requests.decided(requests.find(requestId), tally.outcome(), meeting.getMeetsOn(), effective, recorder, text, this::decisionLetter);
        audit.record(recorder, AuditAction.COMMITTEE_DECISION_RECORDED, "network request " + requestId, tally.outcome() + " " + tally.approve()
                + "-" + tally.deny() + "-" + tally.defer() + " at the meeting of " + meeting.getMeetsOn() + ", from the " + how);
        return tally;
    }

    private List<CommitteeVote> onlineVotes(long itemId) {
        return em.createQuery("select v from CommitteeVote v where v.itemId = :i", CommitteeVote.class).setParameter("i", itemId).getResultList();
    }

    private CommitteeItem lockedItem(long itemId) {
        item(itemId);
        return em.find(CommitteeItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static CommitteeBallot.Key ballotKey(long itemId, String member) {
        return new CommitteeBallot.Key(itemId, member);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommitteeBallot> ballotsOf(long itemId) {
        return em.createQuery("select b from CommitteeBallot b where b.itemId = :i order by b.member", CommitteeBallot.class)
                .setParameter("i", itemId).getResultList();
    }

    /** The committee's decision on a request, once recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CommitteeItem> decisionOn(long requestId) {
        return em.createQuery("select i from CommitteeItem i where i.requestId = :r and i.outcome is not null order by i.recordedAt desc",
                CommitteeItem.class).setParameter("r", requestId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The decision letter of a decided request (approved or denied), made from the recorded decision. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] decisionLetter(NetworkRequest request) {
        CommitteeItem item = decisionOn(request.getId()).filter(i -> i.getOutcome() != Outcome.DEFERRED)
                .orElseThrow(() -> new NetworkProblem("network.noDecision"));
        Agency agency = em.find(Agency.class, request.getAgencyId());
        LocalDate effective = request.getEffectiveFrom();
        return DecisionLetter.render(new DecisionLetter.Facts(agency.getLegalName(), agency.getNpi(), agency.getStreet() + ", " + agency.getCity()
                + ", " + agency.getState() + " " + agency.getPostalCode(), request.getPayer(), item.getOutcome(), meeting(item.getMeetingId())
                .getMeetsOn(), effective, effective == null ? null : effective.plusYears(policy.recredentialYears()), item.getVotesApprove(),
                item.getVotesDeny(), item.getVotesDefer(), item.getMinutes()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitteeMeeting meeting(long meetingId) {
        return Optional.ofNullable(em.find(CommitteeMeeting.class, meetingId)).orElseThrow(() -> new NotYours("committee meeting " + meetingId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitteeItem item(long itemId) {
        return Optional.ofNullable(em.find(CommitteeItem.class, itemId)).orElseThrow(() -> new NotYours("committee item " + itemId));
    }

    private static CommitteeConflict.Key key(long requestId, String member) {
        CommitteeConflict.Key key = new CommitteeConflict.Key();
        key.requestId = requestId;
        key.member = member;
        return key;
    }
}
