package dev.mentorhub.program.cohort;

import dev.mentorhub.member.DeletedMember;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** A member's cohort enrolments, in the export's {@code programs} section; deleted with the account. */
@ApplicationScoped
class CohortPersonalData implements PersonalData {

    record EnrolmentExport(UUID cohortId, String cohortName, UUID programId, String role, Instant enrolledAt) {
    }

    private final EntityManager em;

    CohortPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Object> export(Member me) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.name, c.program_id, e.role, e.enrolled_at from cohort_enrolment e
                join cohort c on c.id = e.cohort_id where e.member_id = :id order by e.enrolled_at
                """).unwrap(NativeQuery.class).addScalar("id", UUID.class).addScalar("name", String.class)
                .addScalar("program_id", UUID.class).addScalar("role", String.class)
                .addScalar("enrolled_at", Instant.class).setParameter("id", me.id()).getResultList();
        List<EnrolmentExport> enrolled = rows.stream().map(r -> new EnrolmentExport((UUID) r[0], (String) r[1],
                (UUID) r[2], ((String) r[3]).toLowerCase(Locale.ROOT), (Instant) r[4])).toList();
        return Map.of("programs", Map.of("cohortEnrolments", enrolled));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(DeletedMember deleted) {
        em.createNativeQuery("delete from cohort_enrolment where member_id = :id").setParameter("id", deleted.id())
                .executeUpdate();
    }
}
