package dev.mentorhub.event;

import static dev.mentorhub.event.EventPeople.as;
import static dev.mentorhub.event.EventPeople.rsvp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.event.EventPeople.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The export holds a member's RSVPs and events; deleting the account gives up seats and cancels what they run. */
@QuarkusTest
class EventPersonalDataTest {

    @Inject
    EntityManager em;

    @Transactional
    long rowsOf(UUID member) {
        return ((Number) em.createNativeQuery("select count(*) from event_rsvp where member_id = :m")
                .setParameter("m", member).getSingleResult()).longValue();
    }

    private static void deleteAccount(Person who) {
        as(who).delete("/api/v1/profiles/me").then().statusCode(204);
    }

    @Test
    void shouldGiveUpTheSeatOfADeletedMemberToTheFirstWaitingAndEraseTheirAnswers() {
        Person organizer = EventPeople.organizer();
        UUID event = EventPeople.create(organizer, Map.of("capacity", 1, "title", "Small room"));
        Person leaving = EventPeople.member("Lea");
        Person next = EventPeople.member("Nex");
        rsvp(leaving, event, true).then().statusCode(200);
        rsvp(next, event, true).then().statusCode(200);
        JsonPath export = as(leaving).get("/api/v1/profiles/me/export").then().statusCode(200).extract().jsonPath();
        assertThat(export.getList("eventRsvps.title")).containsExactly("Small room");

        deleteAccount(leaving);
        assertThat(rowsOf(leaving.id())).isZero();
        JsonPath now = as(next).get("/api/v1/events/" + event).then().statusCode(200).extract().jsonPath();
        assertThat(now.getString("myRsvp.status")).isEqualTo("going");
        assertThat(now.getInt("going")).isEqualTo(1);
        assertThat(now.getInt("waiting")).isZero();
    }

    @Test
    void shouldCancelTheUpcomingEventsOfADeletedOrganizerAndTellTheirAttendees() {
        Person organizer = EventPeople.organizer();
        UUID event = EventPeople.create(organizer, Map.of("title", "Their meetup"));
        UUID series = UUID.fromString(as(organizer).body(EventPeople.event(Map.of("repeat", "weekly")))
                .post("/api/v1/events").then().statusCode(201).extract().path("seriesId"));
        Person guest = EventPeople.member("Gue");
        rsvp(guest, event, true).then().statusCode(200);
        assertThat(as(organizer).get("/api/v1/profiles/me/export").then().statusCode(200).extract().jsonPath()
                .getList("eventsOrganized.title")).contains("Their meetup");

        deleteAccount(organizer);
        JsonPath seen = as(guest).get("/api/v1/events/" + event).then().statusCode(200).extract().jsonPath();
        assertThat(seen.getString("status")).isEqualTo("cancelled");
        assertThat(seen.getString("organizer.name")).isEqualTo("Deleted member");
        assertThat(as(guest).get("/api/v1/notifications").then().extract().jsonPath().getList("items.kind"))
                .contains("event-cancelled");
        assertThat(as(guest).get("/api/v1/series/" + series).then().statusCode(200).extract().jsonPath()
                .getList("upcoming.status")).containsOnly("cancelled");
    }
}
