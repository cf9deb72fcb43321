package dev.mentorhub.profile;

import dev.mentorhub.member.Member;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** How a member describes themselves as mentor, mentee or both. One per member, created at onboarding. */
@Entity
@Table(name = "profile")
public class Profile {

    public static final int DEFAULT_MENTOR_CAPACITY = 2;

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @MapsId
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String headline;
    private String bio;

    @Enumerated(EnumType.STRING)
    @Column(name = "career_stage")
    private CareerStage careerStage;

    @Column(name = "is_mentor", nullable = false)
    private boolean mentor;

    @Column(name = "is_mentee", nullable = false)
    private boolean mentee;

    @Column(name = "goals_text")
    private String goalsText;

    @Column(name = "time_zone", nullable = false)
    private String timeZone = "UTC";

    private String city;
    private String country;

    @Column(name = "mentor_capacity", nullable = false)
    private int mentorCapacity = DEFAULT_MENTOR_CAPACITY;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility = Visibility.EVERYONE;

    @Column(name = "onboarding_completed_at")
    private Instant onboardingCompletedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "profile_teach_skill", joinColumns = @JoinColumn(name = "member_id"))
    private Set<SkillLevel> teachSkills = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_learn_skill", joinColumns = @JoinColumn(name = "member_id"))
    private Set<SkillLevel> learnSkills = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_goal", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "goal")
    @Enumerated(EnumType.STRING)
    private Set<GoalTag> goals = EnumSet.noneOf(GoalTag.class);

    @ElementCollection
    @CollectionTable(name = "profile_language", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_format", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "format")
    @Enumerated(EnumType.STRING)
    private Set<MentoringFormat> formats = EnumSet.noneOf(MentoringFormat.class);

    @ElementCollection
    @CollectionTable(name = "profile_availability", joinColumns = @JoinColumn(name = "member_id"))
    private Set<AvailabilityWindow> availability = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_link", joinColumns = @JoinColumn(name = "member_id"))
    @MapKeyColumn(name = "kind")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "url")
    private Map<LinkKind, String> links = new EnumMap<>(LinkKind.class);

    protected Profile() {
    }

    /** A fresh profile with the defaults, named as the identity provider names the member. */
    public static Profile startFor(Member member, Instant now) {
        Profile profile = new Profile();
        profile.member = member;
        profile.displayName = member.displayName();
        profile.createdAt = now;
        profile.updatedAt = now;
        return profile;
    }

    /** Replaces everything the member can edit with already validated values. */
    void apply(ProfileValues values, Instant now) {
        displayName = values.displayName();
        headline = values.headline();
        bio = values.bio();
        careerStage = values.careerStage();
        mentor = values.mentor();
        mentee = values.mentee();
        goalsText = values.goalsText();
        timeZone = values.timeZone();
        city = values.city();
        country = values.country();
        mentorCapacity = values.mentorCapacity();
        visibility = values.visibility();
        replace(teachSkills, values.teachSkills());
        replace(learnSkills, values.learnSkills());
        replace(goals, values.goals());
        replace(languages, values.languages());
        replace(formats, values.formats());
        replace(availability, values.availability());
        links.clear();
        links.putAll(values.links());
        updatedAt = now;
    }

    void completeOnboarding(Instant now) {
        if (onboardingCompletedAt == null) {
            onboardingCompletedAt = now;
        }
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        target.addAll(values);
    }

    /** A mentor who cannot take anyone now: paused (capacity 0) or not seen since {@code activeSince}. */
    public boolean isInactiveMentor(Instant activeSince) {
        return mentor && (mentorCapacity == 0 || member.lastSeenAt().isBefore(activeSince));
    }

    public UUID memberId() {
        return memberId;
    }

    public Member member() {
        return member;
    }

    public String displayName() {
        return displayName;
    }

    public String headline() {
        return headline;
    }

    public String bio() {
        return bio;
    }

    public CareerStage careerStage() {
        return careerStage;
    }

    public boolean isMentor() {
        return mentor;
    }

    public boolean isMentee() {
        return mentee;
    }

    public String goalsText() {
        return goalsText;
    }

    public String timeZone() {
        return timeZone;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }

    public int mentorCapacity() {
        return mentorCapacity;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Instant onboardingCompletedAt() {
        return onboardingCompletedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Set<SkillLevel> teachSkills() {
        return Set.copyOf(teachSkills);
    }

    public Set<SkillLevel> learnSkills() {
        return Set.copyOf(learnSkills);
    }

    public Set<GoalTag> goals() {
        return Set.copyOf(goals);
    }

    public Set<String> languages() {
        return Set.copyOf(languages);
    }

    public Set<MentoringFormat> formats() {
        return Set.copyOf(formats);
    }

    public Set<AvailabilityWindow> availability() {
        return Set.copyOf(availability);
    }

    public Map<LinkKind, String> links() {
        return Map.copyOf(links);
    }
}
