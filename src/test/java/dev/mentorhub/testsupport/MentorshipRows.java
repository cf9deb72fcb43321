package dev.mentorhub.testsupport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Mentorships and their sessions written straight into the tables, at any time in the past, for tests of what is
 * computed over them (attention lists, the program's mentorships, the dashboard). Each call commits on its own.
 */
@ApplicationScoped
public class MentorshipRows {

    private final EntityManager em;

    MentorshipRows(EntityManager em) {
        this.em = em;
    }

    /**
     * A mentorship in {@code program} (null: none) from an accepted request, started at {@code startedAt}; an ENDED
     * one ended now. Answers its id.
     */
    public UUID mentorship(UUID mentorId, UUID menteeId, UUID program, String status, Integer cadenceWeeks,
            Instant startedAt) {
        UUID request = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into match_request (id, sender_id, recipient_id, kind, message, status, "
                    + "created_at, decided_at, expires_at, program_id) values (?1, ?2, ?3, 'MENTORING', 'Hello', "
                    + "'ACCEPTED', ?4, ?4, ?4, ?5)").setParameter(1, request).setParameter(2, menteeId)
                    .setParameter(3, mentorId).setParameter(4, startedAt).setParameter(5, program).executeUpdate();
            em.createNativeQuery("insert into mentorship (id, mentor_id, mentee_id, request_id, status, started_at, "
                    + "ended_at, program_id, cadence_weeks) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, id).setParameter(2, mentorId).setParameter(3, menteeId)
                    .setParameter(4, request).setParameter(5, status).setParameter(6, startedAt)
                    .setParameter(7, status.equals("ENDED") ? Instant.now() : null)
                    .setParameter(8, program).setParameter(9, cadenceWeeks).executeUpdate();
        });
        return id;
    }

    /** Sets more of the mentorship's columns: {@code assignments} is SQL such as "notes = ?2", {@code ?1} its id. */
    public void update(UUID mentorship, String assignments, Object... values) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery("update mentorship set " + assignments + " where id = ?1")
                    .setParameter(1, mentorship);
            for (int i = 0; i < values.length; i++) {
                query.setParameter(i + 2, values[i]);
            }
            query.executeUpdate();
        });
    }

    /** An hour-long session of the mentorship, proposed by its mentor, in the given state. Answers its id. */
    public UUID session(UUID mentorship, String status, Instant start) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into mentoring_session (id, "
                + "mentorship_id, proposed_by, starts_at, ends_at, time_zone, status, created_at, updated_at) select "
                + "?1, id, mentor_id, ?2, ?3, 'UTC', ?4, ?2, ?2 from mentorship where id = ?5")
                .setParameter(1, id).setParameter(2, start).setParameter(3, start.plus(Duration.ofHours(1)))
                .setParameter(4, status).setParameter(5, mentorship).executeUpdate());
        return id;
    }
}
