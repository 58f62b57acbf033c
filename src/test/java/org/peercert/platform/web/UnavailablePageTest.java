package org.peercert.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.peercert.platform.OfficeDetails;

/** #23: the page shown while the database is away is made from configuration, escaped, and says whom to call. */
class UnavailablePageTest {

    @Test
    void thePageNamesTheProgramAndTheOfficesPhoneEscaped() {
        String page = DatabaseUnavailableFilter.page("/portal", new OfficeDetails("Kansas <Peer> Office", "Kansas Peer Certification",
                null, "785-555-0100", null, null, null, null, null));
        assertTrue(page.contains("<title>Briefly unavailable · Kansas Peer Certification</title>"), page);
        assertTrue(page.contains("call Kansas &lt;Peer&gt; Office at 785-555-0100."), page);
        assertTrue(page.contains("href=\"/portal/brand.css\""), page);
    }

    @Test
    void withoutAPhoneThePageAsksOnlyToTryAgain() {
        String page = DatabaseUnavailableFilter.page("", new OfficeDetails("Office", "Program", null, null, null, null, null, null, null));
        assertTrue(page.contains("try again in a minute."), page);
        assertFalse(page.contains("call"), page);
    }
}
