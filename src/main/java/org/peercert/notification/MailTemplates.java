package org.peercert.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Mail texts live in mail/templates.properties ({@code name.subject} and {@code name.body}), filled with MessageFormat. */
@ApplicationScoped
public class MailTemplates {

    private final ResourceBundle bundle = ResourceBundle.getBundle("mail.templates", Locale.ENGLISH);

    public Mail render(String template, String to, Object... arguments) {
        return new Mail(to,
                MessageFormat.format(bundle.getString(template + ".subject"), arguments),
                MessageFormat.format(bundle.getString(template + ".body"), arguments), template);
    }
}
