package dev.mentorhub.matching.engine;

/** One line of a breakdown: the factor's value 0..1, its normalised weight, its points and why. */
public record FactorScore(Factor factor, double value, double weight, int pointsTenths, String reason) {

    public double points() {
        return pointsTenths / 10.0;
    }
}
