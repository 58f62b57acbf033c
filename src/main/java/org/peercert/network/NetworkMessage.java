package org.peercert.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message on a credentialing request: the network's returns, acknowledgements, audits and decisions, and the agency's replies. */
@Entity
@Table(name = "network_message")
public class NetworkMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(nullable = false, length = 254, updatable = false)
    private String author;

    @Column(name = "from_network", nullable = false, updatable = false)
    private boolean fromNetwork;

    @Column(nullable = false, length = 4000, updatable = false)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected NetworkMessage() {
    }

    NetworkMessage(long requestId, String author, boolean fromNetwork, String body, Instant sentAt) {
        this.requestId = requestId;
        this.author = author;
        this.fromNetwork = fromNetwork;
        this.body = body;
        this.sentAt = sentAt;
    }

    public String getAuthor() {
        return author;
    }

    public boolean isFromNetwork() {
        return fromNetwork;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
