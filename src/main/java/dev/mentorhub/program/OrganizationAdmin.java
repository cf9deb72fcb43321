package dev.mentorhub.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A member appointed by a platform admin to administer an organization's programs. */
@Entity
@Table(name = "organization_admin")
class OrganizationAdmin {

    @EmbeddedId
    private Key id;

    @Column(name = "appointed_at", nullable = false, updatable = false)
    private Instant appointedAt;

    protected OrganizationAdmin() {
    }

    OrganizationAdmin(UUID organizationId, UUID memberId, Instant appointedAt) {
        this.id = new Key(organizationId, memberId);
        this.appointedAt = appointedAt;
    }

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "organization_id")
        private UUID organizationId;

        @Column(name = "member_id")
        private UUID memberId;

        protected Key() {
        }

        Key(UUID organizationId, UUID memberId) {
            this.organizationId = organizationId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.organizationId.equals(organizationId) && k.memberId.equals(memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, memberId);
        }
    }
}
