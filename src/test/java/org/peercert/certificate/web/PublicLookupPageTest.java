package org.peercert.certificate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.certificate.CertificateStatus;
import org.peercert.certificate.PublicCertificate;
import org.peercert.platform.OfficeDetails;

/** The public lookup page (#24): what a phone shows after a QR scan, escaped, in plain words. */
class PublicLookupPageTest {

    private static final OfficeDetails OFFICE = new OfficeDetails("Sunflower Peer Certification Board", "Kansas PeerCert",
            "1 Capitol Sq, Topeka", "785-555-0199", "board@example.org", null, "Weekdays 9 to 4", "Ann Lee", "Registrar");
    private static final PublicLookupPage PAGE = new PublicLookupPage("", false, OFFICE, null, "PS-CPS-2026-000123");

    private static PublicCertificate certificate(String holder, CertificateStatus status, LocalDate suspendedUntil, String note) {
        return new PublicCertificate("PS-CPS-2026-000123", holder, "CPS", "Certified Peer Specialist", status,
                LocalDate.of(2026, 3, 2), LocalDate.of(2028, 3, 2), suspendedUntil, note);
    }

    private static PublicLookupPage.Lookup found(PublicCertificate... certificates) {
        return new PublicLookupPage.Lookup("PS-CPS-2026-000123", "", "", List.of(certificates), null, null);
    }

    @Test
    void aFoundCertificateShowsItsHolderStatusAndDatesInPlainWords() {
        String html = PAGE.render(found(certificate("Robin Readywell", CertificateStatus.ACTIVE, null, null)));

        assertTrue(html.contains("<h2>Certificate found</h2>"), html);
        assertTrue(html.contains(">Robin Readywell</h3>"), html);
        assertTrue(html.contains("Active: valid for practice"), html);
        assertTrue(html.contains("<dd>Certified Peer Specialist</dd>"), html);
        assertTrue(html.contains("<dd>Mar 2, 2026</dd>") && html.contains("<dd>Mar 2, 2028</dd>"), html);
        assertTrue(html.contains("href=\"/verify/PS-CPS-2026-000123\""), "the number links to its own page, to share: " + html);
        assertFalse(html.replaceAll("<[^>]+>", "").contains("ACTIVE"), "no enum name on screen");
        assertFalse(html.contains("<dt>Notes</dt>"), "no empty notes");
    }

    @Test
    void aSuspensionSaysUntilWhenAndThatTheHolderMayNotPractise() {
        PublicCertificate suspended = certificate("Robin Readywell", CertificateStatus.SUSPENDED, LocalDate.of(2027, 1, 15), null);

        assertEquals("Suspended until Jan 15, 2027: not valid for practice", PublicLookupPage.statusText(suspended));
        assertEquals("Suspended: not valid for practice",
                PublicLookupPage.statusText(certificate("R R", CertificateStatus.SUSPENDED, null, null)));
        assertEquals("Inactive at the holder's request: not valid for practice",
                PublicLookupPage.statusText(certificate("R R", CertificateStatus.INACTIVE, null, null)));
    }

    @Test
    void theConfiguredOfficeNamesThePortalAndSaysHowToReachIt() {
        String html = PAGE.render(PublicLookupPage.Lookup.empty());

        assertTrue(html.contains("<title>Check a certificate · Kansas PeerCert</title>"), html);
        assertTrue(html.contains("class=\"brand\" href=\"/\">Kansas PeerCert</a>"), html);
        assertTrue(html.contains("run by the\nSunflower Peer Certification Board"), html);
        assertTrue(html.contains("Questions? 1 Capitol Sq, Topeka · 785-555-0199 · board@example.org · Weekdays 9 to 4"), html);
    }

    @Test
    void everyValueFromTheRequestOrTheRecordIsEscaped() {
        String hostile = "<script>alert(1)</script>\" onfocus=\"alert(2)";
        PublicCertificate odd = certificate("<img src=x onerror=alert(3)>", CertificateStatus.ACTIVE, null, "<b>note</b>");

        String html = PAGE.render(new PublicLookupPage.Lookup(hostile, hostile, hostile, List.of(odd), "<i>problem</i>", null));

        assertFalse(html.contains("<script>alert(1)"), html);
        assertFalse(html.contains("\" onfocus=\"alert(2)"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertFalse(html.contains("<b>note</b>") || html.contains("<i>problem</i>"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(3)&gt;"), "the name is shown as text: " + html);
    }

    @Test
    void aProblemStandsBesideItsFieldWhichKeepsWhatWasTypedAndIsMarkedInvalid() {
        String html = PAGE.render(new PublicLookupPage.Lookup("PS-XX", "", "", List.of(),
                "That is not a certificate number.", null));

        assertTrue(html.contains("id=\"number\" name=\"number\" value=\"PS-XX\""), html);
        assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"number-message\""), html);
        assertTrue(html.contains("<span id=\"number-message\" class=\"field-message message message--error\" role=\"alert\">"
                + "That is not a certificate number.</span>"), html);
        assertFalse(html.contains("id=\"lastName\" name=\"last\" value=\"\" maxlength=\"100\" aria-invalid"), "only that field");
        assertFalse(html.contains("Certificate found"), html);
    }

    @Test
    void aSignedInPersonIsOfferedTheirHomePageAVisitorSignInAndRegister() {
        assertTrue(new PublicLookupPage("/portal", true, OFFICE, null, "PS-CPS-2026-000123").render(PublicLookupPage.Lookup.empty()).contains("<a href=\"/portal/\">Your home page</a>"));
        String visitor = new PublicLookupPage("/portal", false, OFFICE, null, "PS-CPS-2026-000123").render(PublicLookupPage.Lookup.empty());
        assertTrue(visitor.contains("href=\"/portal/login.xhtml\">Sign in</a>") && visitor.contains("href=\"/portal/account/register.xhtml\""));
        assertTrue(visitor.contains("href=\"/portal/resources/css/peercert.css\""), "the style sheet under the context path");
    }

    /** #28: the office's seal heads the lookup as it heads every other page, under the context path; without one, only the name. */
    @Test
    void theOfficesSealHeadsThePageWhenItHasOne() {
        String sealed = new PublicLookupPage("/portal", false, OFFICE, "/office-seal?id=7", "PS-CPS-2026-000123").render(PublicLookupPage.Lookup.empty());
        assertTrue(sealed.contains("<a class=\"brand\" href=\"/portal/\"><img class=\"brand__seal\" src=\"/portal/office-seal?id=7\" alt=\"\""), sealed);
        assertFalse(PAGE.render(PublicLookupPage.Lookup.empty()).contains("brand__seal"));
    }

    /** #28: the number field's example follows the state's number pattern and track abbreviation, not the demo's. */
    @Test
    void theNumberExampleIsTheStatesOwn() {
        String html = new PublicLookupPage("", false, OFFICE, null, "KS-PSS-000123").render(PublicLookupPage.Lookup.empty());
        assertTrue(html.contains("placeholder=\"KS-PSS-000123\""), html);
        assertFalse(html.contains("PS-CPS-2026-000123"), "no demo number left on the page");
    }
}
