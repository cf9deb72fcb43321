package dev.mentorhub.program.mentorships;

import static dev.mentorhub.common.persistence.SqlValues.instant;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.program.Program;
import dev.mentorhub.program.ProgramAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A program's mentorships (those whose request was sent in it) for its admins: active first, then newest. */
@ApplicationScoped
public class ProgramMentorships {

    private static final String FROM = """
            from mentorship ms
            join member mr on mr.id = ms.mentor_id
            join member me on me.id = ms.mentee_id
            where ms.program_id = :program and (cast(:status as text) is null or ms.status = cast(:status as text))
            """;

    private static final String SELECT = """
            select ms.id, ms.mentor_id, mr.display_name, ms.mentee_id, me.display_name, ms.status, ms.outcome,
                ms.started_at, ms.planned_end, ms.ended_at, ms.cadence_weeks,
                (select count(*) from mentoring_session s where s.mentorship_id = ms.id and s.status = 'HELD'),
                (select max(s.starts_at) from mentoring_session s where s.mentorship_id = ms.id and s.status = 'HELD'),
                (select min(s.starts_at) from mentoring_session s where s.mentorship_id = ms.id
                    and s.status in ('PROPOSED', 'CONFIRMED') and s.ends_at > cast(:now as timestamptz)),
                (select count(*) from mentorship_milestone x where x.mentorship_id = ms.id and x.done_at is not null),
                (select count(*) from mentorship_milestone x where x.mentorship_id = ms.id)
            """;

    private final ProgramAccess access;
    private final EntityManager em;
    private final Clock clock;

    ProgramMentorships(ProgramAccess access, EntityManager em, Clock clock) {
        this.access = access;
        this.em = em;
        this.clock = clock;
    }

    /** {@code status} active or ended narrows the list; blank is all. Anyone but the program's admins: 404. */
    @Transactional
    public PageDto<ProgramMentorship> list(Caller caller, UUID programId, String status, PageRequest page) {
        Program program = access.administered(caller, programId);
        String wanted = status(status);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + FROM
                        + " order by case when ms.status = 'ACTIVE' then 0 else 1 end, ms.started_at desc, ms.id")
                .setParameter("program", program.id()).setParameter("status", wanted)
                .setParameter("now", clock.instant())
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) " + FROM).setParameter("program", program.id())
                .setParameter("status", wanted).getSingleResult()).longValue();
        return page.result(rows.stream().map(ProgramMentorships::row).toList(), total);
    }

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String upper = status.strip().toUpperCase(Locale.ROOT);
        if (!upper.equals("ACTIVE") && !upper.equals("ENDED")) {
            throw FieldErrors.of("status", "must be active or ended");
        }
        return upper;
    }

    private static ProgramMentorship row(Object[] r) {
        return new ProgramMentorship((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], (String) r[4],
                ((String) r[5]).toLowerCase(Locale.ROOT),
                r[6] == null ? null : ((String) r[6]).toLowerCase(Locale.ROOT).replace('_', '-'), instant(r[7]),
                date(r[8]), instant(r[9]), r[10] == null ? null : ((Number) r[10]).intValue(),
                ((Number) r[11]).intValue(), instant(r[12]), instant(r[13]), ((Number) r[14]).intValue(),
                ((Number) r[15]).intValue());
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
