package dev.mentorhub.demo;

import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.profile.ProfileService;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.skill.SkillRepository;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Fills the database of the run command ({@code ./mvnw quarkus:dev}) with a demo population, so the directory and
 * matching have someone to show. Only in dev mode and only when {@code mentorhub.demo-data.enabled} is set (the
 * {@code %dev} profile sets it); never in tests or production, except when a benchmark of the packaged app sets
 * {@code mentorhub.demo-data.outside-dev-mode} too (src/bench/wrk/run.sh). Demo members have subjects {@code demo:<n>} that no
 * identity provider issues, so nobody can sign in as them.
 */
@ApplicationScoped
public class DemoData {

    /** The subject prefix of the dev-mode population. */
    public static final String SUBJECT_PREFIX = "demo:";

    private final MentorHubConfig config;
    private final MemberService memberService;
    private final MemberRepository members;
    private final ProfileService profiles;
    private final SkillRepository skills;
    private final Clock clock;

    DemoData(MentorHubConfig config, MemberService memberService, MemberRepository members, ProfileService profiles,
            SkillRepository skills, Clock clock) {
        this.config = config;
        this.memberService = memberService;
        this.members = members;
        this.profiles = profiles;
        this.skills = skills;
        this.clock = clock;
    }

    /** Before the matching index is built at start (default observer priority), so the index sees everyone. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        MentorHubConfig.DemoDataSettings settings = config.demoData();
        if (!settings.enabled()) {
            return;
        }
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT && !settings.outsideDevMode()) {
            Log.warn("mentorhub.demo-data.enabled is ignored outside dev mode: no demo data created");
            return;
        }
        generate(SUBJECT_PREFIX, settings.seed(), settings.mentors(), settings.mentees(), settings.both());
    }

    /**
     * Creates the population for this seed and sizes, with subjects {@code <subjectPrefix><n>}, in one transaction.
     * Does nothing when a member with that prefix exists already (the dev database persists across restarts) or when
     * the skill taxonomy has no active skill.
     *
     * @return how many members were created
     */
    public int generate(String subjectPrefix, long seed, int mentors, int mentees, int both) {
        DemoPopulation.Sizes sizes = new DemoPopulation.Sizes(mentors, mentees, both);
        return QuarkusTransaction.requiringNew().call(() -> {
            if (members.count("oidcSubject like ?1", subjectPrefix + "%") > 0) {
                Log.debugf("Demo data with subjects %s* exists already", subjectPrefix);
                return 0;
            }
            List<DemoPopulation.SkillOption> options = skillOptions();
            if (options.isEmpty()) {
                Log.warn("No demo data created: the skill taxonomy has no active skill to put on profiles");
                return 0;
            }
            long started = System.nanoTime();
            // Each profile is flushed on its own; batching sends its collection rows in a few round trips.
            members.getEntityManager().unwrap(Session.class).setJdbcBatchSize(50);
            List<DemoPopulation.Person> people = DemoPopulation.generate(seed, sizes, options);
            Instant now = clock.instant();
            people.forEach(person -> create(subjectPrefix, person, now));
            long inactive = people.stream().filter(DemoPopulation.Person::isInactive).count();
            Log.infof("Demo data: created %d members (%d mentors, %d mentees, %d both; %d of the mentors inactive) "
                    + "from seed %d in %d ms", people.size(), mentors, mentees, both, inactive, seed,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return people.size();
        });
    }

    private void create(String subjectPrefix, DemoPopulation.Person person, Instant now) {
        Member member = memberService.signedIn(new SignedInIdentity(subjectPrefix + person.number(),
                person.username(), person.displayName(), person.email(), Set.of("member")));
        profiles.replace(member, person.profile(), true);
        members.getEntityManager()
                .createNativeQuery("update member set created_at = :since, last_seen_at = :seen where id = :id")
                .setParameter("since", now.minus(Duration.ofDays(person.memberSinceDaysAgo())))
                .setParameter("seen", now.minus(Duration.ofDays(person.lastSeenDaysAgo())))
                .setParameter("id", member.id())
                .executeUpdate();
        // Each person is complete once written: keeping them all managed would make every later flush slower.
        members.getEntityManager().clear();
    }

    /** The active leaf skills (those no active skill sits under), each with the name of its top-level area. */
    private List<DemoPopulation.SkillOption> skillOptions() {
        List<Skill> active = skills.list("retired = false order by slug");
        Set<Long> parents = new HashSet<>();
        active.stream().filter(s -> s.parent() != null).forEach(s -> parents.add(s.parent().id()));
        return active.stream().filter(s -> !parents.contains(s.id()))
                .map(s -> new DemoPopulation.SkillOption(s.slug(), s.nameEn(), topLevel(s).nameEn()))
                .toList();
    }

    private static Skill topLevel(Skill skill) {
        Skill top = skill;
        for (int depth = 0; top.parent() != null && depth < 20; depth++) {
            top = top.parent();
        }
        return top;
    }
}
