package org.peercert.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.peercert.platform.Office;
import org.peercert.platform.OfficeDetails;

/**
 * Mail texts live in mail/templates.properties ({@code name.subject} and {@code name.body}), filled with MessageFormat;
 * {@value #PROGRAM} stands for the program's name and every body ends with the office's signature (#28).
 */
@ApplicationScoped
public class MailTemplates {

    private final ResourceBundle bundle = ResourceBundle.getBundle("mail.templates", Locale.ENGLISH);

    @Inject
    Office office;

    static final String PROGRAM = "{program}";

    public Mail render(String template, String to, Object... arguments) {
        OfficeDetails details = office.getDetails();
        return new Mail(to,
                filled(bundle.getString(template + ".subject"), details.program(), arguments),
                filled(bundle.getString(template + ".body"), details.program(), arguments) + "\n\n" + details.mailSignature(),
                template);
    }

    /** The program's name for {@value #PROGRAM} (quoted, so an apostrophe or a brace in it is text), then the arguments. */
    static String filled(String template, String program, Object... arguments) {
        return MessageFormat.format(template.replace(PROGRAM, "'" + program.replace("'", "''") + "'"), arguments);
    }
}
