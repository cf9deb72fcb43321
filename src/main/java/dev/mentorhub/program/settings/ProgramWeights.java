package dev.mentorhub.program.settings;

import dev.mentorhub.matching.engine.Weights;

/** A program's matching weights as sent and stored; any non-negative numbers with a positive sum. */
public record ProgramWeights(double skill, double stage, double goals, double availability, double formatLocation,
        double load) {

    public static ProgramWeights of(Weights w) {
        return new ProgramWeights(w.skill(), w.stage(), w.goals(), w.availability(), w.formatLocation(), w.load());
    }

    public Weights toEngine() {
        return new Weights(skill, stage, goals, availability, formatLocation, load);
    }
}
