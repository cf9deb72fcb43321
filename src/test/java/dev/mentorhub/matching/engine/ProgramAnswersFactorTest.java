package dev.mentorhub.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Inside a program, the same answer to one of its matching questions counts like a shared goal. */
class ProgramAnswersFactorTest {

    private static final int CAREER = 1 << Goal.values()[0].ordinal();
    private static final int SECOND = 1 << Goal.values()[1].ordinal();

    @Test
    void shouldCountSameAnswersNextToSharedGoals() {
        // The mentee has two goals and one answer; the mentor shares one goal and the answer: 2 of 3.
        assertThat(Scoring.goals(CAREER, CAREER | SECOND, Set.of("team=data"), Set.of("team=data")))
                .isEqualTo(2.0 / 3);
        // A different answer counts as not shared.
        assertThat(Scoring.goals(CAREER, CAREER | SECOND, Set.of("team=web"), Set.of("team=data")))
                .isEqualTo(1.0 / 3);
        // Only an answer, no goals: the answer alone decides.
        assertThat(Scoring.goals(0, 0, Set.of("team=data"), Set.of("team=data"))).isEqualTo(1.0);
        assertThat(Scoring.goals(0, 0, Set.of(), Set.of("team=data"))).isZero();
    }

    @Test
    void shouldStayNeutralWhenTheMenteeNamedNothingAndMatchTheOldFactorWithoutAnswers() {
        assertThat(Scoring.goals(CAREER, 0, Set.of("team=data"), Set.of())).isEqualTo(Scoring.goals(CAREER, 0));
        assertThat(Scoring.goals(CAREER, CAREER | SECOND, Set.of(), Set.of()))
                .isEqualTo(Scoring.goals(CAREER, CAREER | SECOND));
    }
}
