package dev.mentorhub.matching.engine;

/**
 * How much each factor counts. Any non-negative numbers with a positive sum; they are normalised. The defaults:
 * skill 0.40 (the reason to meet at all), availability 0.20 (no shared hours means no sessions), stage 0.15,
 * goals 0.10, load 0.10 (spreads requests away from full mentors), format/location 0.05 (almost everyone accepts
 * video).
 */
public record Weights(double skill, double stage, double goals, double availability, double formatLocation, double load) {

    /** Score points are counted in tenths; a perfect match earns exactly this many. */
    static final int TOTAL_TENTHS = 1000;

    public static final Weights DEFAULT = new Weights(0.40, 0.15, 0.10, 0.20, 0.05, 0.10);

    public Weights {
        double[] all = {skill, stage, goals, availability, formatLocation, load};
        double sum = 0;
        for (double w : all) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and non-negative: " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
    }

    public double of(Factor factor) {
        return switch (factor) {
            case SKILL -> skill;
            case STAGE -> stage;
            case GOALS -> goals;
            case AVAILABILITY -> availability;
            case FORMAT_LOCATION -> formatLocation;
            case LOAD -> load;
        };
    }

    public double normalised(Factor factor) {
        return of(factor) / (skill + stage + goals + availability + formatLocation + load);
    }

    /**
     * The most points (in tenths) each factor can earn, summing to exactly {@link #TOTAL_TENTHS}: the normalised
     * weights are apportioned by largest remainder, so a perfect match scores 100.0 and never 100.2.
     */
    int[] maxTenths() {
        Factor[] factors = Factor.values();
        int[] max = new int[factors.length];
        double[] remainder = new double[factors.length];
        int given = 0;
        for (int i = 0; i < factors.length; i++) {
            double exact = normalised(factors[i]) * TOTAL_TENTHS;
            max[i] = (int) Math.floor(exact);
            remainder[i] = exact - max[i];
            given += max[i];
        }
        for (; given < TOTAL_TENTHS; given++) {
            int best = 0;
            for (int i = 1; i < factors.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            max[best]++;
            remainder[best] = -1;
        }
        return max;
    }
}
