package dev.mentorhub.event;

import static dev.mentorhub.event.EventPeople.as;
import static dev.mentorhub.event.EventPeople.rsvp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.event.EventPeople.Person;
import dev.mentorhub.testsupport.Race;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The door: one ticket lets one person in once, even scanned on two phones at once; no-shows wait behind others. */
@QuarkusTest
class EventDoorTest {

    @Inject
    EntityManager em;

    /** Moves an event three weeks into the past, as if it had happened. */
    @Transactional
    void happened(UUID event) {
        em.createNativeQuery("update event set starts_at = now() - interval '21 days', "
                + "ends_at = now() - interval '21 days' + interval '2 hours' where id = :id").setParameter("id", event)
                .executeUpdate();
    }

    private static void checkIn(Person organizer, UUID event, String code) {
        as(organizer).body(Map.of("code", code)).post("/api/v1/events/" + event + "/check-ins").then()
                .statusCode(200);
    }

    @Test
    void shouldLetATicketInExactlyOnceWhenScannedFiveTimesAtOnce() throws Exception {
        Person organizer = EventPeople.organizer();
        UUID event = EventPeople.create(organizer, Map.of());
        String code = rsvp(EventPeople.member("Dor"), event, true).then().statusCode(200).extract()
                .path("myRsvp.ticketCode");

        List<Race.Outcome<Integer>> scans = Race.run(5, i -> () -> as(organizer).body(Map.of("code", code))
                .post("/api/v1/events/" + event + "/check-ins").statusCode());
        assertThat(scans).extracting(Race.Outcome::value).containsExactlyInAnyOrder(200, 409, 409, 409, 409);
        assertThat(as(organizer).get("/api/v1/events/" + event + "/check-ins").then().extract().<Integer>path(
                "checkedIn")).isEqualTo(1);
    }

    @Test
    void shouldQueueMembersWithTwoRecentNoShowsBehindTheOthersWhenTheEventAsks() {
        Person organizer = EventPeople.organizer();
        Person flaky = EventPeople.member("Fla");
        Person reliable = EventPeople.member("Rel");
        for (int i = 0; i < 2; i++) {
            UUID past = EventPeople.create(organizer, Map.of("title", "Earlier " + i));
            rsvp(flaky, past, true).then().statusCode(200);
            checkIn(organizer, past, rsvp(reliable, past, true).then().extract().path("myRsvp.ticketCode"));
            happened(past);
        }
        UUID strict = EventPeople.create(organizer, Map.of("capacity", 1, "noShowsWait", true));
        UUID lenient = EventPeople.create(organizer, Map.of("capacity", 1));
        Person seated = EventPeople.member("Sea");
        for (UUID event : List.of(strict, lenient)) {
            rsvp(seated, event, true).then().statusCode(200);
            rsvp(flaky, event, true).then().statusCode(200);
            rsvp(reliable, event, true).then().statusCode(200);
        }

        // Asked for: the member who came queues ahead of the one who twice did not, though they answered later.
        assertThat(as(reliable).get("/api/v1/events/" + strict).then().extract().<Integer>path("myRsvp.place"))
                .isEqualTo(1);
        assertThat(as(flaky).get("/api/v1/events/" + strict).then().extract().<Integer>path("myRsvp.place"))
                .isEqualTo(2);
        rsvp(seated, strict, false).then().statusCode(200);
        assertThat(as(reliable).get("/api/v1/events/" + strict).then().extract().<String>path("myRsvp.status"))
                .isEqualTo("going");
        // Not asked for: first come, first served.
        assertThat(as(flaky).get("/api/v1/events/" + lenient).then().extract().<Integer>path("myRsvp.place"))
                .isEqualTo(1);
    }
}
