package dev.mentorhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The run command's alice and bob (with subjects of this test's own): a mentorship with one held, one booked session. */
@QuarkusTest
class DemoMentorshipTest {

    @Inject
    DemoMentorship demo;

    @Inject
    EntityManager em;

    @Test
    void shouldPairAliceAndBobWithASessionHeldLastWeekAndTheNextOneBookedOnce() {
        String alice = TestData.unique("demo-alice");
        String bob = TestData.unique("demo-bob");
        UUID mentorship = QuarkusTransaction.requiringNew().call(() -> demo.create(alice, bob));
        assertThat(mentorship).isNotNull();

        @SuppressWarnings("unchecked")
        List<Object[]> sessions = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select status, starts_at < now(), ends_at < now() from mentoring_session where mentorship_id = ?1 "
                        + "order by starts_at").setParameter(1, mentorship).getResultList());
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0)).containsExactly("HELD", true, true);
        assertThat(sessions.get(1)).containsExactly("CONFIRMED", false, false);
        Object[] pair = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select status, started_at < now() - interval '13 days', cardinality(goals) from mentorship "
                        + "where id = ?1").setParameter(1, mentorship).getSingleResult());
        assertThat(pair).containsExactly("ACTIVE", true, 2);
        Object[] workspace = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select cadence_weeks, session_minutes, notes like '%first ML role%', (select count(*) from "
                        + "mentorship_milestone x where x.mentorship_id = m.id), (select count(*) from "
                        + "mentorship_milestone x where x.mentorship_id = m.id and x.done_at is not null) "
                        + "from mentorship m where id = ?1").setParameter(1, mentorship).getSingleResult());
        assertThat(workspace).containsExactly(2, 60, true, 3L, 1L);
        // Once per database: a second start leaves everything as it is.
        assertThat(QuarkusTransaction.requiringNew().call(() -> demo.create(alice, bob))).isNull();
    }
}
