package org.peercert.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** #28: mails name the state's program, never "PeerCert" unless that is its name. */
class MailTemplatesTest {

    @Test
    void theProgramsNameFillsItsPlaceAsPlainTextBesideTheArguments() {
        assertEquals("Reset your Kansas Peer Support Registry password",
                MailTemplates.filled("Reset your {program} password", "Kansas Peer Support Registry"));
        assertEquals("Hello Avery, welcome to Kansas' {Peer} Registry.",
                MailTemplates.filled("Hello {0}, welcome to {program}.", "Kansas' {Peer} Registry", "Avery"),
                "an apostrophe or a brace in the name is text, not MessageFormat syntax");
    }

    @Test
    void noTemplateNamesPeerCertItself() {
        ResourceBundle templates = ResourceBundle.getBundle("mail.templates", Locale.ENGLISH);
        for (String key : Collections.list(templates.getKeys())) {
            assertFalse(templates.getString(key).contains("PeerCert"), key);
        }
    }
}
