package org.peercert.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peercert.account.AccountService;
import org.peercert.notification.Notice;
import org.peercert.notification.NoticeService;
import org.peercert.platform.web.PagedModel;

/** /applicant/notifications.xhtml: every reminder and notice the portal sent the person, newest first. */
@Named
@ViewScoped
public class NoticesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeService notices;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    private long me;
    private long unreadWhenOpened;
    private transient PagedModel<Notice> rows;

    @PostConstruct
    void open() {
        me = accounts.findByEmail(currentUser.getEmail()).orElseThrow().getId();
        unreadWhenOpened = notices.unread(me);
        notices.markAllRead(me);
    }

    public PagedModel<Notice> getRows() {
        if (rows == null) {
            long recipient = me;
            rows = new PagedModel<>((first, size) -> notices.of(recipient, first, size));
        }
        return rows;
    }

    public long getUnreadWhenOpened() {
        return unreadWhenOpened;
    }
}
