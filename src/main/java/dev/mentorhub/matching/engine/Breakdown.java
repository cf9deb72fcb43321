package dev.mentorhub.matching.engine;

import java.util.List;

/** A score 0..100 and its parts. The score is defined as the sum of the rounded points, so they add up exactly. */
public record Breakdown(List<FactorScore> factors) {

    public Breakdown {
        factors = List.copyOf(factors);
    }

    public int scoreTenths() {
        return factors.stream().mapToInt(FactorScore::pointsTenths).sum();
    }

    public double score() {
        return scoreTenths() / 10.0;
    }

    public FactorScore get(Factor factor) {
        return factors.get(factor.ordinal());
    }
}
