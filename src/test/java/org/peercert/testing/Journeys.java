package org.peercert.testing;

import java.time.Duration;

/** Steps several browser tests take the same way. */
public final class Journeys {

    private Journeys() {
    }

    /** Registers an applicant through the page and confirms the email by the link GreenMail received. */
    public static void registerAndConfirm(Browser browser, Mailbox mailbox, String firstName, String lastName, String email,
                                          String password) {
        browser.open("/account/register.xhtml");
        browser.type("#register\\:firstName", firstName);
        browser.type("#register\\:lastName", lastName);
        browser.type("#register\\:email", email);
        browser.type("#register\\:dateOfBirth_input", "1988-07-04");
        browser.type("#register\\:password", password);
        browser.click("#register\\:submit");
        browser.waitForText("Check your email");
        browser.driver().get(Mailbox.link(mailbox.awaitMessage(email, "Confirm your email", Duration.ofSeconds(20))));
        browser.waitForText("Your email address is confirmed");
    }
}
