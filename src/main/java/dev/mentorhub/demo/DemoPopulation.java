package dev.mentorhub.demo;

import dev.mentorhub.profile.CareerStage;
import dev.mentorhub.profile.GoalTag;
import dev.mentorhub.profile.LinkKind;
import dev.mentorhub.profile.MentoringFormat;
import dev.mentorhub.profile.ProfileRequest;
import dev.mentorhub.profile.Visibility;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToIntFunction;
import net.datafaker.Faker;

/**
 * Builds a realistic demo population of mentors, mentees and members who are both, as plain profile requests. Plain
 * Java and fully determined by the seed and the skills offered: the same seed gives the same people.
 */
final class DemoPopulation {

    /** How many people of each kind to make. */
    record Sizes(int mentors, int mentees, int both) {
        Sizes {
            if (mentors < 0 || mentees < 0 || both < 0) {
                throw new IllegalArgumentException("sizes must not be negative");
            }
        }

        int total() {
            return mentors + mentees + both;
        }
    }

    /** A skill people can choose, with the name of its top-level area for clustering and headlines. */
    record SkillOption(String slug, String name, String area) {
    }

    /** One demo person: member data, the profile as a client would send it, and how long ago they were around. */
    record Person(int number, String username, String displayName, String email, ProfileRequest profile,
            int memberSinceDaysAgo, int lastSeenDaysAgo) {

        boolean isInactive() {
            return lastSeenDaysAgo >= INACTIVE_MIN_DAYS;
        }
    }

    static final int INACTIVE_MIN_DAYS = 40;
    static final int MAX_DISPLAY_NAME = 100;

    private enum Kind {
        MENTOR, MENTEE, BOTH
    }

    /** A place people live: its IANA zone, an English city name, ISO country, local languages and name locales. */
    private record Region(String zone, String city, String country, List<String> languages, double englishShare,
            List<String> nameLocales, int weight) {
    }

    private static final List<Region> REGIONS = List.of(
            new Region("America/Los_Angeles", "San Francisco", "US", List.of("en"), 1,
                    List.of("en-US", "en-US", "en-US", "zh-CN", "en-IN", "es-MX"), 6),
            new Region("America/New_York", "New York", "US", List.of("en", "es"), 1,
                    List.of("en-US", "en-US", "en-US", "en-IN", "zh-CN", "es-MX"), 5),
            new Region("America/Toronto", "Toronto", "CA", List.of("en", "fr"), 1,
                    List.of("en-CA", "en-CA", "fr-CA", "zh-CN", "en-IN"), 3),
            new Region("America/Mexico_City", "Mexico City", "MX", List.of("es"), 0.6, List.of("es-MX"), 2),
            new Region("America/Sao_Paulo", "São Paulo", "BR", List.of("pt"), 0.7, List.of("pt-BR"), 4),
            new Region("Europe/London", "London", "GB", List.of("en"), 1,
                    List.of("en-GB", "en-GB", "en-GB", "en-IN", "en-NG"), 5),
            new Region("Europe/Berlin", "Berlin", "DE", List.of("de"), 0.85,
                    List.of("de", "de", "de", "de", "en-US", "en-IN"), 4),
            new Region("Europe/Paris", "Paris", "FR", List.of("fr"), 0.75, List.of("fr"), 3),
            new Region("Africa/Lagos", "Lagos", "NG", List.of("en", "yo"), 1, List.of("en-NG"), 3),
            new Region("Africa/Johannesburg", "Johannesburg", "ZA", List.of("en", "af"), 1, List.of("en-ZA"), 2),
            new Region("Asia/Kolkata", "Bengaluru", "IN", List.of("en", "hi"), 1, List.of("en-IN"), 8),
            new Region("Asia/Shanghai", "Shanghai", "CN", List.of("zh"), 0.7, List.of("zh-CN"), 9),
            new Region("Asia/Shanghai", "Beijing", "CN", List.of("zh"), 0.7, List.of("zh-CN"), 7),
            new Region("Asia/Tokyo", "Tokyo", "JP", List.of("ja"), 0.6, List.of("ja"), 3),
            new Region("Asia/Singapore", "Singapore", "SG", List.of("en", "zh", "ms"), 1,
                    List.of("zh-CN", "zh-CN", "en-IN", "en-US"), 3),
            new Region("Australia/Sydney", "Sydney", "AU", List.of("en"), 1,
                    List.of("en-AU", "en-AU", "en-AU", "zh-CN", "en-IN"), 3));

    private static final Map<String, String> NAME_LANGUAGE = Map.of("zh-CN", "zh", "ja", "ja", "de", "de", "fr", "fr",
            "fr-CA", "fr", "pt-BR", "pt", "es-MX", "es", "en-IN", "hi");

    private static final List<String> ROLES = List.of("ML engineer", "data scientist", "research engineer",
            "applied scientist", "MLOps engineer", "ML engineer");

    private static final List<String> WORKPLACES = List.of("a fintech start-up", "an e-commerce company",
            "a search team", "a health-tech lab", "a logistics platform", "a university lab", "a cloud provider",
            "a games studio", "a bank", "a ride-hailing company");

    private static final Map<GoalTag, String> GOAL_PHRASES = new HashMap<>();

    static {
        GOAL_PHRASES.put(GoalTag.CAREER_GROWTH, "planning the next career step");
        GOAL_PHRASES.put(GoalTag.FIRST_ML_JOB, "landing a first ML job");
        GOAL_PHRASES.put(GoalTag.TRANSITION_INTO_ML, "moving into ML from software engineering");
        GOAL_PHRASES.put(GoalTag.INTERVIEW_PREPARATION, "preparing for ML interviews");
        GOAL_PHRASES.put(GoalTag.PROMOTION, "making the case for a promotion");
        GOAL_PHRASES.put(GoalTag.RESEARCH_PAPER_READING, "reading research papers efficiently");
        GOAL_PHRASES.put(GoalTag.PRODUCTION_DEPLOYMENT, "getting models into production");
        GOAL_PHRASES.put(GoalTag.LEADERSHIP, "leading a team for the first time");
        GOAL_PHRASES.put(GoalTag.PUBLIC_SPEAKING, "giving talks at meetups");
        GOAL_PHRASES.put(GoalTag.NETWORKING, "building a professional network");
    }

    private final Random random;
    private final Map<String, Faker> fakers = new HashMap<>();
    private final Map<String, List<SkillOption>> skillsByArea;
    private final List<SkillOption> allSkills;

    private DemoPopulation(long seed, List<SkillOption> skills) {
        this.random = new Random(seed);
        this.allSkills = skills.stream().sorted(Comparator.comparing(SkillOption::slug)).toList();
        this.skillsByArea = new LinkedHashMap<>();
        allSkills.stream().sorted(Comparator.comparing(SkillOption::area))
                .forEach(s -> skillsByArea.computeIfAbsent(s.area(), a -> new ArrayList<>()).add(s));
    }

    /** The whole population: mentors first, then mentees, then people who are both; numbered from 1. */
    static List<Person> generate(long seed, Sizes sizes, List<SkillOption> skills) {
        if (skills.isEmpty()) {
            throw new IllegalArgumentException("demo profiles need at least one skill");
        }
        DemoPopulation population = new DemoPopulation(seed, skills);
        Set<Integer> inactive = population.inactiveMentors(sizes.mentors());
        List<Person> people = new ArrayList<>(sizes.total());
        int number = 1;
        for (int i = 0; i < sizes.mentors(); i++) {
            people.add(population.person(number++, Kind.MENTOR, inactive.contains(i)));
        }
        for (int i = 0; i < sizes.mentees(); i++) {
            people.add(population.person(number++, Kind.MENTEE, false));
        }
        for (int i = 0; i < sizes.both(); i++) {
            people.add(population.person(number++, Kind.BOTH, false));
        }
        return people;
    }

    /** About one mentor in ten has not been seen for weeks. */
    private Set<Integer> inactiveMentors(int mentors) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < mentors; i++) {
            indexes.add(i);
        }
        Collections.shuffle(indexes, random);
        return new HashSet<>(indexes.subList(0, Math.round(mentors / 10f)));
    }

    private Person person(int number, Kind kind, boolean inactive) {
        Region region = weighted(REGIONS, Region::weight);
        String nameLocale = pick(region.nameLocales());
        String displayName = name(nameLocale);
        CareerStage stage = stage(kind);
        String role = pick(ROLES);
        List<String> areas = new ArrayList<>(skillsByArea.keySet());
        String area = pick(areas);

        List<ProfileRequest.TeachSkill> teach = new ArrayList<>();
        List<ProfileRequest.LearnSkill> learn = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        if (kind != Kind.MENTEE) {
            int count = kind == Kind.MENTOR ? between(2, 5) : between(2, 3);
            for (SkillOption s : skills(area, count, taken)) {
                teach.add(new ProfileRequest.TeachSkill(s.slug(), between(3, 5)));
            }
        }
        if (kind != Kind.MENTOR) {
            // Someone who is both usually wants to grow in a neighbouring area.
            String learnArea = kind == Kind.BOTH && areas.size() > 1 ? pick(areas) : area;
            for (SkillOption s : skills(learnArea, between(2, 4), taken)) {
                learn.add(new ProfileRequest.LearnSkill(s.slug(), between(2, 4)));
            }
        }
        List<GoalTag> goals = goals(stage);
        List<String> roles = switch (kind) {
            case MENTOR -> List.of("mentor");
            case MENTEE -> List.of("mentee");
            case BOTH -> List.of("mentor", "mentee");
        };
        String firstSkill = names(List.of(teach.isEmpty() ? learn.get(0).skill() : teach.get(0).skill()));
        String goalsText = kind != Kind.MENTOR && random.nextInt(10) < 3 ? goalsText(goals.get(0), firstSkill) : null;
        Integer capacity = kind == Kind.MENTEE ? null : random.nextInt(100) < 8 ? 0 : between(1, 3);

        ProfileRequest profile = new ProfileRequest(displayName, headline(stage, role, area),
                bio(kind, stage, region, teach, learn, goals), stage.slug(), roles, teach, learn,
                goals.stream().map(GoalTag::slug).toList(), goalsText, languages(region, nameLocale), region.zone(),
                availability(), formats(), region.city(), region.country(), links(displayName, stage), capacity,
                visibility().slug());
        int lastSeen = inactive ? between(INACTIVE_MIN_DAYS, 120) : between(0, 14);
        int memberSince = lastSeen + between(14, 700);
        String username = "demo-" + number;
        return new Person(number, username, displayName, username + "@example.org", profile, memberSince, lastSeen);
    }

    private String name(String locale) {
        Faker faker = fakers.computeIfAbsent(locale, l -> new Faker(Locale.forLanguageTag(l), random));
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        String full = switch (locale) {
            case "zh-CN" -> last + first;
            case "ja" -> last + " " + first;
            default -> first + " " + last;
        };
        return full.length() <= MAX_DISPLAY_NAME ? full : full.substring(0, MAX_DISPLAY_NAME).strip();
    }

    private CareerStage stage(Kind kind) {
        int r = random.nextInt(100);
        return switch (kind) {
            case MENTOR -> r < 20 ? CareerStage.MID_LEVEL : r < 55 ? CareerStage.SENIOR
                    : r < 80 ? CareerStage.STAFF_PRINCIPAL : CareerStage.LEADER_MANAGER;
            case MENTEE -> r < 30 ? CareerStage.STUDENT : r < 70 ? CareerStage.EARLY_CAREER
                    : r < 95 ? CareerStage.MID_LEVEL : CareerStage.SENIOR;
            case BOTH -> r < 50 ? CareerStage.MID_LEVEL : CareerStage.SENIOR;
        };
    }

    /** Mostly from one area so a profile reads as one person's interests; now and then one from elsewhere. */
    private List<SkillOption> skills(String area, int count, Set<String> taken) {
        List<SkillOption> home = available(skillsByArea.get(area), taken);
        List<SkillOption> elsewhere = available(allSkills.stream().filter(s -> !s.area().equals(area)).toList(), taken);
        int fromElsewhere = !elsewhere.isEmpty() && random.nextInt(10) < 3 ? 1 : 0;
        List<SkillOption> chosen = new ArrayList<>(home.subList(0, Math.min(home.size(), count - fromElsewhere)));
        for (SkillOption s : elsewhere) {
            if (chosen.size() >= count) {
                break;
            }
            chosen.add(s);
        }
        chosen.forEach(s -> taken.add(s.slug()));
        return chosen;
    }

    private List<SkillOption> available(List<SkillOption> skills, Set<String> taken) {
        List<SkillOption> result = new ArrayList<>(skills.stream().filter(s -> !taken.contains(s.slug())).toList());
        Collections.shuffle(result, random);
        return result;
    }

    private String skillName(String slug) {
        return allSkills.stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow().name();
    }

    private List<GoalTag> goals(CareerStage stage) {
        List<GoalTag> pool = new ArrayList<>(switch (stage) {
            case STUDENT -> List.of(GoalTag.FIRST_ML_JOB, GoalTag.INTERVIEW_PREPARATION,
                    GoalTag.RESEARCH_PAPER_READING, GoalTag.NETWORKING, GoalTag.CAREER_GROWTH);
            case EARLY_CAREER -> List.of(GoalTag.CAREER_GROWTH, GoalTag.INTERVIEW_PREPARATION,
                    GoalTag.PRODUCTION_DEPLOYMENT, GoalTag.TRANSITION_INTO_ML, GoalTag.RESEARCH_PAPER_READING,
                    GoalTag.NETWORKING);
            case MID_LEVEL -> List.of(GoalTag.PROMOTION, GoalTag.PRODUCTION_DEPLOYMENT, GoalTag.TRANSITION_INTO_ML,
                    GoalTag.LEADERSHIP, GoalTag.CAREER_GROWTH, GoalTag.PUBLIC_SPEAKING);
            default -> List.of(GoalTag.LEADERSHIP, GoalTag.PUBLIC_SPEAKING, GoalTag.NETWORKING, GoalTag.PROMOTION,
                    GoalTag.RESEARCH_PAPER_READING);
        });
        Collections.shuffle(pool, random);
        return List.copyOf(pool.subList(0, between(1, 3)));
    }

    /** "Senior ML engineer · deployment and scale". */
    private String headline(CareerStage stage, String role, String area) {
        String title = switch (stage) {
            case STUDENT -> pick(List.of("MSc", "PhD", "Computer science", "Statistics")) + " student";
            case EARLY_CAREER -> "Junior " + role;
            case MID_LEVEL -> capitalised(role);
            case SENIOR -> "Senior " + role;
            case STAFF_PRINCIPAL -> pick(List.of("Staff ", "Principal ")) + role;
            case LEADER_MANAGER -> pick(List.of("Head of ML", "ML engineering manager", "Director of data science"));
        };
        return title + " · " + lowerCased(area);
    }

    private String bio(Kind kind, CareerStage stage, Region region, List<ProfileRequest.TeachSkill> teach,
            List<ProfileRequest.LearnSkill> learn, List<GoalTag> goals) {
        String goal = GOAL_PHRASES.get(goals.get(0));
        if (kind == Kind.MENTEE) {
            String intro = switch (stage) {
                case STUDENT -> "Student";
                case EARLY_CAREER -> "Early in my career as an engineer,";
                default -> "Engineer";
            };
            String learning = names(learn.stream().map(ProfileRequest.LearnSkill::skill).toList());
            return pick(List.of(
                    intro + " based in " + region.city() + ", currently learning " + learning + ".",
                    intro + " in " + region.city() + ". I want to get better at " + learning + "."))
                    + " I would like help with " + goal + ".";
        }
        String teaching = names(teach.stream().map(ProfileRequest.TeachSkill::skill).limit(2).toList());
        int years = switch (stage) {
            case MID_LEVEL -> between(4, 7);
            case SENIOR -> between(7, 12);
            case STAFF_PRINCIPAL -> between(10, 18);
            default -> between(12, 22);
        };
        return pick(List.of(
                years + " years in industry, now at " + pick(WORKPLACES) + " in " + region.city()
                        + ". I enjoy helping people with " + teaching + ".",
                "I work on " + teaching + " at " + pick(WORKPLACES) + ". Ask me about " + goal + ".",
                "Building ML systems for " + years + " years, lately " + teaching + ". Happy to share what worked "
                        + "and what did not."));
    }

    private String goalsText(GoalTag goal, String skill) {
        return pick(List.of(
                "Within six months: " + GOAL_PHRASES.get(goal) + ".",
                "Ship one project using " + skill + " and write about it.",
                "Read one paper a week and discuss it with someone more experienced.",
                "Get honest feedback on my " + skill + " work."));
    }

    private String names(List<String> slugs) {
        List<String> names = slugs.stream().map(this::skillName).map(DemoPopulation::lowerCased).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The local language first, the language of the person's name, and English for most. */
    private List<String> languages(Region region, String nameLocale) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(region.languages().get(0));
        region.languages().stream().skip(1).filter(l -> random.nextBoolean()).forEach(languages::add);
        String own = NAME_LANGUAGE.get(nameLocale);
        if (own != null && random.nextInt(10) < 7) {
            languages.add(own);
        }
        if (random.nextDouble() < region.englishShare()) {
            languages.add("en");
        }
        return List.copyOf(languages);
    }

    /** One to four windows on different days: weekday evenings or weekend daytime, in the person's own zone. */
    private List<ProfileRequest.Window> availability() {
        List<DayOfWeek> days = new ArrayList<>(Arrays.asList(DayOfWeek.values()));
        Collections.shuffle(days, random);
        List<DayOfWeek> chosen = new ArrayList<>(days.subList(0, between(1, 4)));
        Collections.sort(chosen);
        List<ProfileRequest.Window> windows = new ArrayList<>();
        for (DayOfWeek day : chosen) {
            boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            int start = weekend ? between(9, 16) * 60 : 18 * 60 + between(0, 5) * 30;
            int end = start + (weekend ? between(2, 6) : between(2, 4)) * 30;
            windows.add(new ProfileRequest.Window(day.name().toLowerCase(Locale.ROOT), time(start), time(end)));
        }
        return windows;
    }

    private List<String> formats() {
        List<String> formats = new ArrayList<>();
        if (random.nextInt(100) < 85) {
            formats.add(MentoringFormat.VIDEO.slug());
        }
        if (random.nextInt(100) < 25) {
            formats.add(MentoringFormat.IN_PERSON.slug());
        }
        if (random.nextInt(100) < 45) {
            formats.add(MentoringFormat.CHAT.slug());
        }
        return formats.isEmpty() ? List.of(MentoringFormat.VIDEO.slug()) : formats;
    }

    private Visibility visibility() {
        int r = random.nextInt(100);
        return r < 5 ? Visibility.HIDDEN : r < 10 ? Visibility.PROGRAMS : Visibility.EVERYONE;
    }

    /** Links built from the name; names in a script without Latin letters get none. */
    private Map<String, String> links(String displayName, CareerStage stage) {
        String slug = slug(displayName);
        Map<String, String> links = new LinkedHashMap<>();
        if (slug.isEmpty()) {
            return links;
        }
        if (random.nextInt(100) < 55) {
            links.put(LinkKind.LINKEDIN.slug(), "https://www.linkedin.com/in/" + slug + "-" + between(10, 999));
        }
        if (random.nextInt(100) < 40) {
            links.put(LinkKind.GITHUB.slug(), "https://github.com/" + slug.replace("-", ""));
        }
        if (stage == CareerStage.STUDENT && random.nextInt(100) < 30) {
            links.put(LinkKind.KAGGLE.slug(), "https://www.kaggle.com/" + slug.replace("-", ""));
        }
        return links;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String time(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** For use mid-sentence: "Deep learning" becomes "deep learning"; "PyTorch" and "ML fundamentals" stay. */
    static String lowerCased(String text) {
        int wordEnd = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        String rest = text.substring(1, wordEnd);
        if (!rest.isEmpty() && Character.isUpperCase(text.charAt(0)) && rest.chars().allMatch(Character::isLowerCase)) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T weighted(List<T> items, ToIntFunction<T> weight) {
        int total = items.stream().mapToInt(weight).sum();
        int r = random.nextInt(total);
        for (T item : items) {
            r -= weight.applyAsInt(item);
            if (r < 0) {
                return item;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
