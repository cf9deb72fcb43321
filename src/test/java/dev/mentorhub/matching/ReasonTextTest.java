package dev.mentorhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.matching.PersonLoader.Taxonomy;
import dev.mentorhub.matching.engine.FactorScore;
import dev.mentorhub.matching.engine.MatchEngine;
import dev.mentorhub.matching.engine.MatchResult;
import dev.mentorhub.matching.engine.Person;
import dev.mentorhub.matching.engine.Population;
import dev.mentorhub.matching.engine.Weights;
import dev.mentorhub.matching.engine.WorkedExample;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The reason sentences written from the engine's structured reasons, in English and Simplified Chinese. */
@QuarkusTest
class ReasonTextTest {

    private static final Locale ZH = Locale.forLanguageTag("zh-CN");

    @Inject
    ReasonText text;

    @Test
    void shouldWriteTheWorkedExampleInChineseWithChineseSkillNames() {
        Taxonomy taxonomy = new Taxonomy(WorkedExample.graph(), Map.of(), WorkedExample.names(), WorkedExample.NAMES_ZH);
        MatchResult result = WorkedExample.result();

        List<String> zh = result.breakdown().factors().stream()
                .map(f -> text.render(f.explanation(), ZH, taxonomy)).toList();

        assertThat(zh).containsExactly(
                "可教你 4 个学习目标中的 2 个：监督学习（4/5）、PyTorch（5/5）；部分满足：TensorFlow（通过 PyTorch，5/5）",
                "资深，比你高 2 个职业阶段",
                "能帮助你实现 3 个目标中的 2 个：第一份机器学习工作、面试准备",
                "你们每周重叠 1.5 小时：按你的时间在周二和周四晚上",
                "双方都接受视频通话",
                "3 个学员名额中还有 2 个空余");
        assertThat(result.breakdown().factors().stream().mapToInt(FactorScore::pointsTenths).sum())
                .isEqualTo(result.breakdown().scoreTenths()).isEqualTo(709);
    }

    @Test
    void shouldWriteExactlyTheEnginesEnglishSentences() {
        Taxonomy example = new Taxonomy(WorkedExample.graph(), Map.of(), WorkedExample.names(), WorkedExample.NAMES_ZH);
        for (FactorScore f : WorkedExample.result().breakdown().factors()) {
            assertThat(text.render(f.explanation(), Locale.ENGLISH, example)).isEqualTo(f.reason());
        }

        // Every kind of sentence, over the pairs of a random population (peers too: behind-you stages).
        MatchEngine engine = Population.engine();
        String[] names = IntStream.range(0, Population.SKILLS).mapToObj(s -> "skill-" + s).toArray(String[]::new);
        String[] namesZh = Arrays.stream(names).map(n -> "技能" + n).toArray(String[]::new);
        Taxonomy taxonomy = new Taxonomy(Population.graph(), Map.of(), names, namesZh);
        List<Person> people = Population.generate(150, 11);
        int checked = 0;
        for (Person a : people) {
            for (Person b : people) {
                for (MatchResult r : List.of(engine.evaluate(a, b, Weights.DEFAULT),
                        engine.evaluatePeers(a, b, Weights.DEFAULT).aTeachesB())) {
                    if (!r.passed()) {
                        continue;
                    }
                    int sum = 0;
                    for (FactorScore f : r.breakdown().factors()) {
                        assertThat(text.render(f.explanation(), Locale.ENGLISH, taxonomy)).isEqualTo(f.reason());
                        String zh = text.render(f.explanation(), ZH, taxonomy);
                        assertThat(zh).isNotBlank().doesNotContain("{").doesNotContainPattern("\\b(you|Teaches|Both|Has)\\b");
                        sum += f.pointsTenths();
                        checked++;
                    }
                    assertThat(sum).isEqualTo(r.breakdown().scoreTenths());
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }
}
