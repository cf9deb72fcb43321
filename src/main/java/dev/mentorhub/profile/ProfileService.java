package dev.mentorhub.profile;

import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.member.PersonalData;
import dev.mentorhub.notification.WelcomeMail;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.skill.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Profiles: my own (view, edit, onboarding), other members' visible ones, and the directory. */
@ApplicationScoped
public class ProfileService {

    private final ProfileRepository profiles;
    private final MemberRepository members;
    private final SkillRepository skills;
    private final ProfileValidator validator;
    private final ProfileDirectory directory;
    private final WelcomeMail welcomeMail;
    private final MentorHubConfig config;
    private final Event<ProfileChanged> changes;
    private final ProgramPeers programPeers;
    private final Instance<PersonalData> personalData;
    private final Clock clock;

    ProfileService(ProfileRepository profiles, MemberRepository members, SkillRepository skills,
            ProfileValidator validator, ProfileDirectory directory, WelcomeMail welcomeMail, MentorHubConfig config,
            Event<ProfileChanged> changes, ProgramPeers programPeers, Instance<PersonalData> personalData,
            Clock clock) {
        this.profiles = profiles;
        this.members = members;
        this.skills = skills;
        this.validator = validator;
        this.directory = directory;
        this.welcomeMail = welcomeMail;
        this.config = config;
        this.changes = changes;
        this.programPeers = programPeers;
        this.personalData = personalData;
        this.clock = clock;
    }

    /** My profile, or the defaults a new profile would have when I have not started one yet. */
    @Transactional
    public ProfileDto mine(Member me) {
        return toDto(findOrStart(me), true);
    }

    @Transactional
    public boolean hasProfile(Member me) {
        return profiles.findByIdOptional(me.id()).isPresent();
    }

    /**
     * Replaces my whole profile. Every rule is checked before anything is written: on any invalid field the stored
     * profile stays as it was. Finishing onboarding for the first time also queues the welcome mail. Fires
     * {@link ProfileChanged} (matching keeps its candidate index current with it).
     */
    @Transactional
    public ProfileDto replace(Member me, ProfileRequest request, boolean completesOnboarding) {
        ProfileValues values = validator.validate(request);
        Profile profile = findOrStart(me);
        Instant now = clock.instant();
        profile.apply(values, now);
        boolean firstCompletion = completesOnboarding && profile.onboardingCompletedAt() == null;
        if (completesOnboarding) {
            profile.completeOnboarding(now);
        }
        if (!profiles.isPersistent(profile)) {
            profiles.persist(profile);
        }
        profiles.flush();
        if (firstCompletion) {
            welcomeMail.enqueueFor(profile.member(), profile.displayName());
        }
        changes.fire(new ProfileChanged(me.id()));
        return toDto(profile, true);
    }

    /**
     * Another member's profile as {@code viewer} may see it; empty when it does not exist or is not visible. A
     * "programs" profile is visible to members who share an active program with its owner. A member who blocked the
     * viewer is not there for them: empty, the same 404 as a hidden profile and as a request to them.
     */
    @Transactional
    public Optional<ProfileDto> visibleTo(UUID id, Member viewer) {
        return profiles.findByIdOptional(id)
                .filter(p -> isVisibleTo(p, viewer.id()))
                .map(p -> toDto(p, p.memberId().equals(viewer.id())));
    }

    /** How others see a member named: their profile's name, else their account's; "Deleted member" once deleted. */
    @Transactional
    public String nameOf(UUID memberId) {
        return profiles.findByIdOptional(memberId).filter(p -> !p.member().isDeleted()).map(Profile::displayName)
                .or(() -> members.findLive(memberId).map(Member::displayName)).orElse("Deleted member");
    }

    /** A member's weekly availability in their own zone; none (and UTC) without a profile. */
    public record Week(ZoneId zone, Set<AvailabilityWindow> windows) {
    }

    @Transactional
    public Week weekOf(UUID memberId) {
        return profiles.findByIdOptional(memberId).map(p -> new Week(ZoneId.of(p.timeZone()), Set.copyOf(p.availability())))
                .orElse(new Week(ZoneId.of("UTC"), Set.of()));
    }

    /** A member's time zone as their profile gives it; UTC for someone without a profile. */
    @Transactional
    public ZoneId zoneOf(UUID memberId) {
        return profiles.findByIdOptional(memberId).map(p -> ZoneId.of(p.timeZone())).orElse(ZoneId.of("UTC"));
    }

    /** Whether {@link #visibleTo} would show the profile of {@code id} to {@code viewer}, without building it. */
    @Transactional
    public boolean isVisibleTo(UUID id, Member viewer) {
        return profiles.findByIdOptional(id).filter(p -> isVisibleTo(p, viewer.id())).isPresent();
    }

    /**
     * The card of a profile visible to everyone (account not deleted) and not blocking {@code viewer}: one query,
     * one row, no collections.
     */
    @Transactional
    public Optional<ProfileSummaryDto> summary(UUID id, Member viewer) {
        return profiles.getEntityManager().createQuery("select new dev.mentorhub.profile.ProfileSummaryDto("
                + "p.memberId, p.displayName, p.headline, p.mentor, p.mentee) from Profile p join p.member m"
                + " where p.memberId = :id and p.visibility = :everyone and m.deletedAt is null"
                + " and not exists (select 1 from MemberBlock b where b.blockerId = p.memberId"
                + " and b.blockedId = :viewer)", ProfileSummaryDto.class)
                .setParameter("id", id).setParameter("everyone", Visibility.EVERYONE)
                .setParameter("viewer", viewer.id())
                .getResultStream().findFirst();
    }

    private boolean isVisibleTo(Profile p, UUID viewer) {
        if (p.member().isDeleted()) {
            return false;
        }
        if (p.memberId().equals(viewer)) {
            return true;
        }
        boolean open = p.visibility() == Visibility.EVERYONE
                || p.visibility() == Visibility.PROGRAMS && programPeers.shareAProgram(p.memberId(), viewer);
        return open && !blocks(p.memberId(), viewer);
    }

    /** Whether {@code blocker} blocked {@code blocked} (read here, not through BlockService, which uses profiles). */
    private boolean blocks(UUID blocker, UUID blocked) {
        return profiles.getEntityManager().createQuery("select count(b) from MemberBlock b"
                + " where b.blockerId = :blocker and b.blockedId = :blocked", Long.class)
                .setParameter("blocker", blocker).setParameter("blocked", blocked).getSingleResult() > 0;
    }

    /** The directory as {@code viewer} sees it: without the members the viewer blocked or who blocked the viewer. */
    @Transactional
    public PageDto<ProfileDto> directory(DirectoryFilter filter, Member viewer) {
        Instant now = clock.instant();
        ProfileDirectory.Result result = directory.search(filter, viewer.id(), now, activeSince(now));
        Map<Long, Skill> skillsById = skillsOf(result.profiles());
        List<ProfileDto> items = result.profiles().stream().map(p -> toDto(p, false, skillsById)).toList();
        return PageDto.of(items, result.page(), result.size(), result.total());
    }

    /** Everything stored about me, for the data export: the account, the profile and every feature's sections. */
    @Transactional
    public DataExport export(Member me) {
        DataExport.Account account = new DataExport.Account(me.id(), me.oidcSubject(), me.username(),
                me.displayName(), me.email(), me.createdAt(), me.lastSeenAt());
        Map<String, Object> sections = new TreeMap<>();
        for (PersonalData feature : personalData) {
            feature.export(me).forEach((name, section) -> sections.merge(name, section, ProfileService::mergeSections));
        }
        return new DataExport(clock.instant(), account,
                profiles.findByIdOptional(me.id()).map(p -> toDto(p, true)).orElse(null), sections);
    }

    /** Two features' parts of one export section (programs: memberships, invitations, cohort enrolments). */
    private static Object mergeSections(Object one, Object other) {
        if (!(one instanceof Map<?, ?> a) || !(other instanceof Map<?, ?> b)) {
            throw new IllegalStateException("Two features export the same section: " + one + ", " + other);
        }
        Map<Object, Object> merged = new TreeMap<>(a);
        merged.putAll(b);
        return merged;
    }

    private Profile findOrStart(Member me) {
        return profiles.findByIdOptional(me.id())
                .orElseGet(() -> Profile.startFor(members.findById(me.id()), clock.instant()));
    }

    private Instant activeSince(Instant now) {
        return now.minus(config.profile().inactiveAfter());
    }

    private ProfileDto toDto(Profile profile, boolean own) {
        return toDto(profile, own, skillsOf(List.of(profile)));
    }

    private ProfileDto toDto(Profile p, boolean own, Map<Long, Skill> skillsById) {
        Instant now = clock.instant();
        Map<String, String> links = new TreeMap<>();
        p.links().forEach((kind, url) -> links.put(kind.slug(), url));
        return new ProfileDto(p.memberId() != null ? p.memberId() : p.member().id(), p.displayName(), p.headline(),
                p.bio(), p.careerStage() == null ? null : p.careerStage().slug(), roles(p),
                entries(p.teachSkills(), skillsById), entries(p.learnSkills(), skillsById),
                p.goals().stream().sorted().map(GoalTag::slug).toList(), p.goalsText(),
                p.languages().stream().sorted().toList(), p.timeZone(),
                p.availability().stream()
                        .sorted(Comparator.comparing(AvailabilityWindow::day).thenComparing(AvailabilityWindow::startMinute))
                        .map(w -> new ProfileDto.WindowDto(w.day().name().toLowerCase(), w.start(), w.end())).toList(),
                p.formats().stream().sorted().map(MentoringFormat::slug).toList(), p.city(), p.country(), links,
                p.mentorCapacity(), p.visibility().slug(), p.member().lastSeenAt(),
                p.isInactiveMentor(activeSince(now)), p.onboardingCompletedAt() != null,
                own ? ProfileCompleteness.of(p) : null);
    }

    private static List<String> roles(Profile p) {
        return Stream.of(p.isMentor() ? "mentor" : null, p.isMentee() ? "mentee" : null)
                .filter(r -> r != null).toList();
    }

    private static List<ProfileDto.SkillEntry> entries(Set<SkillLevel> levels, Map<Long, Skill> skillsById) {
        return levels.stream()
                .map(l -> {
                    Skill s = skillsById.get(l.skillId());
                    return new ProfileDto.SkillEntry(s.slug(), s.nameEn(), s.nameZh(), l.level());
                })
                .sorted(Comparator.comparing(ProfileDto.SkillEntry::level).reversed()
                        .thenComparing(ProfileDto.SkillEntry::skill))
                .toList();
    }

    private Map<Long, Skill> skillsOf(Collection<Profile> page) {
        Set<Long> ids = page.stream()
                .flatMap(p -> Stream.concat(p.teachSkills().stream(), p.learnSkills().stream()))
                .map(SkillLevel::skillId).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of()
                : skills.list("id in ?1", ids).stream().collect(Collectors.toMap(Skill::id, Function.identity()));
    }
}
