package dev.mentorhub.matching;

import dev.mentorhub.matching.MatchingIndex.Snapshot;
import dev.mentorhub.matching.PersonLoader.Card;
import dev.mentorhub.matching.SuggestionDto.FactorDto;
import dev.mentorhub.matching.engine.FactorScore;
import dev.mentorhub.matching.engine.MatchEngine;
import dev.mentorhub.matching.engine.MatchResult;
import dev.mentorhub.matching.engine.PeerMatch;
import dev.mentorhub.matching.engine.Person;
import dev.mentorhub.matching.engine.ProgramRules;
import dev.mentorhub.matching.engine.Role;
import dev.mentorhub.matching.engine.Suggestion;
import dev.mentorhub.matching.engine.Weights;
import dev.mentorhub.member.Member;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Suggestions for the caller from the in-memory {@link MatchingIndex}: no SQL per request except for a caller whose
 * own profile is not in the index (hidden or programs-only profiles may ask, but are never suggested).
 */
@ApplicationScoped
public class SuggestionService {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;
    /** Peers are drawn from the best mentors and mentees for the caller, this many times the limit, then re-scored. */
    static final int PEER_POOL_FACTOR = 4;

    private final MatchingIndex index;
    private final ReasonText reasonText;

    SuggestionService(MatchingIndex index, ReasonText reasonText) {
        this.index = index;
        this.reasonText = reasonText;
    }

    /** The result with the mode actually used ({@code as}: mentee, mentor or peer; the default depends on roles). */
    public record Suggestions(String as, List<SuggestionDto> items) {
    }

    public static int clampLimit(Integer limit) {
        return limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    /**
     * The best candidates for {@code me}, best first; {@code mode} null means mentors when I am a mentee, else
     * mentees. Throws {@link SuggestionsUnavailableException} without a profile or without the role asked for.
     * The reasons are written in {@code locale} (English or Simplified Chinese).
     */
    public Suggestions suggestionsFor(Member me, SuggestionMode mode, int limit, Locale locale) {
        return suggestionsFor(me, mode, limit, locale, null);
    }

    /**
     * Suggestions among a group of people (a program's members) with that group's weights and rules. The group is
     * scored in full, one evaluation per member: programs are small next to the whole population the index serves.
     */
    public record Scope(Set<UUID> memberIds, Weights weights, Map<UUID, Set<String>> answers, ProgramRules rules,
            Map<UUID, String> departments, Map<UUID, Set<UUID>> reportingLines) {

        /** The person as seen inside the scope: with their answers to its matching questions and org chart place. */
        Person inside(Person person) {
            Set<String> mine = answers.getOrDefault(person.id(), Set.of());
            Person answered = mine.isEmpty() ? person : person.withAnswers(mine);
            String department = departments.get(person.id());
            Set<UUID> above = reportingLines.getOrDefault(person.id(), Set.of());
            return department == null && above.isEmpty() ? answered : answered.withOrg(department, above);
        }

        static ProgramRules rulesOf(Scope scope) {
            return scope == null ? ProgramRules.NONE : scope.rules();
        }
    }

    /** As above; a non-null {@code scope} keeps candidates to its members and scores with its weights. */
    public Suggestions suggestionsFor(Member me, SuggestionMode mode, int limit, Locale locale, Scope scope) {
        Person person = index.person(me.id()).orElseThrow(SuggestionsUnavailableException::noProfile);
        SuggestionMode used = mode != null ? mode : person.is(Role.MENTEE) ? SuggestionMode.MENTEE : SuggestionMode.MENTOR;
        boolean allowed = switch (used) {
            case MENTEE -> person.is(Role.MENTEE);
            case MENTOR -> person.is(Role.MENTOR);
            case PEER -> person.is(Role.MENTEE) && person.is(Role.MENTOR);
        };
        if (!allowed) {
            throw SuggestionsUnavailableException.missingRole(used);
        }
        Snapshot s = index.current();
        Function<FactorScore, String> sentence = f -> reasonText.render(f.explanation(), locale, s.taxonomy());
        Weights weights = scope == null ? Weights.DEFAULT : scope.weights();
        if (scope != null) {
            person = scope.inside(person);
        }
        List<SuggestionDto> items = switch (used) {
            case MENTEE -> directed(s, person, scope == null ? s.index().topMentorsFor(person, limit, weights)
                    : scored(s, person, scope, limit, true), true, scope, sentence);
            case MENTOR -> directed(s, person, scope == null ? s.index().topMenteesFor(person, limit, weights)
                    : scored(s, person, scope, limit, false), false, scope, sentence);
            case PEER -> peers(s, person, limit, scope, sentence);
        };
        return new Suggestions(used.slug(), items);
    }

    /** Every member of the scope scored against me, best first (whole points first, then id for a stable order). */
    private static List<Suggestion> scored(Snapshot s, Person me, Scope scope, int limit, boolean meAsMentee) {
        MatchEngine.Prepared mine = s.engine().prepare(me);
        List<Suggestion> found = new ArrayList<>();
        for (UUID id : scope.memberIds()) {
            Person candidate = s.persons().get(id);
            if (candidate == null || id.equals(me.id())) {
                continue;
            }
            MatchEngine.Prepared theirs = s.engine().prepare(scope.inside(candidate));
            MatchResult result = meAsMentee ? s.engine().evaluate(theirs, mine, scope.weights(), scope.rules())
                    : s.engine().evaluate(mine, theirs, scope.weights(), scope.rules());
            if (result.passed()) {
                found.add(new Suggestion(id, (int) Math.round(result.score() * 10)));
            }
        }
        found.sort(Comparator.comparingInt(Suggestion::scoreTenths).reversed()
                .thenComparing(Suggestion::candidateId));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    private static List<SuggestionDto> directed(Snapshot s, Person me, List<Suggestion> found, boolean meAsMentee,
            Scope scope, Function<FactorScore, String> sentence) {
        Weights weights = scope == null ? Weights.DEFAULT : scope.weights();
        MatchEngine.Prepared mine = s.engine().prepare(me);
        List<SuggestionDto> items = new ArrayList<>();
        for (Suggestion suggestion : found) {
            Person candidate = s.persons().get(suggestion.candidateId());
            Card card = s.cards().get(suggestion.candidateId());
            if (candidate == null || card == null) {
                continue; // removed since the query ran
            }
            MatchEngine.Prepared theirs = s.engine().prepare(scope == null ? candidate : scope.inside(candidate));
            MatchResult result = meAsMentee ? s.engine().evaluate(theirs, mine, weights, Scope.rulesOf(scope))
                    : s.engine().evaluate(mine, theirs, weights, Scope.rulesOf(scope));
            if (result.passed()) {
                List<FactorDto> lines = SuggestionDto.lines(result.breakdown(), sentence);
                items.add(new SuggestionDto(candidate.id(), card.displayName(), card.headline(), result.score(),
                        SuggestionDto.topOf(lines), lines, List.of()));
            }
        }
        return items;
    }

    /**
     * Candidates from both directions of the index (people who could teach me, people I could teach), kept when they
     * are mentor and mentee too, re-scored as a reciprocal exchange and sorted by the peer score. Ties keep the
     * index's order, which carries the engine's fairness rotation.
     */
    private static List<SuggestionDto> peers(Snapshot s, Person me, int limit, Scope scope,
            Function<FactorScore, String> sentence) {
        int pool = limit * PEER_POOL_FACTOR;
        Weights weights = scope == null ? Weights.DEFAULT : scope.weights();
        Set<UUID> candidates = new LinkedHashSet<>();
        if (scope == null) {
            s.index().topMentorsFor(me, pool, weights).forEach(c -> candidates.add(c.candidateId()));
            s.index().topMenteesFor(me, pool, weights).forEach(c -> candidates.add(c.candidateId()));
        } else {
            candidates.addAll(new java.util.TreeSet<>(scope.memberIds()));
            candidates.remove(me.id());
        }
        MatchEngine.Prepared mine = s.engine().prepare(me);
        List<SuggestionDto> items = new ArrayList<>();
        for (UUID id : candidates) {
            Person candidate = s.persons().get(id);
            Card card = s.cards().get(id);
            if (candidate == null || card == null || !candidate.is(Role.MENTOR) || !candidate.is(Role.MENTEE)) {
                continue;
            }
            MatchEngine.Prepared theirs = s.engine().prepare(scope == null ? candidate : scope.inside(candidate));
            PeerMatch match = s.engine().evaluatePeers(theirs, mine, weights, Scope.rulesOf(scope));
            if (match.scoreTenths() > 0) {
                List<FactorDto> theyTeachMe = SuggestionDto.lines(match.aTeachesB().breakdown(), sentence);
                List<FactorDto> iTeachThem = SuggestionDto.lines(match.bTeachesA().breakdown(), sentence);
                items.add(new SuggestionDto(id, card.displayName(), card.headline(), match.score(),
                        SuggestionDto.topOf(theyTeachMe), theyTeachMe, iTeachThem));
            }
        }
        items.sort(Comparator.comparingDouble(SuggestionDto::score).reversed());
        return items.size() > limit ? List.copyOf(items.subList(0, limit)) : items;
    }
}
