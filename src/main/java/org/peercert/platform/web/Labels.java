package org.peercert.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.peercert.platform.Text;
import org.peercert.platform.Words;

/**
 * Statuses, states and kinds in plain words, from i18n/messages.properties: #{labels.of(application.status)}.
 * Pages never print an enum itself. A sentence a service composed (a {@link Text}) is put into words here too:
 * #{labels.text(row.explanation())}.
 */
@Named
@ApplicationScoped
public class Labels {

    public String of(Enum<?> value) {
        return value == null ? "" : FacesMessages.text(Words.keyOf(value));
    }

    public String text(Text text) {
        if (text == null) {
            return "";
        }
        return text.in(FacesMessages.locale());
    }
}
