package dev.mentorhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.profile.ProfileRequest;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The population generator on its own: no Quarkus, no database. */
class DemoPopulationTest {

    private static final DemoPopulation.Sizes SIZES = new DemoPopulation.Sizes(60, 150, 25);

    private static final List<DemoPopulation.SkillOption> SKILLS = List.of(
            new DemoPopulation.SkillOption("pytorch", "PyTorch", "Libraries and tools"),
            new DemoPopulation.SkillOption("tensorflow", "TensorFlow", "Libraries and tools"),
            new DemoPopulation.SkillOption("scikit-learn", "scikit-learn", "Libraries and tools"),
            new DemoPopulation.SkillOption("regression", "Regression", "ML fundamentals"),
            new DemoPopulation.SkillOption("classification", "Classification", "ML fundamentals"),
            new DemoPopulation.SkillOption("deep-learning", "Deep learning", "ML fundamentals"),
            new DemoPopulation.SkillOption("model-serving", "Serving at scale", "Deployment and scale"),
            new DemoPopulation.SkillOption("latency-budgets", "Latency budgets", "Deployment and scale"),
            new DemoPopulation.SkillOption("ab-testing", "A/B testing", "Experimentation"));

    @Test
    void shouldGiveTheSamePeopleForTheSameSeedAndOthersForAnotherSeed() {
        List<DemoPopulation.Person> first = DemoPopulation.generate(42, SIZES, SKILLS);

        assertThat(DemoPopulation.generate(42, SIZES, SKILLS)).isEqualTo(first);
        assertThat(DemoPopulation.generate(43, SIZES, SKILLS)).isNotEqualTo(first);
    }

    @Test
    void shouldMakeTheRequestedNumberOfEachKind() {
        List<DemoPopulation.Person> people = DemoPopulation.generate(7, SIZES, SKILLS);

        assertThat(people).hasSize(235);
        assertThat(people).extracting(p -> p.profile().roles())
                .filteredOn(roles -> roles.equals(List.of("mentor"))).hasSize(60);
        assertThat(people).extracting(p -> p.profile().roles())
                .filteredOn(roles -> roles.equals(List.of("mentee"))).hasSize(150);
        assertThat(people).extracting(p -> p.profile().roles())
                .filteredOn(roles -> roles.equals(List.of("mentor", "mentee"))).hasSize(25);
        assertThat(people).extracting(DemoPopulation.Person::number).doesNotHaveDuplicates();
        assertThat(people).filteredOn(DemoPopulation.Person::isInactive).hasSize(6)
                .allSatisfy(p -> assertThat(p.profile().roles()).containsExactly("mentor"));
    }

    @Test
    void shouldMakeProfilesWithinTheLimitsAndWithoutOverlappingWindows() {
        Set<String> slugs = SKILLS.stream().map(DemoPopulation.SkillOption::slug).collect(Collectors.toSet());
        Set<String> languages = Set.of(Locale.getISOLanguages());
        for (DemoPopulation.Person person : DemoPopulation.generate(11, SIZES, SKILLS)) {
            ProfileRequest p = person.profile();
            boolean mentor = p.roles().contains("mentor");
            boolean mentee = p.roles().contains("mentee");
            assertThat(p.displayName()).isNotBlank().hasSizeLessThanOrEqualTo(100);
            assertThat(p.headline()).contains(" · ").hasSizeLessThanOrEqualTo(160);
            assertThat(p.bio()).isNotBlank().hasSizeLessThanOrEqualTo(4000);
            assertThat(ZoneId.of(p.timeZone())).isNotNull();
            assertThat(p.languages()).isNotEmpty().doesNotHaveDuplicates().allMatch(languages::contains);
            assertThat(p.goals()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            assertThat(p.formats()).isNotEmpty();
            assertThat(p.availability()).hasSizeBetween(1, 4);
            assertThat(overlapping(p.availability())).as("overlapping windows of %s", person.username()).isFalse();
            assertThat(p.availability()).allSatisfy(w -> {
                assertThat(DayOfWeek.valueOf(w.day().toUpperCase(Locale.ROOT))).isNotNull();
                assertThat(minute(w.start())).isLessThan(minute(w.end()));
            });
            if (mentor) {
                assertThat(p.teachSkills()).hasSizeBetween(2, 5)
                        .allSatisfy(s -> assertThat(s.proficiency()).isBetween(3, 5));
                assertThat(p.mentorCapacity()).isBetween(0, 3);
            } else {
                assertThat(p.teachSkills()).isEmpty();
            }
            if (mentee) {
                assertThat(p.learnSkills()).hasSizeBetween(2, 4)
                        .allSatisfy(s -> assertThat(s.targetLevel()).isBetween(2, 4));
            } else {
                assertThat(p.learnSkills()).isEmpty();
            }
            List<String> chosen = new ArrayList<>();
            p.teachSkills().forEach(s -> chosen.add(s.skill()));
            p.learnSkills().forEach(s -> chosen.add(s.skill()));
            assertThat(chosen).doesNotHaveDuplicates().allMatch(slugs::contains);
            p.links().forEach((kind, url) -> assertThat(url).startsWith("https://").contains(kind));
        }
    }

    @Test
    void shouldSkewMentorsSeniorAndMenteesJunior() {
        List<DemoPopulation.Person> people = DemoPopulation.generate(3, SIZES, SKILLS);
        Set<String> junior = Set.of("student", "early-career");

        assertThat(people.subList(0, 60)).noneMatch(p -> junior.contains(p.profile().careerStage()));
        assertThat(people.subList(60, 210)).filteredOn(p -> junior.contains(p.profile().careerStage()))
                .hasSizeGreaterThan(75);
        assertThat(people.subList(210, 235)).extracting(p -> p.profile().careerStage())
                .allMatch(stage -> stage.equals("mid-level") || stage.equals("senior"));
    }

    @Test
    void shouldTakeFewerSkillsWhenTheTaxonomyIsSmall() {
        List<DemoPopulation.SkillOption> one = List.of(new DemoPopulation.SkillOption("only", "Only", "Area"));

        assertThat(DemoPopulation.generate(1, new DemoPopulation.Sizes(2, 2, 2), one))
                .allSatisfy(p -> assertThat(p.profile().teachSkills().size() + p.profile().learnSkills().size())
                        .isBetween(1, 2));
    }

    @Test
    void shouldSlugNamesWithAccentsAndLeaveOtherScriptsEmpty() {
        assertThat(DemoPopulation.slug("Céline Spitzmüller-Groß")).isEqualTo("celine-spitzmuller-gross");
        assertThat(DemoPopulation.slug("王伟")).isEmpty();
    }

    @Test
    void shouldLowerCaseOrdinaryWordsButKeepNamesAndAcronyms() {
        assertThat(DemoPopulation.lowerCased("Deep learning")).isEqualTo("deep learning");
        assertThat(DemoPopulation.lowerCased("PyTorch")).isEqualTo("PyTorch");
        assertThat(DemoPopulation.lowerCased("ML fundamentals")).isEqualTo("ML fundamentals");
        assertThat(DemoPopulation.lowerCased("A/B testing")).isEqualTo("A/B testing");
    }

    private static boolean overlapping(List<ProfileRequest.Window> windows) {
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                ProfileRequest.Window a = windows.get(i);
                ProfileRequest.Window b = windows.get(j);
                if (a.day().equals(b.day()) && minute(a.start()) < minute(b.end())
                        && minute(b.start()) < minute(a.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int minute(String time) {
        return time.equals("24:00") ? 1440 : LocalTime.parse(time).toSecondOfDay() / 60;
    }
}
