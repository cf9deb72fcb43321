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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What attendees are told: reminders a day and an hour before (exactly once per attendee and kind with three
 * instances at work, and of the new time after a move), and mails with the calendar attachment on promotion, change
 * and cancellation.
 */
@QuarkusTest
class EventNoticesTest {

    @Inject
    EventReminders reminders;

    @Inject
    EntityManager em;

    @Transactional
    long outbox(String keyPattern) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_message where message_key like :k")
                .setParameter("k", keyPattern).getSingleResult()).longValue();
    }

    @Transactional
    String calendarOf(String keyPattern) {
        List<?> found = em.createNativeQuery("select coalesce(calendar, '') from outbox_message where message_key like :k")
                .setParameter("k", keyPattern).getResultList();
        assertThat(found).as("mails like " + keyPattern).hasSize(1);
        return (String) found.get(0);
    }

    private void threeInstances(Instant now) throws Exception {
        Race.run(3, i -> () -> reminders.sendDue(now));
    }

    private static Instant startOf(Person organizer, UUID event) {
        return Instant.parse(as(organizer).get("/api/v1/events/" + event).then().extract().path("start"));
    }

    @Test
    void shouldRemindEachAttendeeOncePerKindAndOnlyOfTheNewTimeAfterAMove() throws Exception {
        Person organizer = EventPeople.organizer();
        Person ann = EventPeople.member("Ann");
        Person bo = EventPeople.member("Bo");
        Person waiting = EventPeople.member("Wai");
        UUID event = EventPeople.create(organizer, Map.of("capacity", 2));
        rsvp(ann, event, true).then().statusCode(200);
        rsvp(bo, event, true).then().statusCode(200);
        rsvp(waiting, event, true).then().statusCode(200);
        Instant start = startOf(organizer, event);

        // Other tests' events may fall due at the same instants, so only this event's mails are counted.
        String mine = "event-reminder:" + event + ":%";
        reminders.sendDue(start.minus(Duration.ofHours(30)));
        assertThat(outbox(mine)).isZero();
        threeInstances(start.minus(Duration.ofHours(23)));
        assertThat(outbox(mine)).isEqualTo(2);
        reminders.sendDue(start.minus(Duration.ofHours(20)));
        assertThat(outbox(mine)).isEqualTo(2);
        threeInstances(start.minus(Duration.ofMinutes(50)));
        assertThat(outbox(mine)).isEqualTo(4);
        for (Person p : List.of(ann, bo)) {
            assertThat(outbox("event-reminder:" + event + ":day:" + start.getEpochSecond() + ":" + p.id())).isEqualTo(1);
            assertThat(outbox("event-reminder:" + event + ":hour:" + start.getEpochSecond() + ":" + p.id()))
                    .isEqualTo(1);
        }
        // The waitlist is not reminded: they have no seat.
        assertThat(outbox("event-reminder:" + event + ":%:" + waiting.id())).isZero();
        assertThat(calendarOf("event-reminder:" + event + ":day:%:" + ann.id())).contains("UID:" + event);

        LocalDateTime later = LocalDateTime.now(EventPeople.BERLIN).plusDays(9).withHour(19).withMinute(0)
                .withSecond(0).withNano(0);
        as(organizer).body(EventPeople.event(Map.of("capacity", 2, "start", later.toString(), "end",
                later.plusHours(2).toString()))).put("/api/v1/events/" + event).then().statusCode(200);
        Instant moved = startOf(organizer, event);
        threeInstances(moved.minus(Duration.ofHours(23)));
        assertThat(outbox(mine)).isEqualTo(6);
        assertThat(outbox("event-reminder:" + event + ":day:" + moved.getEpochSecond() + ":%")).isEqualTo(2);
    }

    @Test
    void shouldMailThePromotedTheChangedAndTheCancelledWithTheirCalendarEntry() {
        Person organizer = EventPeople.organizer();
        Person seated = EventPeople.member("Sam");
        Person next = EventPeople.member("Nia");
        UUID event = EventPeople.create(organizer, Map.of("capacity", 1));
        rsvp(seated, event, true).then().statusCode(200);
        rsvp(next, event, true).then().statusCode(200);

        rsvp(seated, event, false).then().statusCode(200);
        String promoted = calendarOf("event-promoted:" + event + ":%:" + next.id());
        assertThat(promoted).contains("METHOD:REQUEST").contains("UID:" + event).contains("Hauptstr. 1");

        as(organizer).body(EventPeople.event(Map.of("capacity", 1, "title", "Moved upstairs")))
                .put("/api/v1/events/" + event).then().statusCode(200);
        assertThat(calendarOf("event-changed:" + event + ":%:" + next.id())).contains("SUMMARY:Moved upstairs");
        // Someone who left is not told about later changes.
        assertThat(outbox("event-changed:" + event + ":%:" + seated.id())).isZero();

        as(organizer).body(Map.of("reason", "Snow")).post("/api/v1/events/" + event + "/cancel").then()
                .statusCode(200);
        assertThat(calendarOf("event-cancelled:" + event + ":%:" + next.id())).contains("METHOD:CANCEL")
                .contains("STATUS:CANCELLED");
    }
}
