package dev.mentorhub.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /** The event with its row locked until the transaction ends: every RSVP step starts here. */
    Optional<Event> lockById(UUID id) {
        return id == null ? Optional.empty()
                : Optional.ofNullable(getEntityManager().find(Event.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
