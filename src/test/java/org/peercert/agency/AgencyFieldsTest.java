package org.peercert.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.InvalidFields;

/** An agency's registration says what is wrong with every field at once, and keeps what is right in one form. */
class AgencyFieldsTest {

    private static final AgencyDraft TYPED = new AgencyDraft("  Prairie Peer Recovery Center ", "1234-567-893", "ks100234", "120 SE 6th Ave",
            "Topeka", "Kansas", "66603 1234", "Ari Agency", "Ari@Example.org", "(785) 555 0142");

    @Test
    void aGoodRegistrationIsKeptInItsStoredForm() {
        AgencyDraft stored = AgencyFields.checked(TYPED);
        assertEquals("Prairie Peer Recovery Center", stored.legalName());
        assertEquals("1234567893", stored.npi());
        assertEquals("KS100234", stored.medicaidId());
        assertEquals("KS", stored.state());
        assertEquals("66603-1234", stored.postalCode());
        assertEquals("785-555-0142", stored.contactPhone());
    }

    @Test
    void everyWrongFieldIsNamedAtOnceInThePagesOrder() {
        AgencyDraft wrong = new AgencyDraft("", "1234567890", "K1", " ", "Topeka", "KA", "ABC", "Ari Agency", "not-an-address", "12");
        InvalidFields refused = assertThrows(InvalidFields.class, () -> AgencyFields.checked(wrong));
        assertEquals(List.of("legalName", "npi", "medicaidId", "street", "state", "postalCode", "contactEmail", "contactPhone"),
                refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals("agency.npi", refused.problems().get(1).messageKey());
    }

    @Test
    void aNameLongerThanTheColumnIsRefusedWithTheLimit() {
        AgencyDraft tooLong = new AgencyDraft("x".repeat(AgencyFields.NAME_MAX + 1), TYPED.npi(), TYPED.medicaidId(), TYPED.street(), TYPED.city(),
                TYPED.state(), TYPED.postalCode(), TYPED.contactName(), TYPED.contactEmail(), TYPED.contactPhone());
        FieldProblem problem = assertThrows(InvalidFields.class, () -> AgencyFields.checked(tooLong)).problems().get(0);
        assertEquals("legalName", problem.field());
        assertEquals(AgencyFields.NAME_MAX, problem.arguments()[0]);
    }
}
