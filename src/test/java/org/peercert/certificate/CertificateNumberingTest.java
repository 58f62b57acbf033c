package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R-TRN-3: certificate numbers from the configured pattern. */
class CertificateNumberingTest {

    private final CertificateNumbering standard = new CertificateNumbering("PS-{TRACK}-{YEAR}-{SEQ6}");

    @Test
    void theDefaultPatternGivesTheDocumentedNumber() {
        assertEquals("PS-CPS-2026-000123", standard.format("CPS", 2026, 123));
        assertEquals("PS-PPS-2027-000001", standard.format("PPS", 2027, 1));
    }

    @Test
    void eachTrackAndYearCountsOnItsOwn() {
        assertEquals("PS-CPS-2026-", standard.scope("CPS", 2026));
        assertEquals("PS-PPS-2026-", standard.scope("PPS", 2026));
        assertEquals("PS-CPS-2027-", standard.scope("CPS", 2027));
    }

    @Test
    void aPatternWithoutTheYearNeverRestartsItsCount() {
        CertificateNumbering numbering = new CertificateNumbering("KS{SEQ5}-{TRACK}");
        assertEquals(numbering.scope("CPS", 2026), numbering.scope("CPS", 2030));
        assertEquals("KS00042-CPS", numbering.format("CPS", 2030, 42));
    }

    @Test
    void aSequenceThatOutgrowsItsDigitsIsRefusedRatherThanWidened() {
        assertThrows(IllegalStateException.class, () -> standard.format("CPS", 2026, 1_000_000));
    }

    @Test
    void patternsWithoutOneSequenceOrWithUnknownTokensAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CertificateNumbering("PS-{TRACK}-{YEAR}"));
        assertThrows(IllegalArgumentException.class, () -> new CertificateNumbering("{SEQ3}-{SEQ3}"));
        assertThrows(IllegalArgumentException.class, () -> new CertificateNumbering("PS-{STATE}-{SEQ6}"));
        assertThrows(IllegalArgumentException.class, () -> new CertificateNumbering("PS-{SEQ0}"));
        assertThrows(IllegalArgumentException.class, () -> new CertificateNumbering(null));
    }

    @Test
    void aPatternWhoseNumbersCouldNotBeLookedUpIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CertificateNumbering("PS/{TRACK}/{SEQ6}"), "a slash");
        assertThrows(IllegalArgumentException.class, () -> new CertificateNumbering("ps-{TRACK}-{SEQ6}"), "lower case");
        assertThrows(IllegalArgumentException.class, () -> new CertificateNumbering("PEER-SUPPORT-SPECIALIST-{TRACK}-{YEAR}-{SEQ9}"), "over 40");
    }

    @Test
    void typedNumbersAreTrimmedAndUpperCased() {
        assertEquals(Optional.of("PS-CPS-2026-000123"), CertificateNumbering.normalize("  ps-cps-2026-000123 "));
    }

    @Test
    void malformedOrOverLongNumbersAreNotLookedUp() {
        assertTrue(CertificateNumbering.normalize("' OR 1=1 --").isEmpty());
        assertTrue(CertificateNumbering.normalize("<script>alert(1)</script>").isEmpty());
        assertTrue(CertificateNumbering.normalize("").isEmpty());
        assertTrue(CertificateNumbering.normalize(null).isEmpty());
        assertTrue(CertificateNumbering.normalize("PS-" + "1".repeat(38)).isEmpty());
        assertEquals(40, CertificateNumbering.normalize("PS-" + "1".repeat(37)).orElseThrow().length());
    }
}
