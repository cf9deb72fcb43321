package dev.mentorhub.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberServiceTest {

    @Inject
    MemberService memberService;

    @Inject
    MemberRepository memberRepository;

    @Test
    void shouldCreateExactlyOneMemberWhenFirstRequestsRace() throws Exception {
        String subject = "race-" + UUID.randomUUID();
        SignedInIdentity identity = new SignedInIdentity(subject, "racer", "Race Condition", null, Set.of("member"));
        int threads = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<UUID>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<UUID> firstRequest = () -> {
                    start.await();
                    return memberService.signedIn(identity).id();
                };
                results.add(pool.submit(firstRequest));
            }
            start.countDown();
            List<UUID> ids = new ArrayList<>();
            for (Future<UUID> result : results) {
                ids.add(result.get());
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(memberRepository.count("oidcSubject", subject)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldTakeNameAndEmailFromEachLaterSignIn() {
        String subject = "changing-" + UUID.randomUUID();
        Member first = memberService.signedIn(new SignedInIdentity(subject, "u", "First Name", "u@example.org", Set.of()));
        Member again = memberService.signedIn(new SignedInIdentity(subject, "u", "Changed Name", "u@elsewhere.org",
                Set.of()));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(memberRepository.findBySubject(subject)).hasValueSatisfying(m -> {
            assertThat(m.displayName()).isEqualTo("Changed Name");
            assertThat(m.email()).isEqualTo("u@elsewhere.org");
        });
    }

    @Test
    void shouldKeepNameAndEmailWhenTheTokenSaysNothingAboutThem() {
        String subject = "silent-" + UUID.randomUUID();
        memberService.signedIn(new SignedInIdentity(subject, "u", "Known Name", "u@example.org", Set.of()));
        memberService.signedIn(new SignedInIdentity(subject, "u", "u", null, Set.of(), false, false));
        assertThat(memberRepository.findBySubject(subject)).hasValueSatisfying(m -> {
            assertThat(m.displayName()).isEqualTo("Known Name");
            assertThat(m.email()).isEqualTo("u@example.org");
        });
    }
}
