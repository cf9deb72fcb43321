package dev.mentorhub.event;

import static dev.mentorhub.event.EventPeople.as;
import static dev.mentorhub.event.EventPeople.rsvp;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.event.EventPeople.Person;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The events a member is going to appear in their calendar subscription, with the place; others do not. */
@QuarkusTest
class EventCalendarFeedTest {

    @Test
    void shouldPutOnlyTheEventsIAmGoingToInMyFeedAndMarkCancelledOnes() {
        Person organizer = EventPeople.organizer();
        Person me = EventPeople.member("Feed");
        UUID going = EventPeople.create(organizer, Map.of("title", "Going to this"));
        UUID waiting = EventPeople.create(organizer, Map.of("title", "Waiting for this", "capacity", 1));
        UUID ignored = EventPeople.create(organizer, Map.of("title", "Not for me"));
        rsvp(EventPeople.member("Taker"), waiting, true).then().statusCode(200);
        rsvp(me, going, true).then().statusCode(200);
        rsvp(me, waiting, true).then().statusCode(200);
        String feed = URI.create(as(me).get("/api/v1/calendar").then().statusCode(200).extract().<String>path("url"))
                .getPath();

        String ics = given().get(feed).then().statusCode(200).extract().asString();
        assertThat(ics).contains("UID:" + going).contains("SUMMARY:Going to this").contains("Hauptstr. 1")
                .doesNotContain(waiting.toString()).doesNotContain(ignored.toString());
        String etag = given().get(feed).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(feed).then().statusCode(304);

        as(organizer).body(Map.of()).post("/api/v1/events/" + going + "/cancel").then().statusCode(200);
        String after = given().get(feed).then().statusCode(200).extract().asString();
        assertThat(after).contains("UID:" + going).contains("STATUS:CANCELLED");
    }
}
