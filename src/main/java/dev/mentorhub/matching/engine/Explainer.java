package dev.mentorhub.matching.engine;

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

/** The English sentences of a breakdown, written to the mentee ("you"). */
final class Explainer {

    private enum PartOfDay {
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

        String label(boolean plural) {
            String word = name().toLowerCase(Locale.ROOT);
            return plural ? word + "s" : word;
        }
    }

    private final Scoring scoring;
    private final IntFunction<String> skillName;
    private final LocalDate monday;

    Explainer(Scoring scoring, IntFunction<String> skillName, LocalDate monday) {
        this.scoring = scoring;
        this.skillName = skillName;
        this.monday = monday;
    }

    String reason(Factor factor, Compact mentor, Compact mentee, ZoneId menteeZone, boolean peer) {
        return switch (factor) {
            case SKILL -> skill(mentor, mentee);
            case STAGE -> stage(mentor.stage, mentee.stage, peer);
            case GOALS -> goals(mentor.goals, mentee.goals);
            case AVAILABILITY -> availability(mentor, mentee, menteeZone);
            case FORMAT_LOCATION -> format(mentor, mentee);
            case LOAD -> "Has " + (mentor.capacity - mentor.activeMentees) + " of " + mentor.capacity
                    + " mentee places free";
        };
    }

    private String skill(Compact mentor, Compact mentee) {
        int wanted = mentee.learnIds.length;
        if (wanted == 0) {
            return "You named no skills to learn";
        }
        List<String> full = new ArrayList<>();
        List<String> partly = new ArrayList<>();
        for (int w = 0; w < wanted; w++) {
            int skill = mentee.learnIds[w];
            int target = mentee.learnLevels[w];
            int best = bestTaught(mentor, skill, target);
            if (best < 0) {
                continue;
            }
            int taught = mentor.teachIds[best];
            int level = mentor.teachLevels[best];
            if (taught == skill && level >= target) {
                full.add(skillName.apply(skill) + " (" + level + "/5)");
            } else if (taught == skill) {
                partly.add(skillName.apply(skill) + " (" + level + "/5, you want " + target + ")");
            } else {
                partly.add(skillName.apply(skill) + " via " + skillName.apply(taught) + " (" + level + "/5)");
            }
        }
        StringBuilder s = new StringBuilder("Teaches ").append(full.isEmpty() ? "none" : full.size())
                .append(" of your ").append(wanted).append(wanted == 1 ? " learning goal" : " learning goals");
        if (!full.isEmpty()) {
            s.append(": ").append(String.join(", ", full));
        }
        if (!partly.isEmpty()) {
            s.append("; partly: ").append(String.join(", ", partly));
        }
        return s.toString();
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

    private static String stage(int mentorStage, int menteeStage, boolean peer) {
        int gap = mentorStage - menteeStage;
        if (gap == 0) {
            return "Same career stage as you";
        }
        String stages = Math.abs(gap) == 1 ? " stage " : " stages ";
        if (peer || gap > 0) {
            return Stage.label(mentorStage) + ", " + Math.abs(gap) + stages + (gap > 0 ? "ahead of" : "behind") + " you";
        }
        return Stage.label(mentorStage) + ", behind you in career stage";
    }

    private static String goals(int mentorGoals, int menteeGoals) {
        if (menteeGoals == 0) {
            return "You named no goals";
        }
        int total = Integer.bitCount(menteeGoals);
        List<String> shared = new ArrayList<>();
        for (Goal g : Goal.values()) {
            if ((mentorGoals & menteeGoals & (1 << g.ordinal())) != 0) {
                shared.add(g.label());
            }
        }
        String of = " of your " + total + (total == 1 ? " goal" : " goals");
        return shared.isEmpty() ? "Helps with none" + of : "Helps with " + shared.size() + of + ": " + String.join(", ", shared);
    }

    private String availability(Compact mentor, Compact mentee, ZoneId menteeZone) {
        if (mentor.hours.length == 0 || mentee.hours.length == 0) {
            return "No availability given";
        }
        int[] overlap = WeeklyHours.overlap(mentor.hours, mentee.hours);
        if (overlap.length == 0) {
            return "No shared hours in a typical week";
        }
        int minutes = 0;
        Map<PartOfDay, Set<DayOfWeek>> when = new EnumMap<>(PartOfDay.class);
        for (int i = 0; i < overlap.length; i += 2) {
            minutes += overlap[i + 1] - overlap[i];
            LocalDateTime start = WeeklyHours.local(monday, overlap[i], menteeZone);
            when.computeIfAbsent(PartOfDay.of(start.getHour()), p -> EnumSet.noneOf(DayOfWeek.class))
                    .add(start.getDayOfWeek());
        }
        List<String> parts = when.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<PartOfDay, Set<DayOfWeek>> e) -> e.getValue().iterator().next())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> joinDays(e.getValue()) + " " + e.getKey().label(e.getValue().size() > 1))
                .toList();
        return "You overlap " + hours(minutes) + " a week: " + String.join(", ", parts) + " your time";
    }

    static String hours(int minutes) {
        if (minutes % 60 == 0) {
            return minutes / 60 + " h";
        }
        return String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
    }

    private static String joinDays(Set<DayOfWeek> days) {
        List<String> names = days.stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String format(Compact a, Compact b) {
        if (a.formats == 0 || b.formats == 0) {
            return "No format preference given";
        }
        int shared = a.formats & b.formats;
        for (Format f : new Format[] {Format.VIDEO, Format.CHAT}) {
            if ((shared & (1 << f.ordinal())) != 0) {
                return "Both open to " + f.name().toLowerCase(Locale.ROOT);
            }
        }
        if ((shared & Scoring.IN_PERSON) != 0 && Scoring.sameCountry(a, b)) {
            boolean sameCity = a.city != null && a.city.equalsIgnoreCase(b.city);
            return sameCity ? "Both in " + a.city + ": in person possible" : "Both in " + a.country + ", different cities";
        }
        return "No format you both accept";
    }
}
