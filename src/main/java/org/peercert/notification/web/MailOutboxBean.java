package org.peercert.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peercert.notification.MailPolicy;
import org.peercert.notification.OutboxMessage;
import org.peercert.notification.OutboxService;
import org.peercert.platform.web.PagedModel;

/** /admin/mail.xhtml: every message in the outbox with its delivery state; captured mail is read here. */
@Named
@ViewScoped
public class MailOutboxBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxService outbox;

    @Inject
    MailPolicy policy;

    private String recipient;
    private transient PagedModel<OutboxMessage> messages;

    @PostConstruct
    void init() {
        messages = new PagedModel<>((first, size) -> outbox.find(recipient, first, size));
    }

    public boolean isCapturing() {
        return policy.captureLocally();
    }

    public PagedModel<OutboxMessage> getMessages() {
        return messages;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
