package dev.mentorhub.session;

import static dev.mentorhub.common.persistence.SqlValues.instant;

import dev.mentorhub.mentorship.workspace.MentorshipSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The workspace's view of sessions: each mentorship's next proposed or confirmed session and how many were held. */
@ApplicationScoped
class SessionSummaries implements MentorshipSessions {

    private final EntityManager em;

    SessionSummaries(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Summary> of(Collection<UUID> mentorshipIds, Instant now) {
        if (mentorshipIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select mentorship_id,
                       min(starts_at) filter (where status in ('PROPOSED', 'CONFIRMED')
                                              and ends_at > cast(:now as timestamptz)),
                       count(*) filter (where status = 'HELD')
                from mentoring_session where mentorship_id in (:ids) group by mentorship_id""")
                .setParameter("now", now).setParameter("ids", mentorshipIds).getResultList();
        Map<UUID, Summary> summaries = new HashMap<>();
        for (Object[] row : rows) {
            summaries.put((UUID) row[0], new Summary(instant(row[1]), ((Number) row[2]).intValue()));
        }
        return summaries;
    }
}
