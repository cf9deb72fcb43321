package dev.mentorhub.event;

import static dev.mentorhub.event.EventPeople.as;
import static dev.mentorhub.event.EventPeople.rsvp;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.event.EventPeople.Person;
import dev.mentorhub.testsupport.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Recurring series through the API: occurrences made ahead (once, with several instances at work), each with its own
 * RSVPs, one occurrence cancelled alone, "this and following" edits, the public series calendar, cancelling it all.
 */
@QuarkusTest
class EventSeriesTest {

    @Inject
    EventSeriesService series;

    @Inject
    EntityManager em;

    @Transactional
    long occurrences(UUID seriesId) {
        return ((Number) em.createNativeQuery("select count(*) from event where series_id = :s")
                .setParameter("s", seriesId).getSingleResult()).longValue();
    }

    @Transactional
    long notified(UUID member, String kind, UUID event) {
        return ((Number) em.createNativeQuery("select count(*) from notification where recipient_id = :m and kind = :k "
                + "and subject_id = :e").setParameter("m", member).setParameter("k", kind).setParameter("e", event)
                .getSingleResult()).longValue();
    }

    private static JsonPath seriesOf(Person who, UUID seriesId) {
        return as(who).get("/api/v1/series/" + seriesId).then().statusCode(200).extract().jsonPath();
    }

    private static UUID id(JsonPath series, int index) {
        return UUID.fromString(series.getString("upcoming[" + index + "].id"));
    }

    @Test
    void shouldMakeWeeklyOccurrencesAheadEachWithItsOwnRsvpsAndOnlyOnceWithSeveralInstances() throws Exception {
        Person organizer = EventPeople.organizer();
        String first = as(organizer).body(EventPeople.event(Map.of("repeat", "weekly", "capacity", 5)))
                .post("/api/v1/events").then().statusCode(201).extract().path("seriesId");
        UUID seriesId = UUID.fromString(first);
        JsonPath s = seriesOf(organizer, seriesId);
        assertThat(s.getString("repeats")).isEqualTo("weekly");
        assertThat(s.getString("rule")).startsWith("FREQ=WEEKLY;BYDAY=");
        assertThat(s.getString("feed")).isEqualTo("/calendar/series/" + seriesId + ".ics");
        List<String> starts = s.getList("upcoming.start");
        assertThat(starts).hasSize(EventSeriesService.AHEAD);
        for (int i = 1; i < starts.size(); i++) {
            ZonedDateTime previous = Instant.parse(starts.get(i - 1)).atZone(EventPeople.BERLIN);
            ZonedDateTime next = Instant.parse(starts.get(i)).atZone(EventPeople.BERLIN);
            assertThat(next.toLocalDate()).isEqualTo(previous.toLocalDate().plusWeeks(1));
            assertThat(next.toLocalTime()).isEqualTo(previous.toLocalTime()).hasToString("19:00");
        }

        Person member = EventPeople.member("Rhea");
        rsvp(member, id(s, 1), true).then().statusCode(200);
        JsonPath after = seriesOf(member, seriesId);
        assertThat(after.getInt("upcoming[0].going")).isZero();
        assertThat(after.getInt("upcoming[1].going")).isEqualTo(1);
        assertThat(after.getString("upcoming[1].myRsvp.status")).isEqualTo("going");

        // Three weeks on, three instances run the job at once: each missing occurrence is made exactly once.
        Instant later = Instant.parse(starts.get(2)).plus(Duration.ofHours(3));
        long before = occurrences(seriesId);
        int made = Race.run(3, i -> () -> series.materializeOne(seriesId, later)).stream()
                .mapToInt(Race.Outcome::value).sum();
        assertThat(made).isEqualTo(3);
        assertThat(occurrences(seriesId)).isEqualTo(before + 3);
        assertThat(series.materializeOne(seriesId, later)).isZero();
    }

    @Test
    void shouldCancelOneOccurrenceAloneAndChangeThisAndFollowing() {
        Person organizer = EventPeople.organizer();
        UUID seriesId = UUID.fromString(as(organizer).body(EventPeople.event(Map.of("repeat", "weekly")))
                .post("/api/v1/events").then().statusCode(201).extract().path("seriesId"));
        JsonPath s = seriesOf(organizer, seriesId);
        Person second = EventPeople.member("Sec");
        Person third = EventPeople.member("Thi");
        rsvp(second, id(s, 1), true).then().statusCode(200);
        rsvp(third, id(s, 2), true).then().statusCode(200);

        as(organizer).body(Map.of("reason", "Holiday")).post("/api/v1/events/" + id(s, 1) + "/cancel").then()
                .statusCode(200);
        assertThat(notified(second.id(), "event-cancelled", id(s, 1))).isEqualTo(1);
        assertThat(notified(third.id(), "event-cancelled", id(s, 1))).isZero();
        assertThat(series.materializeOne(seriesId, Instant.now())).isZero();
        String feed = given().get("/calendar/series/" + seriesId + ".ics").then().statusCode(200).extract().asString();
        Instant cancelledStart = Instant.parse(s.getString("upcoming[1].start"));
        String local = cancelledStart.atZone(EventPeople.BERLIN).toLocalDateTime().toString().replace("-", "")
                .replace(":", "");
        assertThat(feed).contains("RRULE:FREQ=WEEKLY").contains("EXDATE;TZID=Europe/Berlin:" + local)
                .doesNotContain("Hauptstr");

        // The third and later ones move to 18:00 under a new title; the first two stay as they were.
        LocalDateTime thirdStart = Instant.parse(s.getString("upcoming[2].start")).atZone(EventPeople.BERLIN)
                .toLocalDateTime().withHour(18);
        as(organizer).body(EventPeople.event(Map.of("title", "Paper reading at six", "start", thirdStart.toString(),
                "end", thirdStart.plusHours(2).toString(), "scope", "following"))).put("/api/v1/events/" + id(s, 2))
                .then().statusCode(200);
        JsonPath moved = as(organizer).get("/api/v1/events/" + id(s, 2)).then().statusCode(200).extract().jsonPath();
        UUID continued = UUID.fromString(moved.getString("seriesId"));
        assertThat(continued).isNotEqualTo(seriesId);
        JsonPath next = seriesOf(organizer, continued);
        assertThat(next.getList("upcoming.title")).containsOnly("Paper reading at six");
        assertThat(next.getList("upcoming.start", String.class)).allSatisfy(start ->
                assertThat(Instant.parse(start).atZone(EventPeople.BERLIN).getHour()).isEqualTo(18));
        assertThat(next.getInt("upcoming[0].going")).isEqualTo(1);
        assertThat(notified(third.id(), "event-changed", id(s, 2))).isEqualTo(1);
        JsonPath old = seriesOf(organizer, seriesId);
        assertThat(old.getString("status")).isEqualTo("ended");
        assertThat(old.getList("upcoming.title")).containsOnly("Paper reading: attention");
        assertThat(old.getList("upcoming.id")).doesNotContain(id(s, 2).toString());

        // The whole continued series is cancelled: its upcoming events are, and it makes no more.
        as(organizer).body(Map.of("reason", "Moving on")).post("/api/v1/series/" + continued + "/cancel")
                .then().statusCode(204);
        assertThat(seriesOf(organizer, continued).getList("upcoming.status")).containsOnly("cancelled");
        assertThat(notified(third.id(), "event-cancelled", id(s, 2))).isEqualTo(1);
        assertThat(series.materializeOne(continued, Instant.now().plus(Duration.ofDays(60)))).isZero();
        // A member may read a series but not cancel it.
        as(second).body(Map.of()).post("/api/v1/series/" + seriesId + "/cancel").then().statusCode(404);
    }

    @Test
    void shouldRefuseRepeatsThatMakeNoSenseAndUnknownSeries() {
        Person organizer = EventPeople.organizer();
        as(organizer).body(EventPeople.event(Map.of("repeat", "hourly"))).post("/api/v1/events").then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("repeat"));
        LocalDateTime start = LocalDateTime.now(EventPeople.BERLIN).plusDays(3).withNano(0);
        as(organizer).body(EventPeople.event(Map.of("repeat", "weekly", "start", start.toString(), "end",
                start.plusDays(2).toString()))).post("/api/v1/events").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("repeat"));
        as(organizer).body(EventPeople.event(Map.of("repeat", "monthly", "repeatUntil", "1999-01-01")))
                .post("/api/v1/events").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("repeatUntil"));
        given().get("/calendar/series/" + UUID.randomUUID() + ".ics").then().statusCode(404);
        as(organizer).get("/api/v1/series/" + UUID.randomUUID()).then().statusCode(404);
    }
}
