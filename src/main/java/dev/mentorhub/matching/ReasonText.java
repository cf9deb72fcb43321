package dev.mentorhub.matching;

import dev.mentorhub.matching.PersonLoader.Taxonomy;
import dev.mentorhub.matching.engine.Goal;
import dev.mentorhub.matching.engine.Reason.SkillPart;
import dev.mentorhub.matching.engine.Reason.TimePart;
import dev.mentorhub.matching.engine.Reason;
import dev.mentorhub.profile.CareerStage;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Writes the engine's structured {@link Reason}s as sentences in English or Simplified Chinese, from the {@code mm}
 * message bundle ({@link MatchingMessages}, messages/matching_zh.properties), with the skill names of that language.
 */
@ApplicationScoped
class ReasonText {

    private final MatchingMessages en;
    private final MatchingMessages zh;

    ReasonText(MatchingMessages en, @Localized("zh") MatchingMessages zh) {
        this.en = en;
        this.zh = zh;
    }

    /** The sentence in {@code locale} (Chinese for any zh locale, else English). */
    String render(Reason r, Locale locale, Taxonomy taxonomy) {
        boolean chinese = locale != null && locale.getLanguage().equals("zh");
        MatchingMessages m = chinese ? zh : en;
        IntFunction<String> skill = i -> chinese ? taxonomy.namesZh()[i] : taxonomy.names()[i];
        return switch (r.key()) {
            case SKILL_NONE_NAMED -> m.reason_skill_none_named();
            case SKILL -> {
                List<SkillPart> full = r.list(1);
                List<SkillPart> partly = r.list(2);
                yield m.reason_skill(full.size(), r.number(0),
                        join(m, full.stream().map(p -> m.reason_skill_full(skill.apply(p.skill()), p.level())).toList(), false),
                        join(m, partly.stream().map(p -> p.related()
                                ? m.reason_skill_via(skill.apply(p.skill()), skill.apply(p.via()), p.level())
                                : m.reason_skill_below(skill.apply(p.skill()), p.level(), p.target())).toList(), false));
            }
            case STAGE_SAME -> m.reason_stage_same();
            case STAGE_GAP -> m.reason_stage_gap(stage(m, r.number(0)), Math.abs(r.number(1)), r.number(1) > 0);
            case STAGE_BEHIND -> m.reason_stage_behind(stage(m, r.number(0)));
            case GOALS_NONE_NAMED -> m.reason_goals_none_named();
            case GOALS -> {
                List<Goal> shared = r.list(1);
                yield m.reason_goals(shared.size(), r.number(0),
                        join(m, shared.stream().map(g -> m.reason_goal_name(slug(g.name()))).toList(), false));
            }
            case GOALS_AND_ANSWERS -> {
                List<Goal> shared = r.list(1);
                yield m.reason_goals_and_answers(shared.size(), r.number(0),
                        join(m, shared.stream().map(g -> m.reason_goal_name(slug(g.name()))).toList(), false),
                        r.number(3), r.number(2));
            }
            case AVAILABILITY_NONE_GIVEN -> m.reason_availability_none_given();
            case AVAILABILITY_NONE_SHARED -> m.reason_availability_none_shared();
            case AVAILABILITY -> {
                List<TimePart> parts = r.list(1);
                yield m.reason_availability(m.reason_hours(hours(r.number(0))), join(m, parts.stream()
                        .map(p -> m.reason_time_part(days(m, p.days()),
                                m.reason_part_of_day(p.part().name().toLowerCase(Locale.ROOT), p.days().size() > 1)))
                        .toList(), false));
            }
            case FORMAT_NONE_GIVEN -> m.reason_format_none_given();
            case FORMAT_REMOTE -> m.reason_format_remote(r.format().name().toLowerCase(Locale.ROOT));
            case FORMAT_SAME_CITY -> m.reason_format_same_city(r.text(0));
            case FORMAT_SAME_COUNTRY -> m.reason_format_same_country(r.text(0));
            case FORMAT_NONE -> m.reason_format_none();
            case LOAD -> m.reason_load(r.number(0), r.number(1));
        };
    }

    private static String stage(MatchingMessages m, int ordinal) {
        return m.reason_stage_name(CareerStage.values()[ordinal].slug());
    }

    private static String days(MatchingMessages m, List<DayOfWeek> days) {
        return join(m, days.stream().map(d -> m.reason_day(d.name().toLowerCase(Locale.ROOT))).toList(), true);
    }

    /** "a, b, c", or with {@code lastAnd} "a, b and c" (Chinese: "a、b和c"). */
    private static String join(MatchingMessages m, List<String> items, boolean lastAnd) {
        if (!lastAnd || items.size() < 2) {
            return String.join(m.reason_list_separator(), items);
        }
        return String.join(m.reason_list_separator(), items.subList(0, items.size() - 1)) + m.reason_last_separator()
                + items.get(items.size() - 1);
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? String.valueOf(minutes / 60) : String.format(Locale.ROOT, "%.1f", minutes / 60.0);
    }

    private static String slug(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
