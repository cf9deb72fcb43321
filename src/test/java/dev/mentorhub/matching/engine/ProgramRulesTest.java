package dev.mentorhub.matching.engine;

import static dev.mentorhub.matching.engine.PersonBuilder.mentee;
import static dev.mentorhub.matching.engine.PersonBuilder.mentor;
import static dev.mentorhub.matching.engine.TestSkills.PYTORCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgramRulesTest {

    private static final ProgramRules SAME_DEPARTMENT = new ProgramRules(true, false);
    private static final ProgramRules REPORTING_LINE = new ProgramRules(false, true);
    private static final ProgramRules BOTH = new ProgramRules(true, true);

    private final MatchEngine engine = TestSkills.engine();

    private FilterReason reason(PersonBuilder mentor, PersonBuilder mentee, ProgramRules rules) {
        return reason(mentor.build(), mentee.build(), rules);
    }

    private FilterReason reason(Person mentor, Person mentee, ProgramRules rules) {
        return engine.evaluate(mentor, mentee, Weights.DEFAULT, rules).filteredBy();
    }

    private static PersonBuilder goodMentor() {
        return mentor().teach(PYTORCH, 5);
    }

    private static PersonBuilder goodMentee() {
        return mentee().learn(PYTORCH, 3);
    }

    @Test
    void shouldExcludeTheSameDepartmentOnlyWhenTheRuleIsOn() {
        PersonBuilder search = goodMentor().department("Search");
        PersonBuilder colleague = goodMentee().department("Search");
        assertThat(reason(search, colleague, SAME_DEPARTMENT)).isEqualTo(FilterReason.SAME_DEPARTMENT);
        assertThat(reason(search, colleague, REPORTING_LINE)).isNull();
        assertThat(reason(search, colleague, ProgramRules.NONE)).isNull();
        assertThat(engine.evaluate(search.build(), colleague.build(), Weights.DEFAULT).passed()).isTrue();
    }

    @Test
    void shouldCompareDepartmentsIgnoringCaseAndSurroundingSpace() {
        assertThat(reason(goodMentor().department("  research & development "), goodMentee()
                .department("Research & Development"), SAME_DEPARTMENT)).isEqualTo(FilterReason.SAME_DEPARTMENT);
        assertThat(reason(goodMentor().department("Search"), goodMentee().department("Ads"), SAME_DEPARTMENT))
                .isNull();
    }

    @Test
    void shouldNeverMatchAnUnknownOrBlankDepartment() {
        assertThat(reason(goodMentor(), goodMentee(), SAME_DEPARTMENT)).isNull();
        assertThat(reason(goodMentor().department(" "), goodMentee().department(""), SAME_DEPARTMENT)).isNull();
        assertThat(reason(goodMentor().department("Search"), goodMentee(), SAME_DEPARTMENT)).isNull();
    }

    @Test
    void shouldExcludeADirectManagerInEitherDirectionOnlyWhenTheRuleIsOn() {
        Person boss = goodMentor().build();
        Person report = goodMentee().reportsTo(boss.id()).build();
        assertThat(reason(boss, report, REPORTING_LINE)).isEqualTo(FilterReason.REPORTING_LINE);
        assertThat(reason(boss, report, SAME_DEPARTMENT)).isNull();
        assertThat(reason(boss, report, ProgramRules.NONE)).isNull();

        Person mentee = goodMentee().build();
        Person reportingMentor = goodMentor().reportsTo(mentee.id()).build();
        assertThat(reason(reportingMentor, mentee, REPORTING_LINE)).isEqualTo(FilterReason.REPORTING_LINE);
    }

    @Test
    void shouldExcludeASkipLevelManager() {
        Person top = goodMentor().build();
        UUID middle = UUID.randomUUID();
        Person report = goodMentee().reportsTo(middle, top.id()).build();
        assertThat(reason(top, report, REPORTING_LINE)).isEqualTo(FilterReason.REPORTING_LINE);
    }

    @Test
    void shouldLetColleaguesUnderTheSameManagerMeet() {
        UUID boss = UUID.randomUUID();
        assertThat(reason(goodMentor().reportsTo(boss), goodMentee().reportsTo(boss), REPORTING_LINE)).isNull();
    }

    @Test
    void shouldCheckTheDepartmentBeforeTheReportingLine() {
        Person boss = goodMentor().department("Ads").build();
        Person report = goodMentee().department("ads").reportsTo(boss.id()).build();
        assertThat(reason(boss, report, BOTH)).isEqualTo(FilterReason.SAME_DEPARTMENT);
    }

    @Test
    void shouldApplyTheRulesToPeersInBothDirections() {
        Person a = goodMentor().alsoMentee().learn(TestSkills.TENSORFLOW, 3).department("Search").build();
        Person b = goodMentor().alsoMentee().learn(TestSkills.TENSORFLOW, 3).department("search").build();
        assertThat(engine.evaluatePeers(a, b, Weights.DEFAULT).scoreTenths()).isPositive();
        PeerMatch ruled = engine.evaluatePeers(a, b, Weights.DEFAULT, SAME_DEPARTMENT);
        assertThat(ruled.scoreTenths()).isZero();
        assertThat(ruled.aTeachesB().filteredBy()).isEqualTo(FilterReason.SAME_DEPARTMENT);
        assertThat(ruled.bTeachesA().filteredBy()).isEqualTo(FilterReason.SAME_DEPARTMENT);
    }

    @Test
    void shouldWalkTheManagerChainToTheTop() {
        UUID ceo = UUID.randomUUID();
        UUID vp = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        UUID dev = UUID.randomUUID();
        Map<UUID, Set<UUID>> lines = OrgChart.reportingLines(Map.of(dev, lead, lead, vp, vp, ceo));
        assertThat(lines.get(dev)).containsExactlyInAnyOrder(lead, vp, ceo);
        assertThat(lines.get(lead)).containsExactlyInAnyOrder(vp, ceo);
        assertThat(lines.get(vp)).containsExactly(ceo);
        assertThat(lines).doesNotContainKey(ceo);
    }

    @Test
    void shouldStopWalkingWhereTheChainComesBackRound() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID self = UUID.randomUUID();
        Map<UUID, UUID> managerOf = new HashMap<>(Map.of(a, b, b, c, c, a, self, self));
        Map<UUID, Set<UUID>> lines = OrgChart.reportingLines(managerOf);
        assertThat(lines.get(a)).containsExactlyInAnyOrder(b, c);
        assertThat(lines.get(c)).containsExactlyInAnyOrder(a, b);
        assertThat(lines.get(self)).isEmpty();
    }
}
