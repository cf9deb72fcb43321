package dev.mentorhub.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.member.Member;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.Race;
import dev.mentorhub.testsupport.Race.Outcome;
import dev.mentorhub.testsupport.Rows;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Crossed requests (A asks B, B asks A) accepted at the same moment give one active mentorship for the pair. */
@QuarkusTest
class CrossedRequestsTest {

    private static final int PAIRS = 4;

    @Inject
    MatchRequestService service;

    @Inject
    RequestPopulation population;

    @Inject
    EntityManager em;

    @Test
    void shouldStartOneMentorshipWhenBothCrossedRequestsAreAcceptedAtOnce() throws Exception {
        Skill skill = population.skill();
        for (int pair = 0; pair < PAIRS; pair++) {
            Member a = population.both(skill, "Crossing A" + pair);
            Member b = population.both(skill, "Crossing B" + pair);
            UUID aAsksB = send(a, b);
            UUID bAsksA = send(b, a);

            List<Outcome<MentorshipDto>> outcomes = Race.run(2,
                    i -> () -> i == 0 ? service.accept(b, aAsksB) : service.accept(a, bAsksA));

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.succeeded()).singleElement().satisfies(o -> {
                assertThat(o.refusal().status()).isEqualTo(409);
                assertThat(((RequestRefusedException) o.refusal()).reason())
                        .isEqualTo(RequestRefusedException.ALREADY_PAIRED);
            });
            assertThat(activeBetween(a, b)).isEqualTo(1);
            assertThat(List.of(service.get(a, aAsksB).status(), service.get(a, bAsksA).status()))
                    .containsExactlyInAnyOrder("accepted", "pending");
        }
    }

    private UUID send(Member from, Member to) {
        return service.send(from, new SendRequest(to.id(), null, "Shall we?", List.of("career-growth"))).id();
    }

    private long activeBetween(Member a, Member b) {
        return Rows.count(em, "select count(*) from mentorship where status = 'ACTIVE' and ((mentor_id = ?1 and "
                + "mentee_id = ?2) or (mentor_id = ?2 and mentee_id = ?1))", a.id(), b.id());
    }
}
