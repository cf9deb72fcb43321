package dev.mentorhub.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.matching.SuggestionDto;
import dev.mentorhub.matching.SuggestionMode;
import dev.mentorhub.matching.SuggestionService;
import dev.mentorhub.member.Member;
import dev.mentorhub.skill.Skill;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Suggestions know about mentorships: a full mentor and an existing partner are not suggested again. */
@QuarkusTest
class MentorshipSuggestionsTest {

    @Inject
    RequestPopulation population;

    @Inject
    MatchRequestService requests;

    @Inject
    SuggestionService suggestions;

    @Test
    void shouldStopSuggestingAMentorWhoseCapacityIsTakenAndTheirMentee() {
        Skill skill = population.skill();
        Member mentor = population.mentor(skill, "Full Mentor", 1);
        Member first = population.mentee(skill, "First Mentee");
        Member second = population.mentee(skill, "Second Mentee");
        assertThat(suggestedMentors(second)).contains(mentor.id());

        UUID request = requests.send(first, new SendRequest(mentor.id(), "MENTORING", "Hello", List.of())).id();
        requests.accept(mentor, request);

        assertThat(suggestedMentors(second)).as("capacity 1 is taken").doesNotContain(mentor.id());
        assertThat(suggestedMentors(first)).as("already paired").doesNotContain(mentor.id());
    }

    @Test
    void shouldSuggestTheMentorAgainOnceTheMentorshipEnds() {
        Skill skill = population.skill();
        Member mentor = population.mentor(skill, "Freed Mentor", 1);
        Member first = population.mentee(skill, "Leaving Mentee");
        Member second = population.mentee(skill, "Waiting Mentee");
        UUID request = requests.send(first, new SendRequest(mentor.id(), "MENTORING", "Hello", List.of())).id();
        UUID mentorship = requests.accept(mentor, request).id();
        assertThat(suggestedMentors(second)).doesNotContain(mentor.id());

        requests.end(first, mentorship, null, null);

        assertThat(suggestedMentors(second)).as("the place is free again").contains(mentor.id());
        assertThat(suggestedMentors(first)).as("no longer paired").contains(mentor.id());
    }

    @Test
    void shouldNotSuggestAMentorWhoDeclinedRecently() {
        Skill skill = population.skill();
        Member mentor = population.mentor(skill, "Declining Mentor", 2);
        Member mentee = population.mentee(skill, "Declined Mentee");
        Member other = population.mentee(skill, "Other Mentee");

        UUID request = requests.send(mentee, new SendRequest(mentor.id(), "MENTORING", "Hi", List.of())).id();
        requests.decline(mentor, request, "Not the right time");

        assertThat(suggestedMentors(mentee)).doesNotContain(mentor.id());
        assertThat(suggestedMentors(other)).contains(mentor.id());
    }

    private List<UUID> suggestedMentors(Member mentee) {
        return suggestions.suggestionsFor(mentee, SuggestionMode.MENTEE, 50, java.util.Locale.ENGLISH).items().stream()
                .map(SuggestionDto::candidateId).toList();
    }
}
