package dev.mentorhub.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.member.Member;
import dev.mentorhub.profile.AccountDeletion;
import dev.mentorhub.skill.Skill;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request state machine, the open-request limit, mails per step, and capacity under concurrent accepts. */
@QuarkusTest
class MatchRequestServiceTest {

    @Inject
    MatchRequestService service;

    @Inject
    RequestExpiry expiry;

    @Inject
    RequestPopulation population;

    @Inject
    AccountDeletion accountDeletion;

    Skill skill;

    @BeforeEach
    void skill() {
        skill = population.skill();
    }

    private RequestDto send(Member from, Member to) {
        return service.send(from, new SendRequest(to.id(), null, "Could you help me?", List.of("career-growth")));
    }

    @Test
    void shouldLetExactlyOneOfManyConcurrentAcceptsTakeTheLastPlace() throws Exception {
        Member mentor = population.mentor(skill, "Busy", 1);
        int n = 6;
        List<UUID> requestIds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            requestIds.add(send(population.mentee(skill, "Racer" + i), mentor).id());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (UUID id : requestIds) {
                Callable<Object> accept = () -> {
                    start.await();
                    try {
                        return service.accept(mentor, id);
                    } catch (CapacityReachedException e) {
                        return e;
                    }
                };
                results.add(pool.submit(accept));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(MentorshipDto.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(CapacityReachedException.class::isInstance).hasSize(n - 1)
                    .allSatisfy(e -> assertThat(((CapacityReachedException) e).status()).isEqualTo(409));
            assertThat(population.activeMentorshipsAsMentor(mentor.id())).isEqualTo(1);
            long pending = requestIds.stream().filter(id -> service.get(mentor, id).status().equals("pending")).count();
            assertThat(pending).isEqualTo(n - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRefuseAcceptAtCapacityWithAClearMessageAndKeepTheRequestPending() {
        Member mentor = population.mentor(skill, "Full", 1);
        RequestDto first = send(population.mentee(skill, "First"), mentor);
        RequestDto second = send(population.mentee(skill, "Second"), mentor);
        service.accept(mentor, first.id());

        assertThatThrownBy(() -> service.accept(mentor, second.id()))
                .isInstanceOf(CapacityReachedException.class)
                .hasMessage("You have no free mentee places (capacity 1). End a mentorship or raise your capacity.");
        assertThat(service.get(mentor, second.id()).status()).isEqualTo("pending");
    }

    @Test
    void shouldAcceptOnceCreateTheMentorshipAndTellTheSender() {
        Member mentor = population.mentor(skill, "Ana", 2);
        Member mentee = population.mentee(skill, "Ben");
        RequestDto request = send(mentee, mentor);
        assertThat(request.status()).isEqualTo("pending");
        assertThat(population.outbox("request-received:" + request.id())).isEqualTo(1);
        assertThat(population.recipientOf("request-received:" + request.id())).isEqualTo(mentor.id().toString());
        assertThat(population.outboxText("request-received:" + request.id())).contains("Could you help me?");

        MentorshipDto mentorship = service.accept(mentor, request.id());

        assertThat(mentorship.mentor().id()).isEqualTo(mentor.id());
        assertThat(mentorship.mentee().id()).isEqualTo(mentee.id());
        assertThat(mentorship.status()).isEqualTo("active");
        assertThat(service.get(mentee, request.id()).status()).isEqualTo("accepted");
        assertThat(population.outbox("request-accepted:" + request.id())).isEqualTo(1);
        assertThat(population.recipientOf("request-accepted:" + request.id())).isEqualTo(mentee.id().toString());
        assertThat(service.mentorships(mentee)).extracting(MentorshipDto::id).containsExactly(mentorship.id());
        assertThatThrownBy(() -> service.accept(mentor, request.id())).isInstanceOf(RequestStateException.class);
        assertThatThrownBy(() -> service.withdraw(mentee, request.id())).isInstanceOf(RequestStateException.class);
        assertThatThrownBy(() -> send(mentee, mentor)).isInstanceOf(RequestRefusedException.class)
                .hasMessageContaining("active mentorship");
    }

    @Test
    void shouldKeepTheDeclineReasonFromTheSender() {
        Member mentor = population.mentor(skill, "Cleo", 2);
        Member mentee = population.mentee(skill, "Dan");
        RequestDto request = send(mentee, mentor);

        RequestDto mentorView = service.decline(mentor, request.id(), "Not enough time this quarter");

        assertThat(mentorView.status()).isEqualTo("declined");
        assertThat(mentorView.declineReason()).isEqualTo("Not enough time this quarter");
        RequestDto senderView = service.get(mentee, request.id());
        assertThat(senderView.status()).isEqualTo("declined");
        assertThat(senderView.declineReason()).isNull();
        assertThat(service.list(mentee, true, null, new PageRequest(0, 10)).items())
                .extracting(RequestDto::declineReason)
                .containsOnlyNulls();
        assertThat(population.outbox("request-declined:" + request.id())).isEqualTo(1);
        assertThat(population.outboxText("request-declined:" + request.id())).doesNotContain("quarter");
        assertThatThrownBy(() -> service.accept(mentor, request.id())).isInstanceOf(RequestStateException.class);
    }

    @Test
    void shouldLetOnlyTheRightPartyDecideAndHideTheRequestFromEveryoneElse() {
        Member mentor = population.mentor(skill, "Eve", 2);
        Member mentee = population.mentee(skill, "Fay");
        Member stranger = population.mentee(skill, "Gus");
        RequestDto request = send(mentee, mentor);

        assertThatThrownBy(() -> service.accept(mentee, request.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.decline(mentee, request.id(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.withdraw(mentor, request.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(stranger, request.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.accept(stranger, request.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.withdraw(stranger, request.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.get(mentor, request.id()).status()).isEqualTo("pending");
    }

    @Test
    void shouldLetTheSenderWithdrawAndTellTheMentor() {
        Member mentor = population.mentor(skill, "Hal", 2);
        Member mentee = population.mentee(skill, "Ida");
        RequestDto request = send(mentee, mentor);

        assertThat(service.withdraw(mentee, request.id()).status()).isEqualTo("withdrawn");

        assertThat(population.recipientOf("request-withdrawn:" + request.id())).isEqualTo(mentor.id().toString());
        assertThatThrownBy(() -> service.accept(mentor, request.id())).isInstanceOf(RequestStateException.class);
        // Asking the same mentor again waits for the pair's cool-down (RequestLimitsTest).
        assertThatThrownBy(() -> send(mentee, mentor)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(429));
    }

    @Test
    void shouldRefuseMoreOpenRequestsThanTheLimit() {
        Member mentee = population.mentee(skill, "Jo");
        List<Member> mentors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            mentors.add(population.mentor(skill, "Limit" + i, 2));
        }
        RequestDto first = send(mentee, mentors.get(0));
        send(mentee, mentors.get(1));
        send(mentee, mentors.get(2));

        assertThatThrownBy(() -> send(mentee, mentors.get(3))).isInstanceOf(OpenRequestLimitException.class)
                .hasMessageContaining("3 open requests");
        service.withdraw(mentee, first.id());
        assertThat(send(mentee, mentors.get(3)).status()).isEqualTo("pending");
    }

    @Test
    void shouldRefuseBadSendsWithoutLeakingHiddenMentors() {
        Member mentor = population.mentor(skill, "Kim", 2);
        Member hidden = population.hiddenMentor(skill, "Lou");
        Member mentee = population.mentee(skill, "Max");
        Member otherMentor = population.mentor(skill, "Ned", 2);

        assertThatThrownBy(() -> send(mentee, hidden)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> send(mentee, mentee)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.send(mentee, new SendRequest(UUID.randomUUID(), null, "hi", List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> send(otherMentor, mentor)).isInstanceOf(RequestRefusedException.class)
                .hasMessageContaining("mentee");
        assertThatThrownBy(() -> service.send(mentee, new SendRequest(mentor.id(), null, "x".repeat(2001), List.of())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(f -> f.field())
                        .containsExactly("message"));
        send(mentee, mentor);
        assertThatThrownBy(() -> send(mentee, mentor)).isInstanceOf(RequestRefusedException.class);
        Member gone = population.mentor(skill, "Gone", 2);
        accountDeletion.delete(gone);
        assertThatThrownBy(() -> send(mentee, gone)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldSendPeerRequestsOnlyBetweenMembersWithBothRoles() {
        Member a = population.both(skill, "PeerA");
        Member b = population.both(skill, "PeerB");
        Member mentee = population.mentee(skill, "OnlyMentee");

        RequestDto peer = service.send(a, new SendRequest(b.id(), "peer", "Swap?", List.of()));

        assertThat(peer.kind()).isEqualTo("peer");
        assertThatThrownBy(() -> service.send(mentee, new SendRequest(b.id(), "peer", "Swap?", List.of())))
                .isInstanceOf(RequestRefusedException.class);
    }

    @Test
    void shouldRemindTheMentorOnceHalfwayAndThenExpire() {
        Member mentor = population.mentor(skill, "Oli", 2);
        Member mentee = population.mentee(skill, "Pam");
        RequestDto request = send(mentee, mentor);
        Instant sent = request.createdAt();
        String reminder = "request-reminder:" + request.id();

        expiry.run(sent.plus(Duration.ofDays(6)));
        assertThat(population.outbox(reminder)).isZero();

        expiry.run(sent.plus(Duration.ofDays(7)));
        expiry.run(sent.plus(Duration.ofDays(8)));
        assertThat(population.outbox(reminder)).isEqualTo(1);
        assertThat(population.recipientOf(reminder)).isEqualTo(mentor.id().toString());
        assertThat(service.get(mentee, request.id()).status()).isEqualTo("pending");

        expiry.run(sent.plus(Duration.ofDays(14)));
        assertThat(service.get(mentee, request.id()).status()).isEqualTo("expired");
        assertThat(population.recipientOf("request-expired:" + request.id())).isEqualTo(mentee.id().toString());
        assertThatThrownBy(() -> service.accept(mentor, request.id())).isInstanceOf(RequestStateException.class);
        assertThat(population.outbox(reminder)).isEqualTo(1);
    }
}
