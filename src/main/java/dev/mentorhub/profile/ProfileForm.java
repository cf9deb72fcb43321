package dev.mentorhub.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The profile form as the browser posts it, section by section. Only the sections a page shows are taken from
 * it; the rest of the profile stays as stored. Rows left blank (spare skill or availability rows) are ignored.
 */
public class ProfileForm {

    /** Parts of the profile form; onboarding shows one or two per step, the edit page shows all. */
    public enum Section {
        BASICS, SKILLS, GOALS, AVAILABILITY, ABOUT
    }

    @RestForm public String displayName;
    @RestForm public String headline;
    @RestForm public String bio;
    @RestForm public String careerStage;
    @RestForm public List<String> roles;
    @RestForm public List<String> teachSkill;
    @RestForm public List<String> teachLevel;
    @RestForm public List<String> learnSkill;
    @RestForm public List<String> learnLevel;
    @RestForm public List<String> goals;
    @RestForm public String goalsText;
    @RestForm public String languages;
    @RestForm public List<String> formats;
    @RestForm public String timeZone;
    @RestForm public List<String> day;
    @RestForm public List<String> start;
    @RestForm public List<String> end;
    @RestForm public String mentorCapacity;
    @RestForm public String city;
    @RestForm public String country;
    @RestForm public String linkedin;
    @RestForm public String github;
    @RestForm public String kaggle;
    @RestForm public String website;
    @RestForm public String visibility;

    /** The stored profile with the given sections replaced by what the form holds. */
    ProfileRequest mergeInto(ProfileRequest stored, Set<Section> sections) {
        boolean basics = sections.contains(Section.BASICS);
        boolean skills = sections.contains(Section.SKILLS);
        boolean goalsSection = sections.contains(Section.GOALS);
        boolean availability = sections.contains(Section.AVAILABILITY);
        boolean about = sections.contains(Section.ABOUT);
        return new ProfileRequest(
                basics ? displayName : stored.displayName(),
                basics ? headline : stored.headline(),
                basics ? bio : stored.bio(),
                basics ? careerStage : stored.careerStage(),
                basics ? list(roles) : stored.roles(),
                skills ? teachSkills() : stored.teachSkills(),
                skills ? learnSkills() : stored.learnSkills(),
                goalsSection ? list(goals) : stored.goals(),
                goalsSection ? goalsText : stored.goalsText(),
                goalsSection ? languageCodes() : stored.languages(),
                availability ? timeZone : stored.timeZone(),
                availability ? windows() : stored.availability(),
                goalsSection ? list(formats) : stored.formats(),
                about ? city : stored.city(),
                about ? country : stored.country(),
                about ? links() : stored.links(),
                availability ? capacity() : stored.mentorCapacity(),
                about ? visibility : stored.visibility());
    }

    static Set<Section> all() {
        return EnumSet.allOf(Section.class);
    }

    private List<ProfileRequest.TeachSkill> teachSkills() {
        return skillRows(teachSkill, teachLevel, ProfileRequest.TeachSkill::new);
    }

    private List<ProfileRequest.LearnSkill> learnSkills() {
        return skillRows(learnSkill, learnLevel, ProfileRequest.LearnSkill::new);
    }

    private static <T> List<T> skillRows(List<String> skills, List<String> levels, BiFunction<String, Integer, T> row) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < size(skills); i++) {
            if (!blank(skills.get(i))) {
                rows.add(row.apply(skills.get(i), number(at(levels, i))));
            }
        }
        return rows;
    }

    private List<ProfileRequest.Window> windows() {
        List<ProfileRequest.Window> rows = new ArrayList<>();
        for (int i = 0; i < size(day); i++) {
            String from = at(start, i);
            String to = at(end, i);
            if (!blank(day.get(i)) || !blank(from) || !blank(to)) {
                rows.add(new ProfileRequest.Window(day.get(i), from, to));
            }
        }
        return rows;
    }

    private List<String> languageCodes() {
        return blank(languages) ? List.of()
                : Arrays.stream(languages.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        putIfPresent(links, LinkKind.LINKEDIN, linkedin);
        putIfPresent(links, LinkKind.GITHUB, github);
        putIfPresent(links, LinkKind.KAGGLE, kaggle);
        putIfPresent(links, LinkKind.WEBSITE, website);
        return links;
    }

    /** A capacity that is not a number is reported like any other out-of-range value. */
    private Integer capacity() {
        if (blank(mentorCapacity)) {
            return null;
        }
        Integer parsed = number(mentorCapacity);
        return parsed == null ? -1 : parsed;
    }

    private static void putIfPresent(Map<String, String> links, LinkKind kind, String url) {
        if (!blank(url)) {
            links.put(kind.slug(), url);
        }
    }

    private static Integer number(String value) {
        try {
            return blank(value) ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String at(List<String> values, int index) {
        return values != null && index < values.size() ? values.get(index) : null;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> !blank(v)).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
