package dev.mentorhub.event.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.event.discovery.EventRecommendations.Basis;
import dev.mentorhub.event.discovery.EventRecommendations.Interests;
import dev.mentorhub.event.discovery.EventRecommendations.Pick;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventRecommendationsTest {

    private record Ev(String title, List<String> tags) {
    }

    private static final Map<String, List<String>> NAMES = Map.of("pytorch", List.of("PyTorch", "PyTorch"),
            "bert", List.of("BERT", "BERT"), "kubernetes", List.of("Kubernetes", "Kubernetes"),
            "rust", List.of("Rust", "Rust"), "sql", List.of("SQL", "SQL"));

    private static List<Pick<Ev>> rank(List<Ev> events, Interests me, int limit) {
        return EventRecommendations.rank(events, Ev::tags, me, NAMES, limit);
    }

    @Test
    void shouldRankLearningAboveTeachingAboveGoalsAndSayWhy() {
        Ev paper = new Ev("Paper reading", List.of("pytorch", "bert"));
        Ev ops = new Ev("Ops night", List.of("kubernetes"));
        Ev rust = new Ev("Rust study group", List.of("rust"));
        Ev unrelated = new Ev("Databases", List.of("sql"));
        Interests me = new Interests(List.of("pytorch", "bert"), List.of("kubernetes"), "I want to pick up Rust.");

        List<Pick<Ev>> picks = rank(List.of(unrelated, rust, ops, paper), me, 10);

        assertThat(picks).extracting(p -> p.event().title()).containsExactly("Paper reading", "Ops night",
                "Rust study group");
        assertThat(picks.get(0).reason().basis()).isEqualTo(Basis.LEARN);
        assertThat(picks.get(0).reason().count()).isEqualTo(2);
        assertThat(picks.get(0).reason().names()).isEqualTo("PyTorch, BERT");
        assertThat(picks.get(1).reason().basis()).isEqualTo(Basis.TEACH);
        assertThat(picks.get(2).reason().basis()).isEqualTo(Basis.GOALS);
        assertThat(picks.get(2).reason().names()).isEqualTo("Rust");
    }

    @Test
    void shouldKeepTheGivenOrderForEqualScoresAndHonourTheLimit() {
        Ev first = new Ev("First", List.of("sql"));
        Ev second = new Ev("Second", List.of("sql"));
        Ev third = new Ev("Third", List.of("sql"));
        Interests me = new Interests(List.of("sql"), List.of(), null);

        assertThat(rank(List.of(first, second, third), me, 2)).extracting(p -> p.event().title())
                .containsExactly("First", "Second");
    }

    @Test
    void shouldRecommendNothingToSomeoneWithoutInterests() {
        Interests nobody = new Interests(List.of(), List.of(), "");
        assertThat(nobody.isEmpty()).isTrue();
        assertThat(rank(List.of(new Ev("Any", List.of("sql"))), nobody, 5)).isEmpty();
    }
}
