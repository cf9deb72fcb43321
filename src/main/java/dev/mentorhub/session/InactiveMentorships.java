package dev.mentorhub.session;

import static dev.mentorhub.common.persistence.SqlValues.instant;

import dev.mentorhub.common.web.PageRequest;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Active mentorships where nothing happens: no session held, confirmed or proposed for two cadence periods (four
 * weeks when the pair set no cadence), counted from the mentorship's start or its latest session. Both members get
 * one nudge per such quiet spell (not one a day): a row in {@code mentorship_nudge} per mentorship and last activity
 * decides, so several instances send it once, and a pair that meets again and then goes quiet is nudged again. The
 * program's attention list shows the program's inactive mentorships.
 */
@ApplicationScoped
public class InactiveMentorships {

    /** Four weeks: the quiet time that flags a mentorship without a cadence. */
    static final int DEFAULT_QUIET_WEEKS = 4;
    private static final int BATCH = 500;

    /**
     * One inactive mentorship: {@code lastSessionAt} is null when they never had a session; {@code quietSince} is the
     * later of the start and that session; {@code nudgedAt} the latest nudge, if any.
     */
    public record Inactive(UUID mentorshipId, UUID mentorId, String mentorName, UUID menteeId, String menteeName,
            Instant startedAt, Instant lastSessionAt, Integer cadenceWeeks, Instant quietSince, long daysQuiet,
            Instant nudgedAt) {
    }

    private static final String SELECT = """
            select ms.id, ms.mentor_id, mr.display_name, ms.mentee_id, me.display_name, ms.started_at, last.at,
                ms.cadence_weeks, greatest(ms.started_at, last.at) as since,
                (select max(n.nudged_at) from mentorship_nudge n where n.mentorship_id = ms.id) as nudged
            """;

    // A session counts as activity when it was held, or is agreed or asked for (a future one too).
    private static final String FROM = """
            from mentorship ms
            join member mr on mr.id = ms.mentor_id and mr.deleted_at is null
            join member me on me.id = ms.mentee_id and me.deleted_at is null
            left join lateral (select max(s.starts_at) as at from mentoring_session s where s.mentorship_id = ms.id
                and s.status in ('PROPOSED', 'CONFIRMED', 'HELD')) last on true
            where ms.status = 'ACTIVE'
              and greatest(ms.started_at, last.at)
                  < cast(:now as timestamptz) - make_interval(weeks => coalesce(ms.cadence_weeks * 2, %d))
            """.formatted(DEFAULT_QUIET_WEEKS);

    private static final String IN_PROGRAM = " and ms.program_id = :program";

    private final EntityManager em;
    private final SessionNotices notices;
    private final Clock clock;

    InactiveMentorships(EntityManager em, SessionNotices notices, Clock clock) {
        this.em = em;
        this.notices = notices;
        this.clock = clock;
    }

    /** A program's inactive mentorships at {@code now}, quiet the longest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Inactive> inProgram(UUID programId, Instant now, PageRequest page) {
        Query query = em.createNativeQuery(SELECT + FROM + IN_PROGRAM + " order by since, ms.id")
                .setParameter("program", programId).setParameter("now", now)
                .setFirstResult(page.offset()).setMaxResults(page.size());
        return rows(query, now);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long countInProgram(UUID programId, Instant now) {
        return ((Number) em.createNativeQuery("select count(*) " + FROM + IN_PROGRAM)
                .setParameter("program", programId).setParameter("now", now).getSingleResult()).longValue();
    }

    @Scheduled(identity = "inactive-mentorship-nudges", every = "10m", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int sent = nudgeDue(clock.instant());
        if (sent > 0) {
            Log.infof("Inactive mentorships: %d nudged", sent);
        }
    }

    /**
     * One pass as of {@code now}: nudges both members of every inactive mentorship not yet nudged for its current
     * quiet spell, and answers how many mentorships were nudged. Tests call it directly.
     */
    @Transactional
    public int nudgeDue(Instant now) {
        int nudged = 0;
        List<Inactive> due;
        do {
            // Claimed rows drop out of the next batch, whoever claimed them.
            due = rows(em.createNativeQuery(SELECT + FROM + """
                     and not exists (select 1 from mentorship_nudge n where n.mentorship_id = ms.id
                        and n.inactive_since = greatest(ms.started_at, last.at))
                    order by since, ms.id""").setParameter("now", now).setMaxResults(BATCH), now);
            for (Inactive inactive : due) {
                if (claim(inactive.mentorshipId(), inactive.quietSince(), now)) {
                    notices.nudge(inactive);
                    nudged++;
                }
            }
        } while (due.size() == BATCH);
        return nudged;
    }

    /** True for the one transaction that records this nudge; a racing one waits on the key, then skips. */
    private boolean claim(UUID mentorshipId, Instant since, Instant now) {
        return em.createNativeQuery("""
                insert into mentorship_nudge (mentorship_id, inactive_since, nudged_at) values (:id, :since, :now)
                on conflict do nothing""").setParameter("id", mentorshipId).setParameter("since", since)
                .setParameter("now", now).executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    private static List<Inactive> rows(Query query, Instant now) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Inactive((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3],
                (String) r[4], instant(r[5]), instant(r[6]), r[7] == null ? null : ((Number) r[7]).intValue(),
                instant(r[8]), Duration.between(instant(r[8]), now).toDays(), instant(r[9]))).toList();
    }

}
