package org.peercert.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The check every browser test runs on each page state still finds what it is there to find (no server needed). */
class AccessibilityCheckBrowserIT {

    @Test
    void anUnlabelledFieldAndFaintTextFailTheCheck() {
        try (Browser browser = new Browser()) {
            browser.driver().get("data:text/html,<!DOCTYPE html><html lang='en'><head><title>Broken</title></head><body><main>"
                    + "<h1>Broken</h1><input type='text'><p style='color:%23eeeeee;background:%23ffffff'>Faint words</p></main></body></html>");
            AssertionError failure = assertThrows(AssertionError.class, browser::checkAccessibility);
            assertTrue(failure.getMessage().contains("label (critical)"), failure.getMessage());
            assertTrue(failure.getMessage().contains("color-contrast (serious)"), failure.getMessage());
        }
    }
}
