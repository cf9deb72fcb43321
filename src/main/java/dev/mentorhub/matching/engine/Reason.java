package dev.mentorhub.matching.engine;

import java.time.DayOfWeek;
import java.util.List;

/**
 * Why a factor scored what it did, as data: a {@link Key} and its arguments, so that the caller can write the
 * sentence in any language. The engine's own English sentence ({@link FactorScore#reason()}) is written from it.
 * The arguments of each key are listed on the key; numbers are {@code Integer}s.
 */
public record Reason(Key key, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    static Reason of(Key key, Object... args) {
        return new Reason(key, List.of(args));
    }

    public enum Key {
        /** No arguments. */
        SKILL_NONE_NAMED,
        /** wanted skills (int), fully taught ({@code List<SkillPart>}), partly taught ({@code List<SkillPart>}). */
        SKILL,
        /** No arguments. */
        STAGE_SAME,
        /** the mentor's stage ordinal (int), the gap in stages (int; negative: behind). */
        STAGE_GAP,
        /** the mentor's stage ordinal (int): behind the mentee, mentoring (worth nothing). */
        STAGE_BEHIND,
        /** No arguments. */
        GOALS_NONE_NAMED,
        /** the mentee's number of goals (int), the shared goals ({@code List<Goal>}). */
        GOALS,
        /**
         * Inside a program: the mentee's number of goals (int), the shared goals ({@code List<Goal>}), the mentee's
         * number of answers to the program's matching questions (int), how many the mentor answered the same (int).
         */
        GOALS_AND_ANSWERS,
        /** No arguments: one side gave no windows. */
        AVAILABILITY_NONE_GIVEN,
        /** No arguments: windows given, none overlap. */
        AVAILABILITY_NONE_SHARED,
        /** shared minutes a week (int), when in the mentee's week ({@code List<TimePart>}). */
        AVAILABILITY,
        /** No arguments. */
        FORMAT_NONE_GIVEN,
        /** the shared remote {@link Format}. */
        FORMAT_REMOTE,
        /** the shared city (String): in person possible. */
        FORMAT_SAME_CITY,
        /** the shared country (String), different cities. */
        FORMAT_SAME_COUNTRY,
        /** No arguments. */
        FORMAT_NONE,
        /** free places (int), capacity (int). */
        LOAD
    }

    /**
     * A wanted skill the mentor helps with: {@code skill} (dense id) at the mentor's {@code level} for the wanted
     * {@code target}, through the mentor's skill {@code via} (dense id), or {@code via == skill} for the skill itself.
     */
    public record SkillPart(int skill, int level, int target, int via) {

        public boolean related() {
            return via != skill;
        }
    }

    /** Parts of the day in the mentee's zone: morning 5–12, afternoon 12–17, evening 17–22, night. */
    public enum PartOfDay {
        MORNING, AFTERNOON, EVENING, NIGHT;

        static PartOfDay of(int hour) {
            if (hour >= 5 && hour < 12) {
                return MORNING;
            }
            if (hour >= 12 && hour < 17) {
                return AFTERNOON;
            }
            return hour >= 17 && hour < 22 ? EVENING : NIGHT;
        }
    }

    /** Shared time on these days (Monday first) in this part of the day. */
    public record TimePart(List<DayOfWeek> days, PartOfDay part) {

        public TimePart {
            days = List.copyOf(days);
        }
    }

    public int number(int i) {
        return (Integer) args.get(i);
    }

    public String text(int i) {
        return (String) args.get(i);
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> list(int i) {
        return (List<T>) args.get(i);
    }

    public Format format() {
        return (Format) args.get(0);
    }
}
