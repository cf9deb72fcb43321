package dev.mentorhub.matching.engine;

/**
 * One line of a breakdown: the factor's value 0..1, its normalised weight, its points and why, both as the engine's
 * English sentence ({@code reason}) and as data ({@code explanation}) for sentences in other languages.
 */
public record FactorScore(Factor factor, double value, double weight, int pointsTenths, String reason,
        Reason explanation) {

    public double points() {
        return pointsTenths / 10.0;
    }
}
