package org.peercert.testing;

import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.support.ui.Select;
import org.peercert.platform.format.UsDates;

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
        browser.type("#register\\:dateOfBirth_input", "07/04/1988");
        browser.type("#register\\:password", password);
        browser.click("#register\\:submit");
        browser.waitForText("Check your email");
        browser.driver().get(Mailbox.link(mailbox.awaitMessage(email, "Confirm your email", Duration.ofSeconds(20))));
        browser.waitForText("Your email address is confirmed");
    }




    /** A trainer opens a five-day cohort; returns the address of its page, where the trainer now is. */
    public static String openCohort(Browser trainer, String title, LocalDate start, String location) {
        trainer.open("/trainer/cohorts.xhtml");
        trainer.type("#newCohort\\:title", title);
        trainer.type("#newCohort\\:startsOn_input", UsDates.typed(start));
        trainer.type("#newCohort\\:endsOn_input", UsDates.typed(start.plusDays(4)));
        trainer.type("#newCohort\\:location", location);
        trainer.click("#newCohort\\:create");
        trainer.waitForText("Cohort created.");
        trainer.waitForText(title);
        return trainer.driver().getCurrentUrl();
    }


    /** The first step of the application form: the address and phone (names and birth date come from the account). */
    public static void fillAddress(Browser applicant) {
        applicant.type("#app\\:address", "12 Elm Street");
        applicant.type("#app\\:city", "Topeka");
        new Select(applicant.find("#app\\:state")).selectByValue("KS");
        applicant.type("#app\\:postalCode", "66601");
        applicant.type("#app\\:phone", "785-555-0100");
    }

}
