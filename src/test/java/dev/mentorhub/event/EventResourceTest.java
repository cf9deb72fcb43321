package dev.mentorhub.event;

import static dev.mentorhub.event.EventPeople.as;
import static dev.mentorhub.event.EventPeople.create;
import static dev.mentorhub.event.EventPeople.rsvp;
import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.mentorhub.event.EventPeople.Person;
import dev.mentorhub.program.ProgramFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The events API as organizers, attendees and outsiders use it, with real tokens. */
@QuarkusTest
class EventResourceTest {

    @Inject
    ProgramFixture programs;

    @Test
    void shouldLetOnlyOrganizersCreateEventsForAllMembers() {
        Person member = EventPeople.member("Mia");
        as(member).body(EventPeople.event(Map.of())).post("/api/v1/events").then().statusCode(403)
                .contentType("application/problem+json").body("type", containsString("not-organizer"));

        Person organizer = EventPeople.organizer();
        UUID id = create(organizer, Map.of("capacity", 20, "skills", List.of("pytorch")));
        as(member).get("/api/v1/events/" + id).then().statusCode(200).body("title", containsString("Paper reading"))
                .body("organizer.id", equalTo(organizer.id().toString()))
                .body("skills", hasItem("pytorch")).body("seatsLeft", equalTo(20))
                .body("canManage", equalTo(false));
    }

    @Test
    void shouldRefuseHostileInputWithEveryFieldNamedAndWriteNothing() {
        Person organizer = EventPeople.organizer();
        Map<String, Object> hostile = Map.of("title", "", "capacity", 2_000_000_000, "onlineLink",
                "javascript:alert(1)", "skills", List.of("no-such-skill-xyz"), "timeZone", "Mars/Olympus",
                "type", "rave");
        as(organizer).body(EventPeople.event(hostile)).post("/api/v1/events").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "capacity", "onlineLink", "timeZone",
                        "type"));
        // The skill is checked once the fields are fine; then it alone is refused.
        as(organizer).body(EventPeople.event(Map.of("skills", List.of("no-such-skill-xyz")))).post("/api/v1/events")
                .then().statusCode(400).body("errors.field", hasItem("skills"));
        LocalDateTime past = LocalDateTime.now(EventPeople.BERLIN).minusDays(1);
        as(organizer).body(EventPeople.event(Map.of("start", past.toString(), "end", past.plusHours(1).toString())))
                .post("/api/v1/events").then().statusCode(400).body("errors.field", hasItem("start"));
        as(organizer).body("{\"title\": [1,2]}").post("/api/v1/events").then().statusCode(400);
        as(organizer).get("/api/v1/events?type=rave&from=yesterday").then().statusCode(400)
                .body("errors.field", hasItems("type", "from"));
        assertThat(as(organizer).get("/api/v1/events?size=50").then().statusCode(200).extract().jsonPath()
                .getList("items.organizer.id")).doesNotContain(organizer.id().toString());
    }

    @Test
    void shouldSeatEveryoneWhenCapacityIsUnlimitedAndRepeatAnAnswerWithoutLosingTheSeat() {
        Person organizer = EventPeople.organizer();
        UUID id = create(organizer, Map.of());
        Person first = EventPeople.member("Una");
        Person second = EventPeople.member("Uwe");
        String ticket = rsvp(first, id, true).then().statusCode(200).body("myRsvp.status",
                equalTo("going")).body("seatsLeft", nullValue()).extract()
                .path("myRsvp.ticketCode");
        rsvp(second, id, true).then().statusCode(200).body("going", equalTo(2));
        rsvp(first, id, true).then().statusCode(200).body("myRsvp.ticketCode", equalTo(ticket))
                .body("going", equalTo(2));
        as(first).body("{}").put("/api/v1/events/" + id + "/rsvp").then().statusCode(400)
                .body("errors.field", hasItem("going"));
    }

    @Test
    void shouldRevealVenueAndLinkOnlyToThoseGoing() {
        Person organizer = EventPeople.organizer();
        UUID id = create(organizer, Map.of("capacity", 1));
        Person seated = EventPeople.member("Sia");
        Person waiting = EventPeople.member("Wes");
        as(waiting).get("/api/v1/events/" + id).then().statusCode(200).body("revealed",
                equalTo(false)).body("onlineLink", nullValue()).body("address", nullValue())
                .body(not(containsString("meet.example.org")));
        rsvp(seated, id, true).then().statusCode(200).body("revealed", equalTo(true))
                .body("onlineLink", equalTo("https://meet.example.org/papers"));
        rsvp(waiting, id, true).then().statusCode(200).body("myRsvp.status",
                equalTo("waitlisted")).body("myRsvp.place", equalTo(1))
                .body("myRsvp.ticketCode", nullValue()).body("onlineLink", nullValue());
        // The seat frees: the first waiting is promoted and now sees the link.
        rsvp(seated, id, false).then().statusCode(200).body("onlineLink", nullValue());
        as(waiting).get("/api/v1/events/" + id).then().statusCode(200).body("myRsvp.status",
                equalTo("going")).body("onlineLink",
                        equalTo("https://meet.example.org/papers"));
    }

    @Test
    void shouldCloseRsvpsAtTheDeadlineAndRefuseCancelledEvents() {
        Person organizer = EventPeople.organizer();
        Person member = EventPeople.member("Dana");
        LocalDateTime passed = LocalDateTime.now(EventPeople.BERLIN).minusHours(1).withNano(0);
        UUID closed = create(organizer, Map.of("rsvpDeadline", passed.toString()));
        rsvp(member, closed, true).then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("rsvp-closed"));

        UUID open = create(organizer, Map.of());
        rsvp(member, open, true).then().statusCode(200);
        as(organizer).body(Map.of("reason", "The speaker is ill")).post("/api/v1/events/" + open + "/cancel").then()
                .statusCode(200).body("status", equalTo("cancelled"));
        rsvp(member, open, true).then().statusCode(409).body("type", containsString("event-cancelled"));
        assertThat(as(member).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.kind")).contains("event-cancelled");
        // Someone else cannot cancel or change it: to them it is not an event they run.
        as(member).body("{}").post("/api/v1/events/" + closed + "/cancel").then().statusCode(404);
        as(member).body(EventPeople.event(Map.of())).put("/api/v1/events/" + closed).then().statusCode(404);
    }

    @Test
    void shouldKeepDraftsToTheirOrganizersUntilPublished() {
        Person organizer = EventPeople.organizer();
        Person member = EventPeople.member("Dirk");
        UUID draft = create(organizer, Map.of("publish", false));
        as(member).get("/api/v1/events/" + draft).then().statusCode(404);
        rsvp(member, draft, true).then().statusCode(404);
        as(organizer).post("/api/v1/events/" + draft + "/publish").then().statusCode(200)
                .body("status", equalTo("published"));
        as(member).get("/api/v1/events/" + draft).then().statusCode(200);
    }

    @Test
    void shouldShowProgramEventsToTheProgramOnlyAndLetItsAdminRunThem() {
        ProgramFixture.User admin = ProgramFixture.user("EvAdmin");
        UUID program = ProgramFixture.program(admin, ProgramFixture.organization(admin), Map.of());
        ProgramFixture.User insider = ProgramFixture.user("EvInsider");
        programs.inviteAndAccept(admin, program, insider, "mentee");
        ProgramFixture.User outsider = ProgramFixture.user("EvOutsider");

        String id = given().auth().oauth2(admin.token())
                .contentType(ContentType.JSON)
                .body(EventPeople.event(Map.of("programId", program.toString()))).post("/api/v1/events").then()
                .statusCode(201).body("programId", equalTo(program.toString())).extract()
                .path("id");
        given().auth().oauth2(insider.token()).get("/api/v1/events/" + id).then()
                .statusCode(200);
        given().auth().oauth2(outsider.token()).get("/api/v1/events/" + id).then()
                .statusCode(404).body("detail", equalTo("No such event."));
        assertThat(given().auth().oauth2(outsider.token())
                .get("/api/v1/events?size=50").then().statusCode(200).extract().asString()).doesNotContain(id);
        // An outsider naming the program gets the program's 404, not an event.
        given().auth().oauth2(outsider.token())
                .contentType(ContentType.JSON)
                .body(EventPeople.event(Map.of("programId", program.toString()))).post("/api/v1/events").then()
                .statusCode(404);
    }

    @Test
    void shouldCheckInEachTicketOnceAndRefuseUnknownAndOtherEventsCodes() {
        Person organizer = EventPeople.organizer();
        UUID here = create(organizer, Map.of());
        UUID elsewhere = create(organizer, Map.of("title", "Another evening"));
        Person guest = EventPeople.member("Gil");
        Person other = EventPeople.member("Ole");
        String ticket = rsvp(guest, here, true).then().statusCode(200).extract().path("myRsvp.ticketCode");
        String otherTicket = rsvp(other, elsewhere, true).then().statusCode(200).extract().path("myRsvp.ticketCode");
        rsvp(other, here, true).then().statusCode(200);

        String typed = " " + ticket.toLowerCase().replace("-", " ") + " ";
        as(organizer).body(Map.of("code", typed)).post("/api/v1/events/" + here + "/check-ins").then()
                .statusCode(200).body("memberId", equalTo(guest.id().toString()))
                .body("counts.going", equalTo(2))
                .body("counts.checkedIn", equalTo(1))
                .body("counts.notYet", equalTo(1));
        as(organizer).body(Map.of("code", ticket)).post("/api/v1/events/" + here + "/check-ins").then()
                .statusCode(409).body("type", containsString("ticket-used"));
        as(organizer).body(Map.of("code", otherTicket)).post("/api/v1/events/" + here + "/check-ins").then()
                .statusCode(422).body("type", containsString("ticket-other-event"));
        as(organizer).body(Map.of("code", "AAAA-BBBB-CCCC")).post("/api/v1/events/" + here + "/check-ins").then()
                .statusCode(422).body("type", containsString("ticket-unknown"));
        as(organizer).body(Map.of("code", "<script>alert(1)</script>")).post("/api/v1/events/" + here + "/check-ins")
                .then().statusCode(422);
        // The guest may not check anyone in, not even themselves.
        as(guest).body(Map.of("code", ticket)).post("/api/v1/events/" + here + "/check-ins").then().statusCode(404);
        as(guest).get("/api/v1/events/" + here + "/attendees").then().statusCode(404);
        as(guest).get("/api/v1/events/" + here).then().statusCode(200).body("myRsvp.checkedInAt", not(nullValue()));
        as(organizer).get("/api/v1/events/" + here + "/check-ins").then().statusCode(200)
                .body("checkedIn", equalTo(1));
    }

    @Test
    void shouldNotLowerCapacityBelowThoseGoingAndPromoteWhenItGrows() {
        Person organizer = EventPeople.organizer();
        UUID id = create(organizer, Map.of("capacity", 1));
        Person a = EventPeople.member("Ana");
        Person b = EventPeople.member("Ben");
        rsvp(a, id, true).then().statusCode(200);
        rsvp(b, id, true).then().statusCode(200).body("myRsvp.status", equalTo("waitlisted"));
        as(organizer).body(EventPeople.event(Map.of("capacity", 2, "title", "Bigger room"))).put("/api/v1/events/" + id)
                .then().statusCode(200).body("going", equalTo(2))
                .body("waiting", equalTo(0));
        as(organizer).body(EventPeople.event(Map.of("capacity", 1))).put("/api/v1/events/" + id).then()
                .statusCode(409).body("type", containsString("capacity-below-going"));
        assertThat(as(b).get("/api/v1/notifications").then().extract().jsonPath().getList("items.kind"))
                .contains("event-promoted", "event-changed");
    }
}
