package dev.mentorhub.matching.engine;

/**
 * A reciprocal exchange: {@code aTeachesB} scores a as the mentor of b, {@code bTeachesA} the other way. The peer
 * score is the geometric mean of the two, so a one-sided exchange scores low even when one direction is perfect.
 */
public record PeerMatch(MatchResult aTeachesB, MatchResult bTeachesA) {

    public int scoreTenths() {
        return (int) Math.round(Math.sqrt((double) aTeachesB.scoreTenths() * bTeachesA.scoreTenths()));
    }

    public double score() {
        return scoreTenths() / 10.0;
    }
}
