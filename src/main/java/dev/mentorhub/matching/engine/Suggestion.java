package dev.mentorhub.matching.engine;

import java.util.UUID;

/** One top-k result: the candidate and the pair's score. Ask {@link MatchEngine#evaluate} for the breakdown. */
public record Suggestion(UUID candidateId, int scoreTenths) {

    public double score() {
        return scoreTenths / 10.0;
    }
}
