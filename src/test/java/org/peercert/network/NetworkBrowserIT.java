package org.peercert.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.peercert.account.Role;
import org.peercert.platform.format.UsDates;
import org.peercert.testing.Browser;
import org.peercert.testing.Deployments;
import org.peercert.testing.Mailbox;
import org.peercert.testing.PortalClient;
import org.peercert.testing.PortalTime;
import org.peercert.testing.RoleAccess;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;

/**
 * Issue 10 in the browser, from application to approval: an agency of its own sends its request, network staff acknowledge
 * it, audit it, move a meeting to today and put it on the agenda, the committee approves it by ballot, and the agency
 * downloads its decision letter. Every new page is refused to the other roles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @TempDir
    Path files;

    @Test
    void anAgencyGoesFromApplicationToApprovalThroughAuditAndCommittee() throws Exception {
        String networkStaff = ServerFixtures.account("Noor", "Network", Role.NETWORK_STAFF);
        List<String> members = List.of(ServerFixtures.account("Casey", "Committee", Role.COMMITTEE_MEMBER),
                ServerFixtures.account("Dana", "Delegate", Role.COMMITTEE_MEMBER), ServerFixtures.account("Emerson", "Elder", Role.COMMITTEE_MEMBER));
        String adminEmail = "agency-" + UUID.randomUUID() + "@example.org";
        String agencyName = ServerFixtures.supervisedAgency(adminEmail, "supervisor-" + UUID.randomUUID() + "@example.org", "Noa", "Networker",
                LocalDate.of(1988, 9, 9)).agencyName();
        String aboutTheAgency = "Network credentialing: " + agencyName + ": ";
        Mailbox mailbox = new Mailbox().start();
        try (Browser agency = new Browser()) {
            agency.signIn(adminEmail, TestAccounts.PASSWORD);
            agency.open("/agency/network.xhtml");
            agency.waitForText("Start a request");
            agency.click("#start\\:startRequest");
            agency.waitForText("Still needed before you can send it");
            agency.click("#forms\\:submitRequest");
            agency.click(".ui-confirmdialog-yes");
            agency.waitForText("The request cannot be sent yet: what is still needed is marked on the form");
            assertEquals("Give the services you will provide.", agency.find("#forms\\:services").findElement(By.xpath(
                    "./ancestor::div[contains(@class,'field')][1]//*[contains(@class,'ui-message-error')]")).getText(), "beside the field");
            assertEquals("forms:services", agency.driver().switchTo().activeElement().getAttribute("id"), "the cursor is in the first field at fault");
            agency.type("#forms\\:services", "H0038, H2015");
            agency.type("#forms\\:counties", "Shawnee, Douglas");
            for (String box : new String[] {"attestsCriteria", "attestsCertifiedStaff", "attestsSupervision", "attestsRecordKeeping"}) {
                agency.click("#forms\\:" + box);
            }
            int box = agency.find("#forms\\:attestsCriteria").getRect().getY();
            int sentence = agency.find("label[for='forms:attestsCriteria']").getRect().getY();
            assertTrue(Math.abs(box - sentence) < 12, "a box to tick sits beside its sentence (" + box + " and " + sentence + ")");
            agency.type("#forms\\:supervisionSummary", "Weekly individual supervision by our PSS; monthly clinical supervision by an LMHP.");
            agency.click("#forms\\:saveForms");
            agency.waitForText("Saved. Nothing is sent");
            agency.type("#forms\\:counties", "Shawnee, Douglas, Jefferson");
            for (String kind : new String[] {"Certificate of liability insurance", "Supervision plan for peer support specialists",
                "Record-keeping protocols (e.g. contact notes)"}) {
                new Select(agency.find("#forms\\:kind")).selectByVisibleText(kind);
                agency.driver().findElement(By.id("forms:file")).sendKeys(scan(kind).toString());
                agency.click("#forms\\:uploadDocument");
                agency.waitForText(kind + ": ");
                assertEquals("Shawnee, Douglas, Jefferson", agency.find("#forms\\:counties").getAttribute("value"),
                        "#30: an upload keeps what was typed and not saved");
            }
            new Select(agency.find("#forms\\:kind")).selectByVisibleText("Certificate of liability insurance");
            agency.driver().findElement(By.id("forms:file")).sendKeys(scan("An older insurance certificate").toString());
            agency.click("#forms\\:uploadDocument");
            agency.waitForText("Anolderinsurancecertificate.png is uploaded");
            agency.click("button[aria-label='Remove Anolderinsurancecertificate.png']");
            agency.click(".ui-confirmdialog-yes");
            agency.waitForText("Anolderinsurancecertificate.png is removed from the request");
            assertFalse(agency.find("#documentList").getText().contains("Anolderinsurancecertificate"), "#30: a superseded document comes off");
            agency.screenshot("agency-network-draft");
            agency.click("#forms\\:submitRequest");
            agency.click(".ui-confirmdialog-yes");
            agency.waitForText("Your request is sent");
            agency.reopen();
            assertTrue(agency.find("#requestState").getText().contains("Sent: waiting for the network"), agency.find("#requestState").getText());
        }
        mailbox.expect(networkStaff, aboutTheAgency + "request sent for credentialing, to be answered by", "Open the request: ");

        try (Browser network = new Browser()) {
            network.signIn(networkStaff, TestAccounts.PASSWORD);
            network.open("/network/index.xhtml");
            network.waitForText(agencyName);
            network.screenshot("network-queue");
            network.click(network.driver().findElement(By.linkText(agencyName)));
            network.waitForText("Complete and accurate?");
            network.type("#decide\\:problems", "Name the service sites in Jefferson county.");
            network.click("#decide\\:returnRequest");
            network.waitForText("The request is returned to the agency with its problems.");
            network.reopen();
            network.waitForText(agencyName);
            assertTrue(network.text().contains("Returned to the agency to correct"), "the reopened page shows the same request, returned");
        }
        mailbox.expect(adminEmail, aboutTheAgency + "request returned to you to correct", "Your request was returned to you to correct:",
                "Name the service sites in Jefferson county.");
        try (Browser agency = new Browser()) {
            agency.signIn(adminEmail, TestAccounts.PASSWORD);
            agency.open("/agency/network.xhtml");
            agency.waitForText("Name the service sites in Jefferson county.");
            assertTrue(agency.find("#requestState").getText().contains("Returned to the agency to correct"), agency.find("#requestState").getText());
            agency.type("#forms\\:counties", "Shawnee, Douglas, Jefferson (sites in Oskaloosa and Valley Falls)");
            agency.click("#forms\\:submitRequest");
            agency.click(".ui-confirmdialog-yes");
            agency.waitForText("Your request is sent");
        }
        Message sentAgain = mailbox.expect(networkStaff, aboutTheAgency + "corrected request sent again", "Open the request: ");

        try (Browser network = new Browser()) {
            network.signIn(networkStaff, TestAccounts.PASSWORD);
            network.driver().get(Mailbox.link(sentAgain));
            network.waitForText("Complete and accurate?");
            network.click("#decide\\:acknowledge");
            network.waitForText("The request is acknowledged as complete");
            network.reopen();
            network.waitForText("acknowledged by the network");
            network.click("#audit\\:orderAudit");
            network.waitForText("The audit is ordered");
            network.click("#findings\\:supervisionOk");
            network.click("#findings\\:recordsOk");
            network.type("#findings\\:findingsText", "Contact notes are complete and dated.");
            network.type("#findings\\:planDue_input", UsDates.typed(PortalTime.today().plusDays(14)));
            network.click("#findings\\:recordAudit");
            network.waitForText("ready for the credentialing committee");
            mailbox.expect(adminEmail, aboutTheAgency + "request acknowledged as complete", "The network will audit your peer support program next.");
            mailbox.expect(adminEmail, aboutTheAgency + "desk", "The network ordered a desk");
            mailbox.expect(adminEmail, aboutTheAgency + "audit complete, the request goes to the committee",
                    "Findings: Contact notes are complete and dated.");
            assertTrue(network.find("#nextStep").getText().contains("put the request on a committee meeting's agenda"), network.text());
            assertTrue(network.find("#rosterCertification").getText().startsWith("1 of 1 certified"), network.text());
            assertTrue(network.find("#auditResult").getText().contains("Certified on the roster: 1 of 1"),
                    "the audit counts the registry as the page shows it: " + network.text());
            network.screenshot("network-request");

            network.open("/network/index.xhtml");
            network.waitForText("Ready for the committee");
            String today = UsDates.typed(PortalTime.today());
            network.type("#meetings\\:meeting\\:0\\:moveTo_input", today);
            network.click("#meetings\\:meeting\\:0\\:move");
            network.waitForText("The meeting is moved to " + UsDates.shown(PortalTime.today()) + ".");
            for (String member : members) {
                mailbox.expect(member, "moves to " + UsDates.shown(PortalTime.today()), "moves to " + UsDates.shown(PortalTime.today()));
            }
            assertTrue(network.text().contains("The members get the packets only on the day of the meeting, not the usual 7 days before."),
                    "moving a meeting to today says the packets come late: " + network.text());
            String row = "//table[@id='readyList']//tr[td[1][normalize-space()='" + agencyName + "']]";
            new Select(network.driver().findElement(By.xpath(row + "//select"))).selectByVisibleText(UsDates.shown(PortalTime.today()));
            network.click(network.driver().findElement(By.xpath(row + "//button")));
            network.waitForText("The request is on the agenda");
            network.reopen();
            assertTrue(network.driver().findElements(By.xpath(row)).isEmpty(), "the reopened list no longer offers it for an agenda");
        }

        String packet;
        try (Browser committee = new Browser()) {
            committee.signIn(members.get(0), TestAccounts.PASSWORD);
            committee.open("/committee/index.xhtml");
            committee.waitForText(agencyName);
            committee.click(committee.driver().findElement(By.linkText(agencyName)));
            committee.waitForText("request to join the");
            packet = committee.driver().getCurrentUrl();
            assertTrue(committee.find("#quorum").getText().contains("at least 3 members voting"), committee.find("#quorum").getText());
            committee.click("label[for='myVote:vote:1']");
            committee.click("#myVote\\:castVote");
            committee.waitForText("Your vote is recorded: Deny.");
            committee.click("label[for='myVote:vote:0']");
            committee.click("#myVote\\:castVote");
            committee.waitForText("Your vote is recorded: Approve.");
            assertEquals("1", committee.find("#votesCast").getText(), "a changed vote is still one vote");
            committee.reopen();
            assertEquals("1", committee.find("#votesCast").getText(), "the reopened packet shows the vote");
            assertTrue(committee.find("#myVote\\:vote\\:0").isSelected(), "and the member's own choice");
            committee.screenshot("committee-my-vote");
        }
        try (Browser committee = new Browser()) {
            for (String member : members.subList(1, 3)) {
                committee.signIn(member, TestAccounts.PASSWORD);
                committee.driver().get(packet);
                assertFalse(committee.find("#myVote\\:vote\\:0").isSelected(), "another member's vote is not shown");
                committee.click("label[for='myVote:vote:0']");
                committee.andWaitForTheNextPage(() -> committee.click("#myVote\\:castVote"));
                assertTrue(committee.text().contains("Your vote is recorded: Approve."), committee.text());
                if (member.equals(members.get(1))) {
                    committee.signOut();
                }
            }
            assertTrue(committee.driver().findElements(By.id("ballots")).isEmpty(), "once members vote online nobody types their ballots");
            committee.type("#decision\\:minutes", "Audit clean; every specialist on the roster is certified.");
            committee.click("#decision\\:recordOnlineResult");
            committee.click(".ui-confirmdialog-yes");
            committee.waitForText("The decision is recorded: Approved.");
            assertTrue(committee.find("#ballotsByMember").getText().contains("Casey Committee: Approve"), committee.find("#ballotsByMember").getText());
            committee.screenshot("committee-decided");
        }
        List<String> attached = Mailbox.attachmentNames(mailbox.expect(adminEmail, aboutTheAgency + "approved by the committee from "
                + UsDates.shown(PortalTime.today()), "The credentialing committee approved your agency", "The decision letter is attached"));
        assertTrue(attached.size() == 1 && attached.get(0).matches("credentialing-decision-\\d+\\.pdf"),
                "the agency's decision mail arrives with the letter attached: " + attached);

        try (Browser network = new Browser()) {
            network.signIn(networkStaff, TestAccounts.PASSWORD);
            network.open("/network/index.xhtml");
            network.waitForText("Open requests");
            network.click("#queue\\:showAll");
            network.waitForText("Every request");
            network.click(network.driver().findElement(By.linkText(agencyName)));
            network.waitForText("The committee's decision: Approved");
            assertEquals("3 to approve, 0 to deny, 0 to defer", network.find("#votes").getText());
            assertTrue(network.find("#decision").getText().contains("Audit clean; every specialist on the roster is certified."), network.text());
            assertTrue(network.find("#decisionLetter").getAttribute("href").contains("/credentialing/letter?request="), "the letter is one click away");
            ((JavascriptExecutor) network.driver()).executeScript("document.getElementById('decision').scrollIntoView()");
            network.screenshot("network-request-decided");
        }

        try (Browser agency = new Browser()) {
            agency.signIn(adminEmail, TestAccounts.PASSWORD);
            agency.open("/agency/network.xhtml");
            agency.waitForText("approved from");
            assertTrue(agency.text().contains("approved your agency as a Peer Support Service provider"), agency.text());
            agency.screenshot("agency-network-approved");
            agency.click("#start\\:startRequest");
            agency.waitForText("Start a new request?");
            agency.click(".ui-confirmdialog-no");
            assertTrue(agency.find("#requestState").getText().contains("Approved"), "thinking better of it keeps the approval in view");
            String href = agency.find("#decisionLetter").getAttribute("href");
            Matcher id = Pattern.compile("request=(\\d+)").matcher(href);
            assertTrue(id.find(), href);
            PortalClient admin = new PortalClient();
            admin.signIn(adminEmail, TestAccounts.PASSWORD);
            HttpResponse<byte[]> letter = admin.download("/credentialing/letter?request=" + id.group(1));
            assertEquals(200, letter.statusCode());
            assertEquals("%PDF-", new String(letter.body(), 0, 5, StandardCharsets.US_ASCII));
            for (Role other : new Role[] {Role.STAFF, Role.APPLICANT, Role.SUPERVISOR}) {
                PortalClient client = new PortalClient();
                client.signIn(ServerFixtures.someone(other), TestAccounts.PASSWORD);
                assertEquals(403, client.download("/credentialing/letter?request=" + id.group(1)).statusCode(), other.name());
            }
            assertTrue(agency.find("#planState").getText().contains("Waiting for the agency's plan"), agency.find("#planState").getText());
            agency.driver().findElement(By.id("plan:planFile")).sendKeys(scan("Corrective plan").toString());
            agency.click("#plan\\:sendPlan");
            agency.waitForText("Your corrective action plan Correctiveplan.png is sent to the network.");
            assertTrue(agency.find("#planState").getText().contains("Received: waiting for the network's answer"), agency.find("#planState").getText());
            agency.open("/agency/index.xhtml");
            agency.waitForText("Payer network: approved Peer Support Service provider since ");
            assertTrue(agency.find("#networkStanding").getText().contains("since " + UsDates.shown(PortalTime.today()) + "."),
                    "the approval's date in words: " + agency.find("#networkStanding").getText());
        }
        try (Browser network = new Browser()) {
            network.signIn(networkStaff, TestAccounts.PASSWORD);
            network.open("/network/index.xhtml?all=true");
            network.click(network.driver().findElement(By.linkText(agencyName)));
            network.waitForText("Corrective action plan");
            assertEquals("Correctiveplan.png", network.find("#planDocument").getText());
            network.click("#plan\\:returnPlan");
            network.waitForText("Say what the agency must correct in its plan.");
            network.type("#plan\\:planNote", "Thank you: the weekly review of contact notes is what we asked for.");
            network.click("#plan\\:acceptPlan");
            network.waitForText("The plan is accepted; the agency is told.");
            assertTrue(network.find("#planState").getText().contains("Accepted"), network.find("#planState").getText());
            network.screenshot("network-plan-accepted");
        }
        mailbox.expect(networkStaff, aboutTheAgency + "corrective action plan sent (Correctiveplan.png)", "Open the request: ");
        mailbox.expect(adminEmail, aboutTheAgency + "corrective action plan accepted", "The network accepted your corrective action plan.",
                "Thank you: the weekly review of contact notes is what we asked for.");
    }

    @Test
    void eachNewPageIsRefusedToTheOtherRoles() {
        new RoleAccess().page("/agency/network.xhtml", Role.AGENCY_ADMIN).page("/network/index.xhtml", Role.NETWORK_STAFF)
                .page("/network/request.xhtml?id=1", Role.NETWORK_STAFF).page("/committee/index.xhtml", Role.COMMITTEE_MEMBER)
                .page("/committee/item.xhtml?id=1", Role.COMMITTEE_MEMBER).verify();
    }

    private Path scan(String name) throws Exception {
        Path png = files.resolve(name.replaceAll("[^A-Za-z]", "") + ".png");
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        return png;
    }
}
