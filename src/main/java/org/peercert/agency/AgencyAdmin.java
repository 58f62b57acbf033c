package org.peercert.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A portal account administering an agency. */
@Entity
@Table(name = "agency_admin")
@IdClass(AgencyAdmin.Key.class)
public class AgencyAdmin {

    /** The composite key, as JPA asks for it. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long agencyId;
        private Long userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(agencyId, k.agencyId) && java.util.Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(agencyId, userId);
        }
    }

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    static Key key(long agencyId, long userId) {
        Key key = new Key();
        key.agencyId = agencyId;
        key.userId = userId;
        return key;
    }

    protected AgencyAdmin() {
    }

    AgencyAdmin(long agencyId, long userId) {
        this.agencyId = agencyId;
        this.userId = userId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public Long getUserId() {
        return userId;
    }
}
