package dev.mentorhub.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownTest {

    @Test
    void pointsAddUpToTheScoreForEveryPairOfARandomPopulation() {
        MatchEngine engine = Population.engine();
        List<Person> people = Population.generate(400, 7);
        Weights odd = new Weights(1, 1, 1, 1, 1, 1);
        int scored = 0;
        for (Person mentor : people.subList(0, 200)) {
            for (Person mentee : people.subList(200, 400)) {
                for (Weights w : List.of(Weights.DEFAULT, odd)) {
                    MatchResult r = engine.evaluate(mentor, mentee, w);
                    if (r.passed()) {
                        scored++;
                        double sum = r.breakdown().factors().stream().mapToDouble(FactorScore::points).sum();
                        assertThat(Math.round(sum * 10)).isEqualTo(r.scoreTenths());
                        assertThat(r.breakdown().factors().stream().mapToInt(FactorScore::pointsTenths).sum())
                                .isEqualTo(r.scoreTenths());
                        assertThat(r.score()).isBetween(0.0, 100.0);
                    }
                }
            }
        }
        assertThat(scored).isGreaterThan(1000);
    }

    @Test
    void aPerfectMatchScoresExactlyOneHundredWhateverTheWeights() {
        for (Weights w : List.of(Weights.DEFAULT, new Weights(1, 1, 1, 1, 1, 1), new Weights(1, 0, 0, 0, 0, 2),
                new Weights(0.333, 0.333, 0.333, 0, 0, 0))) {
            assertThat(Arrays.stream(w.maxTenths()).sum()).isEqualTo(1000);
        }
        assertThat(new Weights(1, 1, 1, 1, 1, 1).maxTenths()).containsExactly(167, 167, 167, 167, 166, 166);
        assertThat(Weights.DEFAULT.maxTenths()).containsExactly(400, 150, 100, 200, 50, 100);
    }

    @Test
    void weightsMustBeNonNegativeWithAPositiveSum() {
        assertThatThrownBy(() -> new Weights(-0.1, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weights(0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weights(Double.NaN, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Weights(2, 0, 0, 0, 0, 2).normalised(Factor.SKILL)).isEqualTo(0.5);
    }
}
