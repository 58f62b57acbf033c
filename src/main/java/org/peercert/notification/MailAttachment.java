package org.peercert.notification;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A file sent with an outbox message (V25). */
@Entity
@Table(name = "mail_attachment")
public class MailAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "outbox_id", nullable = false, updatable = false)
    private Long outboxId;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100, updatable = false)
    private String mediaType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected MailAttachment() {
    }

    MailAttachment(long outboxId, Mail.Attachment file) {
        this.outboxId = outboxId;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.content = file.content();
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content;
    }
}
