package org.peercert.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.peercert.platform.Office;

/**
 * Mail texts live in mail/templates.properties ({@code name.subject} and {@code name.body}), filled with MessageFormat;
 * every body ends with the office's signature (#28).
 */
@ApplicationScoped
public class MailTemplates {

    private final ResourceBundle bundle = ResourceBundle.getBundle("mail.templates", Locale.ENGLISH);

    @Inject
    Office office;

    public Mail render(String template, String to, Object... arguments) {
        return new Mail(to,
                MessageFormat.format(bundle.getString(template + ".subject"), arguments),
                MessageFormat.format(bundle.getString(template + ".body"), arguments) + "\n\n" + office.getDetails().mailSignature(),
                template);
    }
}
