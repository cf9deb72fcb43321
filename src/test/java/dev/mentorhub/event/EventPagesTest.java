package dev.mentorhub.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.profile.ProfileRequest;
import dev.mentorhub.profile.ProfileService;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.HtmlForms;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The event pages as an organizer and a member use them: the form, the page, RSVP, ticket, door and attendees. */
@QuarkusTest
class EventPagesTest {

    private static final String OLGA = "event-pages-olga";
    private static final String MIA = "event-pages-mia";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    EventService events;

    @Inject
    MemberService members;

    @Inject
    ProfileService profiles;

    @Inject
    TestData data;

    private Member signedIn(String subject, String name) {
        return members.signedIn(new SignedInIdentity(subject, subject, name, subject + "@example.org",
                Set.of("member")));
    }

    private UUID eventBy(Member organizer, String title, Integer capacity, List<String> skills) {
        LocalDateTime start = LocalDateTime.now(BERLIN).plusDays(2).withHour(19).withMinute(0).withSecond(0)
                .withNano(0);
        EventRequest request = new EventRequest(title, "Bring *questions*.", "meetup", "in-person", "Room 4",
                "Hauptstr. 1, Berlin", null, "Berlin", start, start.plusHours(2), "Europe/Berlin", capacity, null,
                false, skills, List.of(), null, true);
        return events.create(new Caller(organizer.id(), organizer.email(), false, Set.of(), true), request).id();
    }

    @Test
    @TestSecurity(user = "olga", roles = {"member", "organizer"})
    @OidcSecurity(claims = @Claim(key = "sub", value = OLGA))
    void shouldCreateAnEventFromTheFormAndShowItSafely() {
        signedIn(OLGA, "Olga");
        given().accept("text/html").get("/events").then().statusCode(200).body(containsString("id=\"new-event\""));
        LocalDateTime start = LocalDateTime.now(BERLIN).plusDays(10).withHour(18).withMinute(30).withSecond(0)
                .withNano(0);

        // Wrong fields: the form again with what was typed, each field's problem next to it.
        HtmlForms.form("/events/new").formParam("title", "").formParam("type", "webinar").formParam("format", "online")
                .formParam("onlineLink", "javascript:alert(1)").formParam("start", start.toString())
                .formParam("end", start.plusHours(1).toString()).formParam("timeZone", "Europe/Berlin")
                .formParam("capacity", "99999999999").formParam("description", "Kept as typed")
                .post("/events/new").then().statusCode(400)
                .body(containsString("Give the event a title"))
                .body(containsString("An online event needs a link"))
                .body(containsString("Seats must be a whole number"))
                .body(containsString(">Kept as typed</textarea>"));

        String location = HtmlForms.form("/events/new").formParam("title", "Night <script>alert(1)</script>")
                .formParam("type", "webinar").formParam("format", "online")
                .formParam("onlineLink", "https://meet.example.org/night").formParam("start", start.toString())
                .formParam("end", start.plusHours(1).toString()).formParam("timeZone", "Europe/Berlin")
                .formParam("capacity", "30").formParam("publish", "on")
                .formParam("description", "**Welcome** <img src=x onerror=alert(1)> [click](javascript:alert(2)) "
                        + "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")
                .post("/events/new").then().statusCode(303).extract().header("Location");
        assertThat(location).contains("?done=published");
        String page = given().accept("text/html").get(location).then().statusCode(200)
                .body(containsString("The event is published"))
                .body(containsString("Night &lt;script&gt;"))
                .body(containsString("<strong>Welcome</strong>"))
                .body(containsString("https://meet.example.org/night"))
                .body(containsString("id=\"manage\"")).extract().asString();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("javascript:")
                .doesNotContain("data:text/html");

        UUID id = UUID.fromString(location.replaceAll(".*/events/([0-9a-f-]{36}).*", "$1"));
        given().accept("text/html").get("/events?type=webinar").then().statusCode(200)
                .body(containsString("event-" + id));
        given().accept("text/html").get("/events?type=study-group").then().statusCode(200)
                .body(not(containsString("event-" + id)));
        given().accept("text/html").get("/events/" + id + "/edit").then().statusCode(200)
                .body(containsString("value=\"" + start.toString().substring(0, 16) + "\""));

        // The door: an unknown code is refused with its reason, the counts show.
        given().accept("text/html").get("/events/" + id + "/check-in").then().statusCode(200)
                .body(containsString("id=\"check-in-form\"")).body(containsString("id=\"counts\""));
        HtmlForms.form("/events/" + id + "/check-in").formParam("code", "AAAA-BBBB-CCCC")
                .post("/events/" + id + "/check-in").then().statusCode(422)
                .body(containsString("No ticket has this code"));
        given().accept("text/html").get("/events/" + id + "/attendees").then().statusCode(200)
                .body(containsString("Nobody is going yet."));
    }

    @Test
    @TestSecurity(user = "olga", roles = {"member", "organizer"})
    @OidcSecurity(claims = @Claim(key = "sub", value = OLGA))
    void shouldAddCoOrganizersByVerifiedEmailKeepThemOnSaveAndDropThemWhenUnticked() {
        Member olga = signedIn(OLGA, "Olga");
        Member cora = data.member("Cora");
        UUID id = eventBy(olga, "Co-run night", 10, List.of());
        LocalDateTime start = LocalDateTime.now(BERLIN).plusDays(3).withHour(19).withMinute(0).withSecond(0)
                .withNano(0);
        java.util.function.Function<String, io.restassured.specification.RequestSpecification> edit = title ->
                HtmlForms.form("/events/" + id + "/edit").formParam("title", title).formParam("type", "meetup")
                        .formParam("format", "in-person").formParam("venue", "Room 4")
                        .formParam("start", start.toString()).formParam("end", start.plusHours(2).toString())
                        .formParam("timeZone", "Europe/Berlin").formParam("capacity", "10");

        // An address no member verified is the field's error, and nothing is saved.
        edit.apply("Never saved").formParam("addCoOrganizers", "nobody-" + UUID.randomUUID() + "@example.org")
                .post("/events/" + id + "/edit").then().statusCode(400)
                .body(containsString("Enter the addresses members verified"));
        assertThat(events.get(caller(olga), id).title()).isEqualTo("Co-run night");

        edit.apply("Co-run night").formParam("addCoOrganizers", " " + cora.email().toUpperCase() + ", ")
                .post("/events/" + id + "/edit").then().statusCode(303);
        assertThat(events.get(caller(olga), id).coOrganizers()).extracting(EventDto.Person::id)
                .containsExactly(cora.id());
        given().accept("text/html").get("/events/" + id + "/edit").then().statusCode(200)
                .body(containsString("name=\"coOrganizers\" value=\"" + cora.id() + "\" checked"));

        // Saving with the box still ticked keeps her; unticking it removes her.
        edit.apply("Co-run night, moved").formParam("coOrganizers", cora.id().toString())
                .post("/events/" + id + "/edit").then().statusCode(303);
        assertThat(events.get(caller(olga), id).coOrganizers()).hasSize(1);
        edit.apply("Co-run night, alone").post("/events/" + id + "/edit").then().statusCode(303);
        assertThat(events.get(caller(olga), id).coOrganizers()).isEmpty();
    }

    private static Caller caller(Member m) {
        return new Caller(m.id(), m.email(), false, Set.of(), true);
    }

    @Test
    @TestSecurity(user = "mia", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MIA))
    void shouldLetAMemberRsvpSeeTheVenueAndShowTheirTicket() {
        Member mia = signedIn(MIA, "Mia");
        Skill skill = data.skill(TestData.unique("ep-skill"), null);
        profiles.replace(mia, new ProfileRequest("Mia", "Learning", null, "early-career", List.of("mentee"),
                List.of(), List.of(new ProfileRequest.LearnSkill(skill.slug(), 4)), List.of("career-growth"), null,
                List.of("en"), "Europe/Berlin", List.of(), List.of("video"), null, null, Map.of(), 0, "everyone"),
                true);
        Member organizer = data.member("EpOrganizer");
        UUID id = eventBy(organizer, "Tensor evening", 1, List.of(skill.slug()));

        given().accept("text/html").get("/events").then().statusCode(200)
                .body(containsString("id=\"recommended\""))
                .body(containsString("Covers 1 of the skills you want to learn: Skill " + skill.slug()));
        given().accept("text/html").get("/events/" + id).then().statusCode(200)
                .body(containsString("Tensor evening"))
                .body(containsString("The venue and the link are shown to those going."))
                .body(not(containsString("Hauptstr. 1")))
                .body(not(containsString("id=\"manage\"")));

        String back = HtmlForms.form("/events/" + id).formParam("going", "true").post("/events/" + id + "/rsvp")
                .then().statusCode(303).extract().header("Location");
        assertThat(back).endsWith("/events/" + id + "?done=going");
        given().accept("text/html").get(back).then().statusCode(200)
                .body(containsString("You are going."))
                .body(containsString("Hauptstr. 1, Berlin"))
                .body(containsString("href=\"/events/" + id + "/ticket\""));

        String ticket = given().accept("text/html").get("/events/" + id + "/ticket").then().statusCode(200)
                .body(containsString("<svg")).extract().asString();
        Matcher code = Pattern.compile("id=\"ticket-code\">([A-Z0-9-]+)<").matcher(ticket);
        assertThat(code.find()).isTrue();
        String ics = given().get("/events/" + id + ".ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        assertThat(ics).contains("SUMMARY:Tensor evening").contains("Hauptstr. 1").contains("UID:" + id);
        // Someone else's door is not mine to run.
        given().accept("text/html").get("/events/" + id + "/check-in").then().statusCode(404);
        given().get("/events/" + id + "/attendees.csv").then().statusCode(404);

        given().accept("text/html").get("/events/mine").then().statusCode(200)
                .body(containsString("id=\"my-upcoming\"")).body(containsString("event-" + id));
        HtmlForms.form("/events/" + id).formParam("going", "false").post("/events/" + id + "/rsvp").then()
                .statusCode(303);
        given().accept("text/html").get("/events/" + id + "/ticket").then().statusCode(404);
        given().accept("text/html").get("/events/" + id).then().statusCode(200)
                .body(not(containsString("Hauptstr. 1")));
    }

    @Test
    @TestSecurity(user = "olga", roles = {"member", "organizer"})
    @OidcSecurity(claims = @Claim(key = "sub", value = OLGA))
    void shouldStartASeriesFromTheFormChangeItFromOneDateOnAndCancelIt() {
        signedIn(OLGA, "Olga");
        LocalDateTime start = LocalDateTime.now(BERLIN).plusDays(4).withHour(19).withMinute(0).withSecond(0)
                .withNano(0);
        String location = HtmlForms.form("/events/new").formParam("title", "Weekly study group")
                .formParam("type", "study-group").formParam("format", "in-person").formParam("venue", "Library")
                .formParam("start", start.toString()).formParam("end", start.plusHours(2).toString())
                .formParam("timeZone", "Europe/Berlin").formParam("repeat", "weekly").formParam("publish", "on")
                .post("/events/new").then().statusCode(303).extract().header("Location");
        String first = location.replaceAll(".*/events/([0-9a-f-]{36}).*", "$1");
        String page = given().accept("text/html").get(location).then().statusCode(200)
                .body(containsString("Every week")).body(containsString("id=\"series-feed\""))
                .body(containsString("id=\"cancel-series-form\"")).extract().asString();
        Matcher other = Pattern.compile("<ul class=\"occurrences\"><li><a href=\"/events/([0-9a-f-]{36})\"")
                .matcher(page);
        assertThat(other.find()).as("the next dates are listed").isTrue();
        String second = other.group(1);
        given().accept("text/html").get("/events/" + second + "/edit").then().statusCode(200)
                .body(containsString("name=\"scope\" value=\"following\""));

        LocalDateTime secondStart = start.plusWeeks(1).withHour(17);
        HtmlForms.form("/events/" + second + "/edit").formParam("title", "Study group, earlier")
                .formParam("type", "study-group").formParam("format", "in-person").formParam("venue", "Library")
                .formParam("start", secondStart.toString()).formParam("end", secondStart.plusHours(2).toString())
                .formParam("timeZone", "Europe/Berlin").formParam("scope", "following")
                .post("/events/" + second + "/edit").then().statusCode(303);
        given().accept("text/html").get("/events/" + first).then().statusCode(200)
                .body(containsString("Weekly study group")).body(not(containsString("Study group, earlier")));
        String changed = given().accept("text/html").get("/events/" + second).then().statusCode(200)
                .body(containsString("Study group, earlier")).body(containsString("17:00")).extract().asString();
        Matcher series = Pattern.compile("action=\"/series/([0-9a-f-]{36})/cancel\"").matcher(changed);
        assertThat(series.find()).isTrue();

        HtmlForms.form("/events/" + second).formParam("reason", "Summer break")
                .post("/series/" + series.group(1) + "/cancel").then().statusCode(303);
        given().accept("text/html").get("/events/" + second).then().statusCode(200)
                .body(containsString("This event is cancelled.")).body(containsString("Summer break"));
        given().accept("text/html").get("/events/" + first).then().statusCode(200)
                .body(not(containsString("This event is cancelled.")));
    }
}
