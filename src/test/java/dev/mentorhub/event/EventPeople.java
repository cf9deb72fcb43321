package dev.mentorhub.event;

import static io.restassured.RestAssured.given;

import dev.mentorhub.common.security.Roles;
import dev.mentorhub.testsupport.TestData;
import dev.mentorhub.testsupport.TestKeycloak;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Real Keycloak accounts for the event tests: an organizer, and crowds of members signed in with their tokens. */
final class EventPeople {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    record Person(String username, String token, UUID id) {
    }

    private EventPeople() {
    }

    static Person organizer() {
        String username = TestKeycloak.createUser(TestData.unique("ev-org"), "Olga", "Organizer");
        TestKeycloak.grantRealmRole(username, Roles.ORGANIZER);
        return signIn(username);
    }

    static Person member(String name) {
        return signIn(TestKeycloak.createUser(TestData.unique("ev-" + name.toLowerCase()), name, "Member"));
    }

    /** {@code count} members, created in one import and signed in a few at a time. */
    static List<Person> crowd(int count) throws Exception {
        List<String> usernames = TestKeycloak.createUsers(TestData.unique("ev-crowd"), count);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Person>> signedIn = usernames.stream().map(u -> pool.submit(() -> signIn(u))).toList();
            List<Person> people = new java.util.ArrayList<>();
            for (Future<Person> f : signedIn) {
                people.add(f.get());
            }
            return people;
        } finally {
            pool.shutdownNow();
        }
    }

    static Person signIn(String username) {
        String token = TestKeycloak.accessToken(username);
        String id = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
        return new Person(username, token, UUID.fromString(id));
    }

    /** An event for all members a week ahead, 19:00-21:00 Berlin time, with {@code overrides}. */
    static Map<String, Object> event(Map<String, Object> overrides) {
        LocalDateTime start = LocalDateTime.now(BERLIN).plusDays(7).withHour(19).withMinute(0).withSecond(0).withNano(0);
        Map<String, Object> body = new HashMap<>(Map.of("title", "Paper reading: attention", "description",
                "We read *Attention Is All You Need*.", "type", "paper-reading", "format", "hybrid", "venue",
                "Room 4", "address", "Hauptstr. 1, Berlin", "onlineLink", "https://meet.example.org/papers", "city",
                "Berlin", "start", start.toString(), "end", start.plusHours(2).toString()));
        body.put("timeZone", BERLIN.getId());
        body.put("publish", true);
        body.putAll(overrides);
        return body;
    }

    static UUID create(Person organizer, Map<String, Object> overrides) {
        String id = as(organizer).body(event(overrides)).post("/api/v1/events").then().statusCode(201).extract()
                .path("id");
        return UUID.fromString(id);
    }

    static Response rsvp(Person who, UUID event, boolean going) {
        return as(who).body(Map.of("going", going)).put("/api/v1/events/" + event + "/rsvp");
    }

    static io.restassured.specification.RequestSpecification as(Person who) {
        return given().auth().oauth2(who.token()).contentType(ContentType.JSON);
    }
}
