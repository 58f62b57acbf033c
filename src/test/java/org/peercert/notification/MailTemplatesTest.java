package org.peercert.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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

    /** #30.10: a subject names what happened, so two different events never share one (seat accepted or declined). */
    @Test
    void noTwoTemplatesShareASubject() {
        ResourceBundle templates = ResourceBundle.getBundle("mail.templates", Locale.ENGLISH);
        Map<String, String> keyBySubject = new HashMap<>();
        for (String key : Collections.list(templates.getKeys())) {
            if (key.endsWith(".subject")) {
                String other = keyBySubject.put(templates.getString(key), key);
                assertNull(other, key + " has the subject of " + other);
            }
        }
    }
}
