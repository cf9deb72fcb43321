package dev.mentorhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.profile.ProfileRepository;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The generator against the real database. Demo data is off in tests, so the test calls it itself, with small sizes
 * and its own subject prefix, and removes what it made afterwards.
 */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Inject
    TestData data;

    @Inject
    MemberRepository members;

    @Inject
    ProfileRepository profiles;

    String prefix = TestData.unique("demo-test") + ":";

    @AfterEach
    void removeDemoMembers() {
        QuarkusTransaction.requiringNew().run(() -> members.delete("oidcSubject like ?1", prefix + "%"));
    }

    @Test
    void shouldCreateValidProfilesOnceAndNothingOnTheSecondCall() {
        Skill area = data.skill(TestData.unique("demo-area"), null);
        data.skill(TestData.unique("demo-leaf"), area);
        data.skill(TestData.unique("demo-leaf"), area);
        data.skill(TestData.unique("demo-leaf"), area);
        data.skill(TestData.unique("demo-other"), null);

        assertThat(demoData.generate(prefix, 42, 5, 5, 2)).isEqualTo(12);

        assertThat(members.count("oidcSubject like ?1", prefix + "%")).isEqualTo(12);
        assertThat(count("mentor = true and mentee = false")).isEqualTo(5);
        assertThat(count("mentor = false and mentee = true")).isEqualTo(5);
        assertThat(count("mentor = true and mentee = true")).isEqualTo(2);
        assertThat(count("onboardingCompletedAt is not null")).isEqualTo(12);
        assertThat(members.count("oidcSubject like ?1 and lastSeenAt < ?2", prefix + "%",
                Instant.now().minus(39, ChronoUnit.DAYS))).isEqualTo(1);

        assertThat(demoData.generate(prefix, 42, 5, 5, 2)).isZero();
        assertThat(members.count("oidcSubject like ?1", prefix + "%")).isEqualTo(12);
    }

    private long count(String condition) {
        return profiles.count("member.oidcSubject like ?1 and " + condition, prefix + "%");
    }
}
