package dev.mentorhub.matching.engine;

import dev.mentorhub.matching.engine.Reason.Key;
import dev.mentorhub.matching.engine.Reason.PartOfDay;
import dev.mentorhub.matching.engine.Reason.SkillPart;
import dev.mentorhub.matching.engine.Reason.TimePart;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The reasons of a breakdown, written to the mentee ("you"): as data ({@link Reason}) for any language, and as the
 * engine's English sentence.
 */
final class Explainer {

    private final Scoring scoring;
    private final IntFunction<String> skillName;
    private final LocalDate monday;

    Explainer(Scoring scoring, IntFunction<String> skillName, LocalDate monday) {
        this.scoring = scoring;
        this.skillName = skillName;
        this.monday = monday;
    }

    Reason reason(Factor factor, Compact mentor, Compact mentee, ZoneId menteeZone, boolean peer) {
        return switch (factor) {
            case SKILL -> skill(mentor, mentee);
            case STAGE -> stage(mentor.stage, mentee.stage, peer);
            case GOALS -> mentee.answers.isEmpty() ? goals(mentor.goals, mentee.goals)
                    : Reason.of(Key.GOALS_AND_ANSWERS, Integer.bitCount(mentee.goals), sharedGoals(mentor.goals,
                            mentee.goals), mentee.answers.size(), Scoring.sharedAnswers(mentor.answers, mentee.answers));
            case AVAILABILITY -> availability(mentor, mentee, menteeZone);
            case FORMAT_LOCATION -> format(mentor, mentee);
            case LOAD -> Reason.of(Key.LOAD, mentor.capacity - mentor.activeMentees, mentor.capacity);
        };
    }

    private Reason skill(Compact mentor, Compact mentee) {
        int wanted = mentee.learnIds.length;
        if (wanted == 0) {
            return Reason.of(Key.SKILL_NONE_NAMED);
        }
        List<SkillPart> full = new ArrayList<>();
        List<SkillPart> partly = new ArrayList<>();
        for (int w = 0; w < wanted; w++) {
            int skill = mentee.learnIds[w];
            int target = mentee.learnLevels[w];
            int best = bestTaught(mentor, skill, target);
            if (best < 0) {
                continue;
            }
            SkillPart part = new SkillPart(skill, mentor.teachLevels[best], target, mentor.teachIds[best]);
            (part.via() == skill && part.level() >= target ? full : partly).add(part);
        }
        return Reason.of(Key.SKILL, wanted, List.copyOf(full), List.copyOf(partly));
    }

    private int bestTaught(Compact mentor, int skill, int target) {
        int best = -1;
        double bestCredit = 0;
        for (int t = 0; t < mentor.teachIds.length; t++) {
            double credit = scoring.graph().relation(mentor.teachIds[t], skill)
                    * Math.min(1.0, (double) mentor.teachLevels[t] / target);
            if (credit > bestCredit) {
                bestCredit = credit;
                best = t;
            }
        }
        return best;
    }

    private static Reason stage(int mentorStage, int menteeStage, boolean peer) {
        int gap = mentorStage - menteeStage;
        if (gap == 0) {
            return Reason.of(Key.STAGE_SAME);
        }
        return peer || gap > 0 ? Reason.of(Key.STAGE_GAP, mentorStage, gap) : Reason.of(Key.STAGE_BEHIND, mentorStage);
    }

    private static Reason goals(int mentorGoals, int menteeGoals) {
        if (menteeGoals == 0) {
            return Reason.of(Key.GOALS_NONE_NAMED);
        }
        return Reason.of(Key.GOALS, Integer.bitCount(menteeGoals), sharedGoals(mentorGoals, menteeGoals));
    }

    private static List<Goal> sharedGoals(int mentorGoals, int menteeGoals) {
        List<Goal> shared = new ArrayList<>();
        for (Goal g : Goal.values()) {
            if ((mentorGoals & menteeGoals & (1 << g.ordinal())) != 0) {
                shared.add(g);
            }
        }
        return List.copyOf(shared);
    }

    private Reason availability(Compact mentor, Compact mentee, ZoneId menteeZone) {
        if (mentor.hours.length == 0 || mentee.hours.length == 0) {
            return Reason.of(Key.AVAILABILITY_NONE_GIVEN);
        }
        int[] overlap = WeeklyHours.overlap(mentor.hours, mentee.hours);
        if (overlap.length == 0) {
            return Reason.of(Key.AVAILABILITY_NONE_SHARED);
        }
        int minutes = 0;
        Map<PartOfDay, Set<DayOfWeek>> when = new EnumMap<>(PartOfDay.class);
        for (int i = 0; i < overlap.length; i += 2) {
            minutes += overlap[i + 1] - overlap[i];
            LocalDateTime start = WeeklyHours.local(monday, overlap[i], menteeZone);
            when.computeIfAbsent(PartOfDay.of(start.getHour()), p -> EnumSet.noneOf(DayOfWeek.class))
                    .add(start.getDayOfWeek());
        }
        List<TimePart> parts = when.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<PartOfDay, Set<DayOfWeek>> e) -> e.getValue().iterator().next())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new TimePart(List.copyOf(e.getValue()), e.getKey()))
                .toList();
        return Reason.of(Key.AVAILABILITY, minutes, parts);
    }

    private static Reason format(Compact a, Compact b) {
        if (a.formats == 0 || b.formats == 0) {
            return Reason.of(Key.FORMAT_NONE_GIVEN);
        }
        int shared = a.formats & b.formats;
        for (Format f : new Format[] {Format.VIDEO, Format.CHAT}) {
            if ((shared & (1 << f.ordinal())) != 0) {
                return Reason.of(Key.FORMAT_REMOTE, f);
            }
        }
        if ((shared & Scoring.IN_PERSON) != 0 && Scoring.sameCountry(a, b)) {
            boolean sameCity = a.city != null && a.city.equalsIgnoreCase(b.city);
            return sameCity ? Reason.of(Key.FORMAT_SAME_CITY, a.city) : Reason.of(Key.FORMAT_SAME_COUNTRY, a.country);
        }
        return Reason.of(Key.FORMAT_NONE);
    }

    /** The engine's English sentence for a reason (docs/matching.md, "Breakdown sentences"). */
    String english(Reason r) {
        return switch (r.key()) {
            case SKILL_NONE_NAMED -> "You named no skills to learn";
            case SKILL -> skillSentence(r.number(0), r.list(1), r.list(2));
            case STAGE_SAME -> "Same career stage as you";
            case STAGE_GAP -> {
                int gap = r.number(1);
                yield Stage.label(r.number(0)) + ", " + Math.abs(gap) + (Math.abs(gap) == 1 ? " stage " : " stages ")
                        + (gap > 0 ? "ahead of" : "behind") + " you";
            }
            case STAGE_BEHIND -> Stage.label(r.number(0)) + ", behind you in career stage";
            case GOALS_NONE_NAMED -> "You named no goals";
            case GOALS -> {
                int total = r.number(0);
                List<Goal> shared = r.list(1);
                String of = " of your " + total + (total == 1 ? " goal" : " goals");
                yield shared.isEmpty() ? "Helps with none" + of
                        : "Helps with " + shared.size() + of + ": " + String.join(", ", shared.stream().map(Goal::label).toList());
            }
            case GOALS_AND_ANSWERS -> {
                List<Goal> shared = r.list(1);
                int total = r.number(0);
                int answers = r.number(2);
                int same = r.number(3);
                yield "Helps with " + shared.size() + " of your " + total + (total == 1 ? " goal" : " goals")
                        + (shared.isEmpty() ? "" : " (" + String.join(", ", shared.stream().map(Goal::label).toList())
                                + ")") + "; same answer to " + same + " of " + answers + " program "
                        + (answers == 1 ? "question" : "questions");
            }
            case AVAILABILITY_NONE_GIVEN -> "No availability given";
            case AVAILABILITY_NONE_SHARED -> "No shared hours in a typical week";
            case AVAILABILITY -> {
                List<TimePart> parts = r.list(1);
                yield "You overlap " + hours(r.number(0)) + " a week: " + String.join(", ", parts.stream()
                        .map(p -> joinDays(p.days()) + " " + partLabel(p.part(), p.days().size() > 1)).toList())
                        + " your time";
            }
            case FORMAT_NONE_GIVEN -> "No format preference given";
            case FORMAT_REMOTE -> "Both open to " + r.format().name().toLowerCase(Locale.ROOT);
            case FORMAT_SAME_CITY -> "Both in " + r.text(0) + ": in person possible";
            case FORMAT_SAME_COUNTRY -> "Both in " + r.text(0) + ", different cities";
            case FORMAT_NONE -> "No format you both accept";
            case LOAD -> "Has " + r.number(0) + " of " + r.number(1) + " mentee places free";
        };
    }

    private String skillSentence(int wanted, List<SkillPart> full, List<SkillPart> partly) {
        StringBuilder s = new StringBuilder("Teaches ").append(full.isEmpty() ? "none" : full.size())
                .append(" of your ").append(wanted).append(wanted == 1 ? " learning goal" : " learning goals");
        if (!full.isEmpty()) {
            s.append(": ").append(String.join(", ", full.stream()
                    .map(p -> skillName.apply(p.skill()) + " (" + p.level() + "/5)").toList()));
        }
        if (!partly.isEmpty()) {
            s.append("; partly: ").append(String.join(", ", partly.stream().map(p -> p.related()
                    ? skillName.apply(p.skill()) + " via " + skillName.apply(p.via()) + " (" + p.level() + "/5)"
                    : skillName.apply(p.skill()) + " (" + p.level() + "/5, you want " + p.target() + ")").toList()));
        }
        return s.toString();
    }

    static String hours(int minutes) {
        if (minutes % 60 == 0) {
            return minutes / 60 + " h";
        }
        return String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
    }

    private static String partLabel(PartOfDay part, boolean plural) {
        String word = part.name().toLowerCase(Locale.ROOT);
        return plural ? word + "s" : word;
    }

    private static String joinDays(List<DayOfWeek> days) {
        List<String> names = days.stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
