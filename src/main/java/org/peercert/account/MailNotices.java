package org.peercert.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.peercert.notification.Mail;
import org.peercert.notification.MailQueued;
import org.peercert.notification.NoticeService;

/**
 * Every mail to a person with an account is also on their Notifications page, whatever their role, so a hand-over is
 * found in the portal as well as in the inbox. Not the account's own security mails: their links are for the inbox only.
 */
@ApplicationScoped
public class MailNotices {

    private static final Set<String> INBOX_ONLY = Set.of("invitation", "password-changed", "password-reset", "registration-duplicate",
            "verify-email");

    @Inject
    AccountService accounts;

    @Inject
    NoticeService notices;

    void keepACopy(@Observes MailQueued queued) {
        Mail mail = queued.mail();
        if (INBOX_ONLY.contains(mail.template())) {
            return;
        }
        accounts.findByEmail(mail.to()).ifPresent(person -> {
            if (queued.dedupeKey() == null) {
                notices.record(person.getId(), mail);
            } else {
                notices.recordOnce(person.getId(), mail, queued.dedupeKey());
            }
        });
    }
}
