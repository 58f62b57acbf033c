package org.peercert.certificate.web;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;
import static org.owasp.encoder.Encode.forUriComponent;

import java.util.List;
import org.peercert.certificate.PublicCertificate;
import org.peercert.platform.OfficeDetails;
import org.peercert.platform.format.UsDates;

/**
 * The HTML of the public lookup (/verify, /verify/{number}): the page a wallet card's QR code opens on a phone. Plain
 * HTML and the portal's style sheet, no script and no Faces view, so that it is small on a slow network and cheap to
 * serve (#24). Every value from the request or the database goes through the OWASP encoder for its context.
 */
final class PublicLookupPage {

    /** What a lookup asked and found; a problem is the message shown beside its field. */
    record Lookup(String number, String lastName, String firstName, List<PublicCertificate> results,
                  String numberProblem, String nameProblem) {

        static Lookup empty() {
            return new Lookup("", "", "", List.of(), null, null);
        }
    }

    static final String TITLE = "Check a certificate";

    private final String contextPath;
    private final boolean signedIn;
    private final OfficeDetails office;
    private final String sealPath;
    private final String numberExample;

    /**
     * @param sealPath the office's seal under the context path, to head the page as on every other (#28); null for none
     * @param numberExample a number as the state's pattern and track abbreviation write them, for the number field's example
     */
    PublicLookupPage(String contextPath, boolean signedIn, OfficeDetails office, String sealPath, String numberExample) {
        this.contextPath = contextPath;
        this.signedIn = signedIn;
        this.office = office;
        this.sealPath = sealPath;
        this.numberExample = numberExample;
    }

    String render(Lookup lookup) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>%s · %s</title><link rel="stylesheet" href="%s/resources/css/peercert.css"/><link rel="stylesheet" href="%s/brand.css"/></head>
                <body><a class="skip-link" href="#main">Skip to main content</a>
                %s
                <main id="main" tabindex="-1" class="content"><h1>%s</h1>
                <p>Anyone may check whether a peer support certificate is valid. Search by the number on the certificate or wallet
                card, or by the holder's name. Only an <strong>active</strong> certificate allows its holder to practise.</p>
                %s%s
                <p>Checking a roster attestation or a digital credential? <a href="%s/verify.xhtml">Check an attestation or a credential</a>.</p>
                </main>
                <footer class="site-footer"><p>%s · certification and workforce credentialing for peer support specialists, run by the
                %s · <a href="%s/verify">Check a certificate</a></p><p class="site-footer__contact">Questions? %s</p></footer>
                </body></html>
                """.formatted(TITLE, forHtml(office.program()), contextPath, contextPath, header(), TITLE, results(lookup.results()), forms(lookup),
                contextPath, forHtml(office.program()), forHtml(office.name()), contextPath, forHtml(office.contactLine()));
    }

    private String header() {
        String account = signedIn
                ? "<a href=\"%s/\">Your home page</a>".formatted(contextPath)
                : "<a href=\"%1$s/login.xhtml\">Sign in</a> <a href=\"%1$s/account/register.xhtml\">Register</a>".formatted(contextPath);
        return """
                <header class="site-header"><div class="site-header__inner"><a class="brand" href="%s/">%s%s</a>
                <div class="account-bar">%s</div></div></header>""".formatted(contextPath, seal(), forHtml(office.program()), account);
    }

    private String seal() {
        return sealPath == null ? ""
                : "<img class=\"brand__seal\" src=\"%s%s\" alt=\"\" width=\"36\" height=\"36\"/>".formatted(contextPath, forHtml(sealPath));
    }

    private String results(List<PublicCertificate> results) {
        if (results.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div id=\"results\"><h2>")
                .append(results.size() == 1 ? "Certificate found" : "Certificates found").append("</h2>");
        results.forEach(certificate -> html.append(card(certificate)));
        return html.append("<p class=\"hint\">This page shows only what the certification office makes public: never a date")
                .append(" of birth, address or contact details.</p></div>").toString();
    }

    private String card(PublicCertificate c) {
        String status = c.status().name();
        String note = c.publicNote() == null || c.publicNote().isBlank() ? ""
                : "<dt>Notes</dt><dd>" + forHtml(c.publicNote()) + "</dd>";
        return """
                <article class="certificate-card certificate-card--%1$s" aria-labelledby="holder-%2$s">
                <h3 id="holder-%2$s" class="certificate-card__holder">%3$s</h3>
                <p class="certificate-card__status"><span class="certificate-status certificate-status--%1$s">%4$s</span></p>
                <dl class="record"><dt>Certification</dt><dd>%5$s</dd>
                <dt>Certificate number</dt><dd><a href="%6$s">%7$s</a></dd>
                <dt>Issued</dt><dd>%8$s</dd><dt>Expires</dt><dd>%9$s</dd>%10$s</dl></article>
                """.formatted(status, forHtmlAttribute(c.number()), forHtml(c.holderName()), forHtml(statusText(c)),
                forHtml(c.trackLabel()), forHtmlAttribute(contextPath + "/verify/" + forUriComponent(c.number())), forHtml(c.number()),
                UsDates.shown(c.issuedOn()), UsDates.shown(c.expiresOn()), note);
    }

    /** The status in words a member of the public reads: whether the holder may practise, and until when. */
    static String statusText(PublicCertificate c) {
        return switch (c.status()) {
            case ACTIVE -> "Active: valid for practice";
            case SUSPENDED -> c.suspendedUntil() == null ? "Suspended: not valid for practice"
                    : "Suspended until " + UsDates.shown(c.suspendedUntil()) + ": not valid for practice";
            case REVOKED -> "Revoked: not valid for practice";
            case EXPIRED -> "Expired: not valid for practice";
            case INACTIVE -> "Inactive at the holder's request: not valid for practice";
        };
    }

    private String forms(Lookup lookup) {
        return """
                <div class="verify-forms">
                <form id="byNumber" class="form panel" method="get" action="%1$s/verify"><h2>By certificate number</h2>
                %2$s<button type="submit" id="check" class="button-link">Check</button></form>
                <form id="byName" class="form panel" method="get" action="%1$s/verify"><h2>By name</h2>
                %3$s%4$s<button type="submit" id="search" class="button-link">Search</button></form>
                </div>
                """.formatted(contextPath,
                field("number", "number", "Certificate number", lookup.number(), 60, " placeholder=\"" + forHtml(numberExample) + "\"", lookup.numberProblem()),
                field("lastName", "last", "Last name", lookup.lastName(), 100, "", lookup.nameProblem()),
                field("firstName", "first", "First name (or its first letters)", lookup.firstName(), 100, "", null));
    }

    private static String field(String id, String name, String label, String value, int maxLength, String extra, String problem) {
        String message = problem == null ? ""
                : "<span id=\"%s-message\" class=\"field-message message message--error\" role=\"alert\">%s</span>".formatted(id, forHtml(problem));
        String invalid = problem == null ? "" : " aria-invalid=\"true\" aria-describedby=\"%s-message\"".formatted(id);
        return """
                <div class="field"><label for="%1$s">%2$s</label>
                <input type="text" class="text-input" id="%1$s" name="%3$s" value="%4$s" maxlength="%5$d"%6$s%7$s/>%8$s</div>
                """.formatted(id, label, name, forHtmlAttribute(value == null ? "" : value), maxLength, extra, invalid, message);
    }
}
