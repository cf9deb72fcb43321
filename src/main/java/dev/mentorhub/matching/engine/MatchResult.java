package dev.mentorhub.matching.engine;

import java.util.UUID;

/** A scored pair, or the first hard filter that ruled it out (then {@code breakdown} is null). */
public record MatchResult(UUID mentorId, UUID menteeId, FilterReason filteredBy, Breakdown breakdown) {

    public boolean passed() {
        return filteredBy == null;
    }

    public int scoreTenths() {
        return passed() ? breakdown.scoreTenths() : 0;
    }

    public double score() {
        return scoreTenths() / 10.0;
    }
}
