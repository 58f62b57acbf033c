package org.peercert.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.peercert.platform.Words;

/**
 * Statuses, states and kinds in plain words, from i18n/messages.properties: #{labels.of(application.status)}.
 * Pages never print an enum itself.
 */
@Named
@ApplicationScoped
public class Labels {

    public String of(Enum<?> value) {
        return value == null ? "" : FacesMessages.text(Words.keyOf(value));
    }
}
