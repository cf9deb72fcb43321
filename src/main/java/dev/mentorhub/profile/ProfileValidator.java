package dev.mentorhub.profile;

import dev.mentorhub.common.Slugged;
import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.skill.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a {@link ProfileRequest} against every profile rule and collects all violations at once, each naming its
 * field ("teachSkills[1].proficiency"), so a form can show them all next to their fields. Returns typed values only
 * when everything is valid; nothing is written before that.
 */
@ApplicationScoped
public class ProfileValidator {

    static final int MAX_DISPLAY_NAME = 100;
    static final int MAX_HEADLINE = 160;
    static final int MAX_BIO = 4000;
    static final int MAX_GOALS_TEXT = 1000;
    static final int MAX_CITY = 100;
    static final int MAX_URL = 500;
    static final int MAX_SKILLS = 30;
    static final int MAX_LANGUAGES = 10;
    static final int MAX_WINDOWS = 28;
    static final int MAX_CAPACITY = 20;

    /** "18:30", also with seconds as some browsers send it ("18:30:00"); "24:00" ends a window at midnight. */
    private static final Pattern TIME = Pattern.compile("^([01]\\d|2[0-3]):([0-5]\\d)(:00)?$|^24:00$");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final SkillRepository skills;

    ProfileValidator(SkillRepository skills) {
        this.skills = skills;
    }

    public ProfileValues validate(ProfileRequest request) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("", "a profile is required");
            errors.throwIfAny();
        }
        String displayName = errors.text("displayName", request.displayName(), MAX_DISPLAY_NAME, true);
        String headline = errors.text("headline", request.headline(), MAX_HEADLINE, false);
        String bio = errors.text("bio", request.bio(), MAX_BIO, false);
        String goalsText = errors.text("goalsText", request.goalsText(), MAX_GOALS_TEXT, false);
        String city = errors.text("city", request.city(), MAX_CITY, false);
        CareerStage stage = request.careerStage() == null || request.careerStage().isBlank() ? null
                : errors.choice("careerStage", request.careerStage(), CareerStage.class, null);
        Set<String> roles = new HashSet<>();
        forEach(request.roles(), 2, errors, "roles", (field, role) -> {
            if (!"mentor".equals(role) && !"mentee".equals(role)) {
                errors.add(field, "must be mentor or mentee");
            } else {
                roles.add(role);
            }
        });
        Set<SkillLevel> teach = skillLevels(errors, "teachSkills", "proficiency", request.teachSkills(),
                ProfileRequest.TeachSkill::skill, ProfileRequest.TeachSkill::proficiency);
        Set<SkillLevel> learn = skillLevels(errors, "learnSkills", "targetLevel", request.learnSkills(),
                ProfileRequest.LearnSkill::skill, ProfileRequest.LearnSkill::targetLevel);
        Set<GoalTag> goals = slugs(errors, "goals", request.goals(), GoalTag.values().length, GoalTag.class);
        Set<MentoringFormat> formats = slugs(errors, "formats", request.formats(), MentoringFormat.values().length,
                MentoringFormat.class);
        Set<String> languages = new LinkedHashSet<>();
        forEach(request.languages(), MAX_LANGUAGES, errors, "languages", (field, code) -> {
            String lower = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(lower)) {
                errors.add(field, "is not an ISO 639 language code");
            } else {
                languages.add(lower);
            }
        });
        String timeZone = request.timeZone() == null || request.timeZone().isBlank() ? "UTC" : request.timeZone().trim();
        if (!ZONES.contains(timeZone) && !"UTC".equals(timeZone)) {
            errors.add("timeZone", "is not an IANA time zone such as Europe/Berlin");
        }
        Set<AvailabilityWindow> availability = windows(errors, request.availability());
        String country = null;
        if (request.country() != null && !request.country().isBlank()) {
            country = request.country().trim().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                errors.add("country", "is not an ISO 3166 country code");
            }
        }
        Map<LinkKind, String> links = links(errors, request.links());
        int capacity = request.mentorCapacity() == null ? Profile.DEFAULT_MENTOR_CAPACITY : request.mentorCapacity();
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            errors.add("mentorCapacity", "must be between 0 and " + MAX_CAPACITY);
        }
        Visibility visibility = request.visibility() == null || request.visibility().isBlank() ? Visibility.EVERYONE
                : errors.choice("visibility", request.visibility(), Visibility.class, null);
        errors.throwIfAny();
        return new ProfileValues(displayName, headline, bio, stage, roles.contains("mentor"), roles.contains("mentee"),
                teach, learn, goals, goalsText, languages, timeZone, availability, formats, city, country, links,
                capacity, visibility);
    }

    private static <E extends Enum<E> & Slugged> Set<E> slugs(FieldErrors errors, String field, List<String> values,
            int max, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        forEach(values, max, errors, field, (itemField, value) -> {
            E parsed = errors.choice(itemField, value, type, null);
            if (parsed != null) {
                result.add(parsed);
            }
        });
        return result;
    }

    private <T> Set<SkillLevel> skillLevels(FieldErrors errors, String field, String levelName, List<T> items,
            Function<T, String> slugOf, Function<T, Integer> levelOf) {
        Set<SkillLevel> result = new HashSet<>();
        if (items == null) {
            return result;
        }
        if (items.size() > MAX_SKILLS) {
            errors.add(field, "must list at most " + MAX_SKILLS + " skills");
            return result;
        }
        Set<String> wanted = items.stream().filter(Objects::nonNull).map(slugOf).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, Skill> known = skills.findBySlugs(wanted).stream()
                .collect(Collectors.toMap(Skill::slug, Function.identity()));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String itemField = field + "[" + i + "]";
            if (item == null) {
                errors.add(itemField, FieldErrors.REQUIRED);
                continue;
            }
            Skill skill = known.get(slugOf.apply(item));
            Integer level = levelOf.apply(item);
            if (skill == null || skill.isRetired()) {
                errors.add(itemField + ".skill", "is not a skill that can be chosen: " + slugOf.apply(item));
            } else if (!seen.add(skill.id())) {
                errors.add(itemField + ".skill", "is listed twice");
            }
            if (level == null || level < 1 || level > 5) {
                errors.add(itemField + "." + levelName, "must be between 1 and 5");
            }
            if (skill != null && level != null) {
                result.add(new SkillLevel(skill.id(), level));
            }
        }
        return result;
    }

    private static Set<AvailabilityWindow> windows(FieldErrors errors, List<ProfileRequest.Window> windows) {
        List<AvailabilityWindow> accepted = new ArrayList<>();
        forEach(windows, MAX_WINDOWS, errors, "availability", (field, window) -> {
            if (window == null) {
                errors.add(field, FieldErrors.REQUIRED);
                return;
            }
            DayOfWeek day = day(window.day());
            Integer start = minutes(window.start());
            Integer end = minutes(window.end());
            if (day == null) {
                errors.add(field + ".day", "must be a day of the week, e.g. monday");
            }
            if (start == null) {
                errors.add(field + ".start", "must be a time such as 18:30");
            }
            if (end == null) {
                errors.add(field + ".end", "must be a time such as 20:00");
            }
            if (day == null || start == null || end == null) {
                return;
            }
            if (start >= end) {
                errors.add(field, "must end after it starts");
                return;
            }
            AvailabilityWindow candidate = new AvailabilityWindow(day, start, end);
            if (accepted.stream().anyMatch(candidate::overlaps)) {
                errors.add(field, "overlaps another window on the same day");
                return;
            }
            accepted.add(candidate);
        });
        return new HashSet<>(accepted);
    }

    private static DayOfWeek day(String value) {
        if (value == null) {
            return null;
        }
        try {
            return DayOfWeek.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer minutes(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = TIME.matcher(value.trim());
        if (!m.matches()) {
            return null;
        }
        return m.group(1) == null ? 1440 : Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    }

    private static Map<LinkKind, String> links(FieldErrors errors, Map<String, String> links) {
        Map<LinkKind, String> result = new EnumMap<>(LinkKind.class);
        if (links == null) {
            return result;
        }
        links.forEach((kindName, url) -> {
            String field = "links." + kindName;
            LinkKind kind = Slugged.parse(LinkKind.class, kindName).orElse(null);
            if (kind == null) {
                errors.add(field, "must be one of linkedin, github, kaggle, website");
                return;
            }
            if (url == null || url.isBlank()) {
                return;
            }
            String trimmed = url.strip();
            if (trimmed.length() > MAX_URL) {
                errors.add(field, FieldErrors.atMost(MAX_URL));
                return;
            }
            String host = httpHost(trimmed);
            if (host == null) {
                errors.add(field, "must be an http(s) address");
            } else if (!kind.acceptsHost(host)) {
                errors.add(field, "must be an address on the " + kind.slug() + " site");
            } else {
                result.put(kind, trimmed);
            }
        });
        return result;
    }

    private static String httpHost(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private interface ItemCheck<T> {
        void check(String field, T item);
    }

    private static <T> void forEach(List<T> items, int max, FieldErrors errors, String field, ItemCheck<T> check) {
        if (items == null) {
            return;
        }
        if (items.size() > max) {
            errors.add(field, "must list at most " + max + " entries");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            check.check(field + "[" + i + "]", items.get(i));
        }
    }
}
