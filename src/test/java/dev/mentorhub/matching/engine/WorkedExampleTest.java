package dev.mentorhub.matching.engine;

import static dev.mentorhub.matching.engine.TestSkills.INTERVIEWS;
import static dev.mentorhub.matching.engine.TestSkills.PYTORCH;
import static dev.mentorhub.matching.engine.TestSkills.SCIKIT_LEARN;
import static dev.mentorhub.matching.engine.TestSkills.SUPERVISED;
import static dev.mentorhub.matching.engine.TestSkills.TENSORFLOW;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The worked example of docs/matching.md, number for number. */
class WorkedExampleTest {

    static final Person MEI = PersonBuilder.mentee().stage(1)
            .learn(PYTORCH, 4).learn(SUPERVISED, 3).learn(TENSORFLOW, 3).learn(INTERVIEWS, 2)
            .goals(Goal.FIRST_ML_JOB, Goal.INTERVIEW_PREPARATION, Goal.PRODUCTION_DEPLOYMENT)
            .languages("zh", "en").zone("Asia/Shanghai").place("CN", "Shanghai").formats(Format.VIDEO, Format.CHAT)
            .window(TUESDAY, "20:00", "22:00").window(THURSDAY, "20:00", "22:00").window(SATURDAY, "10:00", "12:00")
            .build();

    static final Person JONAS = PersonBuilder.mentor().stage(3)
            .teach(PYTORCH, 5).teach(SUPERVISED, 4).teach(SCIKIT_LEARN, 4)
            .goals(Goal.FIRST_ML_JOB, Goal.INTERVIEW_PREPARATION, Goal.LEADERSHIP)
            .languages("de", "en").zone("Europe/Berlin").place("DE", "Berlin").formats(Format.VIDEO)
            .window(TUESDAY, "14:00", "15:00").window(THURSDAY, "13:00", "13:30").window(SATURDAY, "09:00", "10:00")
            .capacity(3, 1)
            .build();

    @Test
    void shouldReproduceTheDocumentedExample() {
        MatchResult result = TestSkills.engine().evaluate(JONAS, MEI, Weights.DEFAULT);

        assertThat(result.breakdown().factors())
                .extracting(FactorScore::factor, FactorScore::value, FactorScore::pointsTenths, FactorScore::reason)
                .containsExactly(
                        tuple(Factor.SKILL, 0.5625, 225, "Teaches 2 of your 4 learning goals: supervised learning (4/5),"
                                + " PyTorch (5/5); partly: TensorFlow via PyTorch (5/5)"),
                        tuple(Factor.STAGE, 1.0, 150, "Senior, 2 stages ahead of you"),
                        tuple(Factor.GOALS, 2 / 3.0, 67, "Helps with 2 of your 3 goals: first ML job, interview preparation"),
                        tuple(Factor.AVAILABILITY, 0.75, 150, "You overlap 1.5 h a week: Tue and Thu evenings your time"),
                        tuple(Factor.FORMAT_LOCATION, 1.0, 50, "Both open to video"),
                        tuple(Factor.LOAD, 2 / 3.0, 67, "Has 2 of 3 mentee places free"));
        assertThat(result.score()).isEqualTo(70.9);
    }
}
