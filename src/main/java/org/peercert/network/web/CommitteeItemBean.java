package org.peercert.network.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peercert.account.UserAccount;
import org.peercert.account.web.CurrentUser;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.network.NetworkAudit;
import org.peercert.network.NetworkAudits;
import org.peercert.network.NetworkDocument;
import org.peercert.network.NetworkPolicy;
import org.peercert.network.NetworkRequests;
import org.peercert.network.committee.Committee;
import org.peercert.network.committee.CommitteeBallot;
import org.peercert.network.committee.CommitteeMeeting;
import org.peercert.network.committee.Tally;
import org.peercert.network.committee.Vote;
import org.peercert.platform.NotYours;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/**
 * /committee/item.xhtml?id=: one agenda item's read-only packet (forms, documents, audit findings, roster status),
 * a member's conflict of interest, the member's own vote cast online, and the decision with each member's ballot,
 * recorded from the votes cast online or from a meeting held on paper (R-NET-3).
 */
@Named
@ViewScoped
public class CommitteeItemBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Committee committee;

    @Inject
    NetworkRequests requests;

    @Inject
    NetworkAudits audits;

    @Inject
    AgencyService agencies;

    @Inject
    CurrentUser currentUser;

    @Inject
    java.time.Clock clock;

    @Inject
    NetworkPolicy policy;

    private Long id;
    private transient Committee.AgendaLine line;
    private transient CommitteeMeeting meeting;
    private transient Agency agency;
    private transient List<NetworkDocument> documents;
    private transient NetworkAudit audit;
    private transient NetworkAudits.RosterCertification certification;
    private transient List<UserAccount> members;
    private transient Set<String> conflicted;
    private transient List<CommitteeBallot> ballots;
    private LocalDate packetOpensOn;
    /** Member email to the name of their vote; a select's value in a map stays a String. */
    private final Map<String, String> votes = new HashMap<>();
    private String minutes;
    private LocalDate effectiveFrom;
    private String conflictReason;
    /** The member's own vote, the name of a Vote. */
    private String myVote;
    private long votesCast;

    public void load() {
        line = null;
        try {
            meeting = committee.meeting(committee.item(id).getMeetingId());
            packetOpensOn = committee.packetOpensOn(meeting);
            line = committee.packet(id);
        } catch (NotYours unknown) {
            meeting = null;
            return;
        } catch (UserProblem notYet) {
            return;
        }
        long requestId = line.request().getId();
        agency = agencies.find(line.request().getAgencyId());
        documents = requests.documentsOf(requestId);
        audit = audits.auditOf(requestId).orElse(null);
        certification = audits.rosterCertification(agency.getId());
        members = committee.members();
        conflicted = committee.conflictedOn(requestId);
        ballots = committee.ballotsOf(id);
        myVote = committee.voteOf(currentUser.getEmail(), id).map(Vote::name).orElse(null);
        votesCast = committee.votesCastOnline(id);
    }

    public void castVote() {
        Vote vote = myVote == null || myVote.isBlank() ? null : Vote.valueOf(myVote);
        committee.castVote(currentUser.getEmail(), id, vote);
        FacesMessages.info("committee.voteCast", vote);
        Redirects.to(page());
    }

    public void decideFromOnlineVotes() {
        Tally tally = committee.decideFromOnlineVotes(currentUser.getEmail(), meeting.getId(), line.request().getId(), minutes, effectiveFrom);
        FacesMessages.info("committee.decided", tally.outcome());
        Redirects.to(page());
    }

    public void declareConflict() {
        try {
            committee.declareConflict(currentUser.getEmail(), line.request().getId(), conflictReason);
            FacesMessages.info("committee.conflictDeclared");
            Redirects.to(page());
        } catch (UserProblem problem) {
            FacesMessages.fieldError("conflict:reason", problem.messageKey(), problem.arguments());
        }
    }

    public void decide() {
        Map<String, Vote> cast = new HashMap<>();
        votes.forEach((member, vote) -> cast.put(member, vote == null || vote.isBlank() ? null : Vote.valueOf(vote)));
        Tally tally = committee.decide(currentUser.getEmail(), meeting.getId(), line.request().getId(), cast, minutes, effectiveFrom);
        FacesMessages.info("committee.decided", tally.outcome());
        Redirects.to(page());
    }

    /** A member's name for the list of ballots; the address when the account is gone. */
    public String nameOf(String email) {
        return members.stream().filter(m -> m.getEmail().equals(email)).findFirst().map(UserAccount::getFullName).orElse(email);
    }

    /** Whether the signed-in person may vote on this item online: a member, not conflicted, before the result. */
    public boolean isMayVote() {
        return line != null && !line.item().isDecided() && !isConflicted(currentUser.getEmail())
                && members.stream().anyMatch(m -> m.getEmail().equals(currentUser.getEmail()));
    }

    public String getMyVote() {
        return myVote;
    }

    public void setMyVote(String myVote) {
        this.myVote = myVote;
    }

    public long getVotesCast() {
        return votesCast;
    }

    public int getQuorum() {
        return policy.quorum();
    }

    private String page() {
        return "/committee/item.xhtml?id=" + id;
    }

    public boolean isConflicted(String email) {
        return conflicted.contains(email);
    }

    public boolean isMeetingDayReached() {
        return !LocalDate.now(clock).isBefore(meeting.getMeetsOn());
    }

    public Vote[] getVoteChoices() {
        return Vote.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Committee.AgendaLine getLine() {
        return line;
    }

    public CommitteeMeeting getMeeting() {
        return meeting;
    }

    public LocalDate getPacketOpensOn() {
        return packetOpensOn;
    }

    public Agency getAgency() {
        return agency;
    }

    public List<NetworkDocument> getDocuments() {
        return documents;
    }

    public NetworkAudit getAudit() {
        return audit;
    }

    public NetworkAudits.RosterCertification getCertification() {
        return certification;
    }

    public List<UserAccount> getMembers() {
        return members;
    }

    public List<CommitteeBallot> getBallots() {
        return ballots;
    }

    public Map<String, String> getVotes() {
        return votes;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }
}
