package dev.mentorhub.event.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * "Recommended for you": events ranked by how their skill tags meet what a member wants to learn (weighs most), what
 * they teach, and the skills their goals mention. Each pick carries its reason, the strongest of the three with the
 * skills' names ("Covers 2 of the skills you want to learn: PyTorch, BERT"). Events that meet none are left out;
 * equal scores keep the given order (soonest first). Plain Java.
 */
public final class EventRecommendations {

    static final int LEARN_WEIGHT = 3;
    static final int TEACH_WEIGHT = 2;
    static final int GOALS_WEIGHT = 1;

    /** Why an event is recommended: which interest it meets and the skills' names. */
    public enum Basis { LEARN, TEACH, GOALS }

    public record Reason(Basis basis, List<String> skills) {
        public String basisSlug() {
            return basis.name().toLowerCase(Locale.ROOT);
        }

        public int count() {
            return skills.size();
        }

        public String names() {
            return String.join(", ", skills);
        }
    }

    /** A member's interests: skill slugs they learn and teach, and their goals as written. */
    public record Interests(List<String> learn, List<String> teach, String goalsText) {
        public boolean isEmpty() {
            return learn.isEmpty() && teach.isEmpty() && (goalsText == null || goalsText.isBlank());
        }
    }

    public record Pick<T>(T event, int score, Reason reason) {
    }

    private EventRecommendations() {
    }

    /**
     * The best {@code limit} of {@code events} for {@code me}; {@code tags} gives an event's skill slugs and
     * {@code names} a slug's name in the reader's language (and, for goals, the names searched for in the text).
     */
    public static <T> List<Pick<T>> rank(List<T> events, Function<T, List<String>> tags, Interests me,
            Map<String, List<String>> names, int limit) {
        List<Pick<T>> picks = new ArrayList<>();
        for (T event : events) {
            Pick<T> pick = score(event, tags.apply(event), me, names);
            if (pick != null) {
                picks.add(pick);
            }
        }
        // A stable sort: equal scores stay in the given order.
        picks.sort(Comparator.comparingInt((Pick<T> p) -> p.score()).reversed());
        return picks.subList(0, Math.min(limit, picks.size()));
    }

    private static <T> Pick<T> score(T event, List<String> tags, Interests me, Map<String, List<String>> names) {
        List<String> learned = tags.stream().filter(me.learn()::contains).toList();
        List<String> taught = tags.stream().filter(t -> me.teach().contains(t) && !learned.contains(t)).toList();
        String goals = me.goalsText() == null ? "" : me.goalsText().toLowerCase(Locale.ROOT);
        List<String> inGoals = goals.isBlank() ? List.of() : tags.stream()
                .filter(t -> !learned.contains(t) && !taught.contains(t))
                .filter(t -> names.getOrDefault(t, List.of(t)).stream()
                        .anyMatch(n -> !n.isBlank() && goals.contains(n.toLowerCase(Locale.ROOT))))
                .toList();
        int score = LEARN_WEIGHT * learned.size() + TEACH_WEIGHT * taught.size() + GOALS_WEIGHT * inGoals.size();
        if (score == 0) {
            return null;
        }
        Reason reason = !learned.isEmpty() ? new Reason(Basis.LEARN, shown(learned, names))
                : !taught.isEmpty() ? new Reason(Basis.TEACH, shown(taught, names))
                : new Reason(Basis.GOALS, shown(inGoals, names));
        return new Pick<>(event, score, reason);
    }

    /** The name a reader sees: the first of a slug's names. */
    private static List<String> shown(List<String> slugs, Map<String, List<String>> names) {
        return slugs.stream().map(s -> names.getOrDefault(s, List.of(s)).get(0)).toList();
    }
}
