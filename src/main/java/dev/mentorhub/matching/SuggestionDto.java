package dev.mentorhub.matching;

import dev.mentorhub.matching.engine.Breakdown;
import dev.mentorhub.matching.engine.FactorScore;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * One suggested person. {@code breakdown} explains how well the candidate fits the caller's request: as mentor of
 * the caller (mentee and peer modes) or as the caller's mentee (mentor mode); its points add up to {@code score},
 * except for peers, whose score is the geometric mean of both directions ({@code reverseBreakdown} is the caller
 * teaching the candidate; empty outside peer mode). {@code topReasons} are the factors that earned the most points.
 */
public record SuggestionDto(UUID candidateId, String displayName, String headline, double score,
        List<FactorDto> topReasons, List<FactorDto> breakdown, List<FactorDto> reverseBreakdown) {

    static final int TOP_REASONS = 3;

    /** One factor: its value 0..1, normalised weight, points out of 100 and why, in the request's language. */
    public record FactorDto(String factor, double value, double weight, double points, String reason) {

        static FactorDto from(FactorScore f, String reason) {
            return new FactorDto(f.factor().name().toLowerCase(Locale.ROOT).replace('_', '-'), f.value(), f.weight(),
                    f.points(), reason);
        }
    }

    /** The breakdown's lines, each reason written by {@code sentence}. */
    static List<FactorDto> lines(Breakdown breakdown, Function<FactorScore, String> sentence) {
        return breakdown.factors().stream().map(f -> FactorDto.from(f, sentence.apply(f))).toList();
    }

    /** The factors with the most points (at most three, none without points), best first. */
    static List<FactorDto> topOf(List<FactorDto> lines) {
        return lines.stream().filter(f -> f.points() > 0)
                .sorted(Comparator.comparingDouble(FactorDto::points).reversed()).limit(TOP_REASONS).toList();
    }
}
