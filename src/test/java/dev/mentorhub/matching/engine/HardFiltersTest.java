package dev.mentorhub.matching.engine;

import static dev.mentorhub.matching.engine.PersonBuilder.mentee;
import static dev.mentorhub.matching.engine.PersonBuilder.mentor;
import static dev.mentorhub.matching.engine.TestSkills.PYTORCH;
import static dev.mentorhub.matching.engine.TestSkills.CAREER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HardFiltersTest {

    private final MatchEngine engine = TestSkills.engine();

    private FilterReason reason(PersonBuilder mentor, PersonBuilder mentee) {
        return engine.evaluate(mentor.build(), mentee.build(), Weights.DEFAULT).filteredBy();
    }

    private static PersonBuilder goodMentor() {
        return mentor().teach(PYTORCH, 5);
    }

    private static PersonBuilder goodMentee() {
        return mentee().learn(PYTORCH, 3);
    }

    @Test
    void shouldPassWhenNothingRulesThePairOut() {
        MatchResult result = engine.evaluate(goodMentor().build(), goodMentee().build(), Weights.DEFAULT);
        assertThat(result.passed()).isTrue();
        assertThat(result.breakdown()).isNotNull();
    }

    @Test
    void shouldRejectTheSamePerson() {
        Person both = goodMentor().alsoMentee().learn(PYTORCH, 3).build();
        assertThat(engine.evaluate(both, both, Weights.DEFAULT).filteredBy()).isEqualTo(FilterReason.SAME_PERSON);
    }

    @Test
    void shouldRejectWrongRoles() {
        assertThat(reason(goodMentor().roles(Role.MENTEE), goodMentee())).isEqualTo(FilterReason.NOT_A_MENTOR);
        assertThat(reason(goodMentor(), goodMentee().roles(Role.MENTOR))).isEqualTo(FilterReason.NOT_A_MENTEE);
    }

    @Test
    void shouldRejectAnInactiveMentor() {
        assertThat(reason(goodMentor().inactive(), goodMentee())).isEqualTo(FilterReason.MENTOR_INACTIVE);
    }

    @Test
    void shouldRejectAMentorAtCapacityOrPaused() {
        assertThat(reason(goodMentor().capacity(2, 2), goodMentee())).isEqualTo(FilterReason.MENTOR_AT_CAPACITY);
        assertThat(reason(goodMentor().capacity(0, 0), goodMentee())).isEqualTo(FilterReason.MENTOR_AT_CAPACITY);
    }

    @Test
    void shouldRejectWithoutASharedLanguage() {
        assertThat(reason(goodMentor().languages("de", "fr"), goodMentee().languages("zh", "en")))
                .isEqualTo(FilterReason.NO_SHARED_LANGUAGE);
        assertThat(reason(goodMentor().languages("de", "zh"), goodMentee().languages("zh"))).isNull();
    }

    @Test
    void shouldRejectWhenEitherSideBlocked() {
        Person mentee = goodMentee().build();
        Person mentor = goodMentor().blocks(mentee.id()).build();
        assertThat(engine.evaluate(mentor, mentee, Weights.DEFAULT).filteredBy()).isEqualTo(FilterReason.BLOCKED);

        Person mentor2 = goodMentor().build();
        Person blocking = goodMentee().blocks(mentor2.id()).build();
        assertThat(engine.evaluate(mentor2, blocking, Weights.DEFAULT).filteredBy()).isEqualTo(FilterReason.BLOCKED);
    }

    @Test
    void shouldRejectPairsAlreadyPairedOrDeclinedOnEitherSide() {
        Person mentee = goodMentee().build();
        Person mentor = goodMentor().excludes(mentee.id()).build();
        assertThat(engine.evaluate(mentor, mentee, Weights.DEFAULT).filteredBy())
                .isEqualTo(FilterReason.ALREADY_PAIRED_OR_DECLINED);

        Person mentor2 = goodMentor().build();
        Person declined = goodMentee().excludes(mentor2.id()).build();
        assertThat(engine.evaluate(mentor2, declined, Weights.DEFAULT).filteredBy())
                .isEqualTo(FilterReason.ALREADY_PAIRED_OR_DECLINED);
    }

    @Test
    void shouldRejectAMentorWhoTeachesNothingRelated() {
        assertThat(reason(mentor().teach(CAREER, 5), goodMentee())).isEqualTo(FilterReason.NO_RELATED_SKILL);
        assertThat(reason(goodMentor(), mentee())).isEqualTo(FilterReason.NO_RELATED_SKILL);
    }

    @Test
    void shouldScoreZeroWhenFiltered() {
        MatchResult result = engine.evaluate(goodMentor().inactive().build(), goodMentee().build(), Weights.DEFAULT);
        assertThat(result.score()).isZero();
        assertThat(result.breakdown()).isNull();
    }
}
