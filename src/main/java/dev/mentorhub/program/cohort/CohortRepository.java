package dev.mentorhub.program.cohort;

import dev.mentorhub.program.ProgramRole;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class CohortRepository implements PanacheRepositoryBase<Cohort, UUID> {

    List<Cohort> ofProgram(UUID programId) {
        return list("programId = ?1 order by createdAt desc, name", programId);
    }

    boolean nameTaken(UUID programId, String name) {
        return count("programId = ?1 and lower(name) = ?2", programId, name.toLowerCase()) > 0;
    }

    /** Enrols, or updates the role of an existing enrolment. */
    void enrol(UUID cohortId, UUID memberId, ProgramRole role, Instant now) {
        getEntityManager().createNativeQuery("insert into cohort_enrolment (cohort_id, member_id, role, enrolled_at) "
                + "values (?1, ?2, ?3, ?4) on conflict (cohort_id, member_id) do update set role = excluded.role")
                .setParameter(1, cohortId).setParameter(2, memberId).setParameter(3, role.name())
                .setParameter(4, now).executeUpdate();
    }

    boolean unenrol(UUID cohortId, UUID memberId) {
        return getEntityManager().createNativeQuery("delete from cohort_enrolment where cohort_id = ?1 and member_id = ?2")
                .setParameter(1, cohortId).setParameter(2, memberId).executeUpdate() > 0;
    }

    /** Leaving a program takes the member out of its cohorts that have not started yet. */
    void unenrolFromOpenCohorts(UUID programId, UUID memberId) {
        getEntityManager().createNativeQuery("delete from cohort_enrolment e using cohort c where e.cohort_id = c.id "
                + "and c.program_id = ?1 and e.member_id = ?2 and c.state in ('DRAFT', 'ENROLLING')")
                .setParameter(1, programId).setParameter(2, memberId).executeUpdate();
    }

    /**
     * After the member's program role changed to {@code role}: their enrolments in the program's cohorts that have
     * not started take that role where theirs is outside it (a mentee enrolled as mentor becomes a mentee).
     */
    void narrowOpenEnrolments(UUID programId, UUID memberId, ProgramRole role) {
        if (role == ProgramRole.BOTH) {
            return;
        }
        getEntityManager().createNativeQuery("update cohort_enrolment e set role = ?1 from cohort c where "
                + "e.cohort_id = c.id and c.program_id = ?2 and e.member_id = ?3 and c.state in ('DRAFT', 'ENROLLING') "
                + "and e.role <> ?1").setParameter(1, role.name()).setParameter(2, programId)
                .setParameter(3, memberId).executeUpdate();
    }

    boolean isEnrolled(UUID cohortId, UUID memberId) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from cohort_enrolment "
                + "where cohort_id = ?1 and member_id = ?2").setParameter(1, cohortId).setParameter(2, memberId)
                .getSingleResult()).longValue() > 0;
    }

    /** Enrolled members per role (MENTEE, MENTOR, BOTH) in a cohort. */
    Map<ProgramRole, Long> enrolmentCounts(UUID cohortId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select role, count(*) from cohort_enrolment "
                + "where cohort_id = ?1 group by role").setParameter(1, cohortId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ProgramRole.valueOf((String) r[0]),
                r -> ((Number) r[1]).longValue()));
    }
}
