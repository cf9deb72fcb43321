package dev.mentorhub.matching.engine;

import static dev.mentorhub.matching.engine.PersonBuilder.mentee;
import static dev.mentorhub.matching.engine.PersonBuilder.mentor;
import static dev.mentorhub.matching.engine.TestSkills.DEEP_LEARNING;
import static dev.mentorhub.matching.engine.TestSkills.LIBRARIES;
import static dev.mentorhub.matching.engine.TestSkills.ML;
import static dev.mentorhub.matching.engine.TestSkills.PYTORCH;
import static dev.mentorhub.matching.engine.TestSkills.SCIKIT_LEARN;
import static dev.mentorhub.matching.engine.TestSkills.SUPERVISED;
import static dev.mentorhub.matching.engine.TestSkills.TENSORFLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FactorsTest {

    private final MatchEngine engine = TestSkills.engine();

    private FactorScore factor(PersonBuilder mentor, PersonBuilder mentee, Factor factor) {
        MatchResult result = engine.evaluate(mentor.build(), mentee.build(), Weights.DEFAULT);
        assertThat(result.passed()).as("filtered by %s", result.filteredBy()).isTrue();
        return result.breakdown().get(factor);
    }

    private double skill(PersonBuilder mentor, PersonBuilder mentee) {
        return factor(mentor, mentee, Factor.SKILL).value();
    }

    @Test
    void skillFitIsFullForEveryWantedSkillTaughtAtOrAboveTarget() {
        assertThat(skill(mentor().teach(PYTORCH, 4).teach(SUPERVISED, 5),
                mentee().learn(PYTORCH, 4).learn(SUPERVISED, 3))).isEqualTo(1.0);
    }

    @Test
    void skillFitIsTheShareOfWantedSkillsTaught() {
        assertThat(skill(mentor().teach(PYTORCH, 5), mentee().learn(PYTORCH, 3).learn(SUPERVISED, 3)))
                .isEqualTo(0.5);
    }

    @Test
    void skillFitGivesPartialCreditBelowTheTargetLevel() {
        assertThat(skill(mentor().teach(PYTORCH, 2), mentee().learn(PYTORCH, 4))).isEqualTo(0.5);
    }

    @Test
    void skillFitGivesHalfCreditForParentOrChildAndAQuarterForSiblings() {
        assertThat(skill(mentor().teach(LIBRARIES, 5), mentee().learn(PYTORCH, 3))).isEqualTo(SkillGraph.PARENT_OR_CHILD);
        assertThat(skill(mentor().teach(PYTORCH, 5), mentee().learn(LIBRARIES, 3))).isEqualTo(SkillGraph.PARENT_OR_CHILD);
        assertThat(skill(mentor().teach(TENSORFLOW, 5), mentee().learn(PYTORCH, 3))).isEqualTo(SkillGraph.SIBLING);
        assertThat(skill(mentor().teach(TENSORFLOW, 5).teach(PYTORCH, 5), mentee().learn(SCIKIT_LEARN, 3)))
                .isEqualTo(SkillGraph.SIBLING);
    }

    @Test
    void skillFitTakesTheBestCreditPerWantedSkill() {
        assertThat(skill(mentor().teach(TENSORFLOW, 5).teach(PYTORCH, 1), mentee().learn(PYTORCH, 2)))
                .isEqualTo(0.5);
        assertThat(skill(mentor().teach(DEEP_LEARNING, 5).teach(ML, 5), mentee().learn(SUPERVISED, 5)))
                .isEqualTo(0.5);
    }

    private double stage(int mentorStage, int menteeStage) {
        return factor(mentor().teach(PYTORCH, 5).stage(mentorStage), mentee().learn(PYTORCH, 3).stage(menteeStage),
                Factor.STAGE).value();
    }

    @Test
    void stageIsBestOneToThreeAheadAndZeroBehind() {
        assertThat(stage(2, 3)).isZero();
        assertThat(stage(0, 5)).isZero();
        assertThat(stage(2, 2)).isEqualTo(0.25);
        assertThat(stage(3, 2)).isEqualTo(1.0);
        assertThat(stage(4, 1)).isEqualTo(1.0);
        assertThat(stage(4, 0)).isEqualTo(0.6);
        assertThat(stage(5, 0)).isEqualTo(0.4);
    }

    @Test
    void peersAreBestAtTheSameStage() {
        Person a = mentor().alsoMentee().stage(2).teach(PYTORCH, 5).learn(SUPERVISED, 3).build();
        Person b = mentor().alsoMentee().stage(2).teach(SUPERVISED, 5).learn(PYTORCH, 3).build();
        Person c = mentor().alsoMentee().stage(5).teach(SUPERVISED, 5).learn(PYTORCH, 3).build();
        assertThat(engine.evaluatePeers(a, b, Weights.DEFAULT).aTeachesB().breakdown().get(Factor.STAGE).value())
                .isEqualTo(1.0);
        assertThat(engine.evaluatePeers(a, c, Weights.DEFAULT).aTeachesB().breakdown().get(Factor.STAGE).value())
                .isEqualTo(0.1);
    }

    @Test
    void goalsAreTheShareOfTheMenteesGoalsTheMentorLists() {
        PersonBuilder m = mentor().teach(PYTORCH, 5).goals(Goal.PROMOTION, Goal.LEADERSHIP, Goal.NETWORKING);
        assertThat(factor(m, mentee().learn(PYTORCH, 3).goals(Goal.PROMOTION, Goal.FIRST_ML_JOB), Factor.GOALS).value())
                .isEqualTo(0.5);
        assertThat(factor(mentor().teach(PYTORCH, 5).goals(Goal.PROMOTION),
                mentee().learn(PYTORCH, 3).goals(Goal.PROMOTION), Factor.GOALS).value()).isEqualTo(1.0);
        assertThat(factor(mentor().teach(PYTORCH, 5), mentee().learn(PYTORCH, 3).goals(Goal.PROMOTION), Factor.GOALS)
                .value()).isZero();
        assertThat(factor(mentor().teach(PYTORCH, 5), mentee().learn(PYTORCH, 3), Factor.GOALS).value())
                .isEqualTo(Scoring.UNKNOWN);
    }

    private double format(PersonBuilder mentor, PersonBuilder mentee) {
        return factor(mentor.teach(PYTORCH, 5), mentee.learn(PYTORCH, 3), Factor.FORMAT_LOCATION).value();
    }

    @Test
    void formatIsFullForASharedRemoteFormatOrTheSameCity() {
        assertThat(format(mentor().formats(Format.CHAT, Format.VIDEO), mentee().formats(Format.VIDEO))).isEqualTo(1.0);
        assertThat(format(mentor().formats(Format.IN_PERSON).place("DE", "Berlin"),
                mentee().formats(Format.IN_PERSON).place("DE", "berlin"))).isEqualTo(1.0);
        assertThat(format(mentor().formats(Format.IN_PERSON).place("DE", "Munich"),
                mentee().formats(Format.IN_PERSON).place("DE", "Berlin"))).isEqualTo(0.5);
        assertThat(format(mentor().formats(Format.IN_PERSON).place("FR", "Paris"),
                mentee().formats(Format.IN_PERSON).place("DE", "Berlin"))).isZero();
        assertThat(format(mentor().formats(Format.CHAT), mentee().formats(Format.VIDEO))).isZero();
        assertThat(format(mentor().formats(), mentee().formats(Format.VIDEO))).isEqualTo(Scoring.UNKNOWN);
    }

    @Test
    void loadIsTheShareOfFreePlaces() {
        assertThat(factor(mentor().teach(PYTORCH, 5).capacity(4, 0), mentee().learn(PYTORCH, 3), Factor.LOAD).value())
                .isEqualTo(1.0);
        assertThat(factor(mentor().teach(PYTORCH, 5).capacity(4, 3), mentee().learn(PYTORCH, 3), Factor.LOAD).value())
                .isCloseTo(0.25, within(1e-12));
    }
}
