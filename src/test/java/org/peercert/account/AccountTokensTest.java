package org.peercert.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        String a = AccountTokens.newToken();
        String b = AccountTokens.newToken();
        assertNotEquals(a, b);
        assertEquals(43, a.length());
        assertTrue(a.matches("[A-Za-z0-9_-]+"));
    }

    @Test
    void onlyTheHashIsKeptAndItIsStable() {
        String token = AccountTokens.newToken();
        assertEquals(AccountTokens.hash(token), AccountTokens.hash(token));
        assertEquals(64, AccountTokens.hash(token).length());
        assertNotEquals(token, AccountTokens.hash(token));
    }

    @Test
    void linkIsValidUntilItsExpiryThenExpired() {
        AccountToken link = new AccountToken(null, "h", TokenPurpose.VERIFY_EMAIL, NOW, NOW.plus(Duration.ofHours(24)));
        assertEquals(AccountToken.State.VALID, link.stateAt(NOW.plus(Duration.ofHours(23))));
        assertEquals(AccountToken.State.EXPIRED, link.stateAt(NOW.plus(Duration.ofHours(24))));
    }

    @Test
    void linkWorksOnlyOnce() {
        AccountToken link = new AccountToken(null, "h", TokenPurpose.RESET_PASSWORD, NOW, NOW.plus(Duration.ofHours(2)));
        link.use(NOW.plusSeconds(5));
        assertEquals(AccountToken.State.USED, link.stateAt(NOW.plusSeconds(6)));
        assertThrows(IllegalStateException.class, () -> link.use(NOW.plusSeconds(7)));
    }

    @Test
    void emailsAreComparedWithoutCaseOrBlanks() {
        assertEquals("ana.lopez@example.org", EmailAddress.normalize("  Ana.Lopez@Example.ORG "));
        assertTrue(EmailAddress.isPlausible("ana@example.org"));
        assertTrue(!EmailAddress.isPlausible("ana@example") && !EmailAddress.isPlausible("ana example.org"));
    }

    @Test
    void overlongEmailIsCutToTheLongestAddressPossible() {
        String typed = "a".repeat(300) + "@example.org";
        assertEquals(EmailAddress.MAX_LENGTH, EmailAddress.normalize(typed).length());
        assertTrue(!EmailAddress.isPlausible(EmailAddress.normalize(typed)));
    }
}
