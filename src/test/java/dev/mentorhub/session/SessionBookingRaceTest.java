package dev.mentorhub.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.session.SessionWorld.Pair;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Twenty bookings of overlapping times for the same member, sent at once over HTTP with real tokens: the exclusion
 * constraint lets exactly one through.
 */
@QuarkusTest
class SessionBookingRaceTest {

    private static final int THREADS = 20;

    @Inject
    SessionWorld world;

    @Test
    void shouldBookExactlyOneOfTwentyOverlappingSessions() throws Exception {
        Pair pair = world.pair("Europe/Berlin", "America/New_York");
        LocalDateTime base = LocalDate.now(ZoneId.of("Europe/Berlin")).plusWeeks(2)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)).atTime(17, 0);
        String path = "/api/v1/mentorships/" + pair.mentorshipId() + "/sessions";

        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                // Every one overlaps every other: starts 17:00-17:19, each an hour long.
                LocalDateTime from = base.plusMinutes(i);
                Map<String, Object> body = Map.of("start", from.toString(), "end", from.plusHours(1).toString(),
                        "timeZone", "Europe/Berlin");
                SessionWorld.User who = i % 2 == 0 ? pair.mentor() : pair.mentee();
                calls.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return SessionWorld.post(who, path, body).statusCode();
                }));
            }
            for (Future<Integer> call : calls) {
                statuses.add(call.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(THREADS - 1);
        assertThat(world.sessionsOf(pair.mentorshipId())).isEqualTo(1);
        assertThat(world.overlappingHolds(pair.mentor().member().id())).isZero();
        assertThat(world.overlappingHolds(pair.mentee().member().id())).isZero();
    }
}
