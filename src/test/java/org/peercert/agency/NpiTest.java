package org.peercert.agency;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An agency's NPI is checked by its Luhn check digit over the issuer prefix 80840 (CMS). */
class NpiTest {

    @Test
    void acceptsPublishedValidNumbers() {
        assertTrue(Npi.isValid("1234567893"), "CMS's example");
        assertTrue(Npi.isValid("1245319599"));
    }

    @Test
    void refusesAWrongCheckDigitEachWay() {
        assertFalse(Npi.isValid("1234567890"));
        assertFalse(Npi.isValid("1234567894"));
        assertFalse(Npi.isValid("1649275214"));
    }

    @Test
    void refusesWhatIsNotTenDigits() {
        assertFalse(Npi.isValid(null));
        assertFalse(Npi.isValid("123456789"));
        assertFalse(Npi.isValid("12345678933"));
        assertFalse(Npi.isValid("12345678a3"));
    }

    @Test
    void aTranspositionOfNeighboursIsCaught() {
        assertFalse(Npi.isValid("1243567893"));
    }
}
