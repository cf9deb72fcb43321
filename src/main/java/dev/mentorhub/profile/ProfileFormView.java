package dev.mentorhub.profile;

import dev.mentorhub.common.Slugged;
import dev.mentorhub.common.web.Problem.FieldError;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Everything the profile form template shows: values (stored or as submitted), errors by field, and choices. */
public record ProfileFormView(int step, int totalSteps, boolean basics, boolean skills, boolean goalsSection,
        boolean availabilitySection, boolean about, Values v, Errors errors, List<SkillOptions.Group> skillGroups) {

    static final int SPARE_ROWS = 2;
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/"))
            .filter(z -> !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    /** Values as the form shows them; lists never null, rows padded with blank ones to fill in. */
    public record Values(String displayName, String headline, String bio, String careerStage, List<String> roles,
            List<SkillRow> teachRows, List<SkillRow> learnRows, List<String> goals, String goalsText, String languages,
            List<String> formats, String timeZone, List<WindowRow> windowRows, String mentorCapacity, String city,
            String country, Map<String, String> links, String visibility) {

        public String link(String kind) {
            return links.getOrDefault(kind, "");
        }
    }

    public record SkillRow(String skill, String level, String skillError, String levelError) {
    }

    public record WindowRow(String day, String start, String end, String error) {
    }

    /** Messages by field name ("headline", "teachSkills[0].skill"); {@code of} gives "" when the field is fine. */
    public record Errors(Map<String, String> byField) {

        static Errors none() {
            return new Errors(Map.of());
        }

        static Errors of(List<FieldError> errors) {
            Map<String, String> map = new HashMap<>();
            errors.forEach(e -> map.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
            return new Errors(map);
        }

        public String of(String field) {
            return byField.getOrDefault(field, "");
        }

        /** Errors of a field and of its items: "roles" also shows "roles[1]". */
        public String under(String field) {
            return String.join("; ", byField.entrySet().stream()
                    .filter(e -> e.getKey().equals(field) || e.getKey().startsWith(field + "[")
                            || e.getKey().startsWith(field + "."))
                    .map(Map.Entry::getValue).sorted().toList());
        }

        public boolean any() {
            return !byField.isEmpty();
        }
    }

    static ProfileFormView of(int step, int totalSteps, Set<ProfileForm.Section> sections, ProfileRequest r,
            Errors errors, List<SkillOptions.Group> skillGroups) {
        List<SkillRow> teach = new ArrayList<>();
        for (int i = 0; i < size(r.teachSkills()); i++) {
            ProfileRequest.TeachSkill s = r.teachSkills().get(i);
            teach.add(new SkillRow(s.skill(), str(s.proficiency()), errors.of("teachSkills[" + i + "].skill"),
                    errors.of("teachSkills[" + i + "].proficiency")));
        }
        List<SkillRow> learn = new ArrayList<>();
        for (int i = 0; i < size(r.learnSkills()); i++) {
            ProfileRequest.LearnSkill s = r.learnSkills().get(i);
            learn.add(new SkillRow(s.skill(), str(s.targetLevel()), errors.of("learnSkills[" + i + "].skill"),
                    errors.of("learnSkills[" + i + "].targetLevel")));
        }
        List<WindowRow> windows = new ArrayList<>();
        for (int i = 0; i < size(r.availability()); i++) {
            ProfileRequest.Window w = r.availability().get(i);
            windows.add(new WindowRow(w.day(), w.start(), w.end(), errors.under("availability[" + i + "]")));
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            teach.add(new SkillRow("", "", "", ""));
            learn.add(new SkillRow("", "", "", ""));
            windows.add(new WindowRow("", "", "", ""));
        }
        Values values = new Values(nz(r.displayName()), nz(r.headline()), nz(r.bio()), nz(r.careerStage()),
                list(r.roles()), teach, learn, list(r.goals()), nz(r.goalsText()), String.join(", ", list(r.languages())),
                list(r.formats()), r.timeZone() == null ? "UTC" : r.timeZone(), windows, str(r.mentorCapacity()),
                nz(r.city()), nz(r.country()), r.links() == null ? Map.of() : r.links(),
                r.visibility() == null ? Visibility.EVERYONE.slug() : r.visibility());
        return new ProfileFormView(step, totalSteps, sections.contains(ProfileForm.Section.BASICS),
                sections.contains(ProfileForm.Section.SKILLS), sections.contains(ProfileForm.Section.GOALS),
                sections.contains(ProfileForm.Section.AVAILABILITY), sections.contains(ProfileForm.Section.ABOUT),
                values, errors, skillGroups);
    }

    public List<String> stages() {
        return Arrays.stream(CareerStage.values()).map(Slugged::slug).toList();
    }

    public List<String> goalTags() {
        return Arrays.stream(GoalTag.values()).map(Slugged::slug).toList();
    }

    public List<String> formatOptions() {
        return Arrays.stream(MentoringFormat.values()).map(Slugged::slug).toList();
    }

    public List<String> visibilities() {
        return Arrays.stream(Visibility.values()).map(Slugged::slug).toList();
    }

    public List<String> weekdays() {
        return Arrays.stream(DayOfWeek.values()).map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
    }

    public List<String> zones() {
        return ZONES;
    }

    public boolean onboarding() {
        return step > 0;
    }

    /** Where the form posts: this onboarding step, or the profile edit. */
    public String action() {
        return onboarding() ? "/onboarding/" + step : "/profile/edit";
    }

    public boolean lastStep() {
        return step == totalSteps;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String str(Integer value) {
        return value == null ? "" : value.toString();
    }
}
