package org.peercert.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditEvent;
import org.peercert.audit.AuditFilter;
import org.peercert.audit.AuditService;
import org.peercert.platform.web.PagedModel;

/** /admin/audit.xhtml: the audit trail, newest first, narrowed by actor, action, subject and dates. */
@Named
@ViewScoped
public class AuditTrailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    private String actor;
    private AuditAction action;
    private String subject;
    private LocalDate from;
    private LocalDate to;
    private transient PagedModel<AuditEvent> events;

    @PostConstruct
    void init() {
        events = new PagedModel<>((first, size) -> audit.find(new AuditFilter(actor, action, subject, from, to), first, size));
    }

    public void clear() {
        actor = null;
        action = null;
        subject = null;
        from = null;
        to = null;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public PagedModel<AuditEvent> getEvents() {
        return events;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
