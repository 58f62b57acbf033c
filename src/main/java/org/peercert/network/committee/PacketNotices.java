package org.peercert.network.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.peercert.account.UserAccount;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.format.UsDates;

/**
 * R-NET-3: when the packets of a meeting with an agenda open (the policy's days before it), each member is mailed
 * once, with the agencies to decide on; run daily by {@link MeetingScheduleJob}.
 */
@ApplicationScoped
@Transactional
public class PacketNotices {

    @Inject
    Committee committee;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    @Inject
    Clock clock;

    /** Mails the members of each meeting whose packets are open and who were not mailed for it yet; returns how many mails. */
    public int tellMembersOfOpenPackets() {
        LocalDate today = LocalDate.now(clock);
        List<UserAccount> members = committee.members();
        int mailed = 0;
        for (CommitteeMeeting meeting : committee.upcoming()) {
            if (committee.packetOpensOn(meeting).isAfter(today)) {
                continue;
            }
            List<Committee.AgendaLine> agenda = committee.agenda(meeting.getId());
            if (agenda.isEmpty()) {
                continue;
            }
            String agencies = agenda.stream().map(line -> "- " + line.agencyName()).collect(Collectors.joining("\n"));
            for (UserAccount member : members) {
                if (outbox.enqueueOnce(templates.render("committee-packet", member.getEmail(), member.getFirstName(),
                        UsDates.shown(meeting.getMeetsOn()), agencies, urls.absolute("/committee/index.xhtml")),
                        "committee-packet:" + meeting.getId() + ":" + member.getId())) {
                    mailed++;
                }
            }
        }
        return mailed;
    }
}
