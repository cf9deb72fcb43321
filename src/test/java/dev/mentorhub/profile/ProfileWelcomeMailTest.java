package dev.mentorhub.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileWelcomeMailTest {

    @Inject
    ProfileService profiles;

    @Inject
    MemberService members;

    @Inject
    TestData testData;

    @Inject
    EntityManager em;

    ProfileRequest request;

    @BeforeEach
    void skills() {
        request = ProfileRequests.complete(testData.skill(TestData.unique("teach"), null).slug(),
                testData.skill(TestData.unique("learn"), null).slug());
    }

    @Test
    void shouldQueueOneWelcomeMailWhenOnboardingIsFinishedTheFirstTime() {
        Member member = testData.member("welcome");

        profiles.replace(member, request, false);
        assertThat(welcomeMailsTo(member)).isEmpty();
        profiles.replace(member, request, true);
        profiles.replace(member, ProfileRequests.with(request, "headline", "Changed"), true);

        List<Object[]> mails = welcomeMailsTo(member);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0)).containsExactly(member.email(), "welcome", "en", "Welcome to MentorHub, Mei Chen",
                "PENDING");
    }

    @Test
    void shouldQueueNothingForAMemberWithoutEmail() {
        String subject = TestData.unique("no-email");
        Member member = members.signedIn(new SignedInIdentity(subject, subject, "No Mail", null, Set.of("member")));

        profiles.replace(member, request, true);

        assertThat(welcomeMailsTo(member)).isEmpty();
    }

    @Test
    void shouldQueueNothingWhenTheProfileIsInvalid() {
        Member member = testData.member("invalid");

        try {
            profiles.replace(member, ProfileRequests.with(request, "displayName", ""), true);
        } catch (RuntimeException expected) {
            // refused, and nothing was written
        }

        assertThat(welcomeMailsTo(member)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> welcomeMailsTo(Member member) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select recipient_email, template, locale, subject, status from outbox_message
                where recipient_member_id = :member and message_key = :key
                """).setParameter("member", member.id()).setParameter("key", "welcome:" + member.id()).getResultList());
    }
}
