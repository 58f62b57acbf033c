package org.peercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.platform.UserProblem;
import org.peercert.testing.Deployments;
import org.peercert.testing.TestData;

/**
 * #25: an administrator uploads the office's postal code list. The whole list is replaced only by a file read without a
 * refused line; the list as it was before each test is put back after it, as other tests' addresses use it.
 */
@ExtendWith(ArquillianExtension.class)
class PostalAreasIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    PostalAreas postalAreas;

    @Inject
    TestData data;

    private List<String[]> before;
    private String region;

    @BeforeEach
    void keepTheList() {
        before = data.postalAreas();
        region = "Upload " + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void putTheListBack() {
        data.replacePostalAreas(before);
    }

    @Test
    void aFileWithARefusedLineAddsItsGoodLinesAndTakesNothingOff() {
        PostalAreaImport outcome = postalAreas.importList("admin@test", new StringReader("postal_code,county,region\n"
                + "01901," + "Alder," + region + "\n" + "0190,Birch," + region + "\n" + "01902,Cedar," + region + "\n" + "01901,Alder," + region + "\n"));
        assertEquals(2, outcome.applied());
        assertEquals(0, outcome.removed(), "nothing taken off while a line was refused");
        assertEquals(List.of(3L, 5L), outcome.rejected().stream().map(r -> r.line()).toList());
        assertEquals("the postal code must be five digits, not '0190'", outcome.rejected().get(0).reason());
        assertEquals("postal code 01901 is on line 2 already", outcome.rejected().get(1).reason());
        assertEquals(before.size() + 2, data.postalAreas().size(), "codes the report tests never use (they use 00000 to 00999)");
        assertTrue(postalAreas.regions().stream().anyMatch(r -> r.name().equals(region) && r.postalCodes() == 2 && r.counties() == 2));
    }

    @Test
    void aFileReadWholeIsTheWholeListAndTheAuditTrailSaysSo() {
        PostalAreaImport outcome = postalAreas.importList("admin@test", new StringReader("postal_code,county,region\n01903,Dogwood," + region + "\n"));
        assertEquals(1, outcome.applied());
        assertEquals(before.size(), outcome.removed());
        assertEquals(1, data.postalAreas().size());
        assertTrue(data.auditDetailsAbout("POSTAL-AREAS").stream().anyMatch(d -> d.startsWith("postal codes listed: 1, taken off: ")), data.auditDetailsAbout("POSTAL-AREAS").toString());
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedWhole() {
        UserProblem refused = assertThrows(UserProblem.class, () -> postalAreas.importList("admin@test", new StringReader("zip,county\n66603,Shawnee\n")));
        assertEquals("report.postalAreasHeader", refused.messageKey());
        assertEquals(before.size(), data.postalAreas().size());
    }
}
