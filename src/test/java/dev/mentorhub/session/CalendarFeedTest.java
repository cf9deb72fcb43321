package dev.mentorhub.session;

import static dev.mentorhub.session.SessionWorld.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.mentorhub.session.SessionWorld.Pair;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The secret subscription feed and the single-session download, over HTTP. */
@QuarkusTest
class CalendarFeedTest {

    @Inject
    SessionWorld world;

    private static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        if (!calendar.getComponents().isEmpty()) {
            assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        }
        return calendar;
    }

    private static List<String> uids(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().map(e -> e.getProperty("UID").map(Property::getValue).orElseThrow()).toList();
    }

    private static String feedPath(SessionWorld.User user) {
        String url = given().auth().oauth2(user.token()).get("/api/v1/calendar").then().statusCode(200)
                .extract().path("url");
        return URI.create(url).getPath();
    }

    @Test
    void shouldServeTheFeedWithoutSignInAnswer304WhenUnchangedAndForgetAReplacedToken() throws Exception {
        Pair pair = world.pair("Europe/Berlin", "Asia/Shanghai");
        LocalDateTime start = LocalDate.now(ZoneId.of("Europe/Berlin")).plusWeeks(2)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)).atTime(8, 0);
        String id = post(pair.mentor(), "/api/v1/mentorships/" + pair.mentorshipId() + "/sessions",
                Map.of("start", start.toString(), "end", start.plusHours(1).toString(), "timeZone", "Europe/Berlin"))
                .then().statusCode(201).extract().path("id");
        post(pair.mentee(), "/api/v1/sessions/" + id + "/accept", null).then().statusCode(200);

        String path = feedPath(pair.mentee());
        assertThat(feedPath(pair.mentee())).isEqualTo(path);
        Response first = given().get(path);
        first.then().statusCode(200).contentType(containsString("text/calendar"));
        Calendar feed = parse(first.asString());
        assertThat(feed.getProperty("METHOD").map(Property::getValue)).contains("PUBLISH");
        assertThat(uids(feed)).containsExactly(id + "@mentorhub");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Last-Modified")).isNotBlank();

        given().header("If-None-Match", etag).get(path).then().statusCode(304);
        given().header("If-Modified-Since", first.header("Last-Modified")).get(path).then().statusCode(304);

        post(pair.mentor(), "/api/v1/sessions/" + id + "/cancel", Map.of("reason", "Moved")).then().statusCode(200);
        Response changed = given().header("If-None-Match", etag).get(path);
        changed.then().statusCode(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(uids(parse(changed.asString()))).isEmpty();

        String replaced = URI.create(post(pair.mentee(), "/api/v1/calendar/replace", null).then().statusCode(200)
                .extract().<String>path("url")).getPath();
        assertThat(replaced).isNotEqualTo(path);
        given().get(path).then().statusCode(404);
        given().get(replaced).then().statusCode(200);
        given().get("/calendar/not-a-token.ics").then().statusCode(404);
    }

    @Test
    void shouldDownloadOneSessionOnlyForThePair() throws Exception {
        Pair pair = world.pair("America/New_York", "Europe/Berlin");
        Pair others = world.pair("UTC", "UTC");
        LocalDateTime start = LocalDate.now(ZoneId.of("America/New_York")).plusWeeks(3)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).atTime(12, 0);
        String id = post(pair.mentee(), "/api/v1/mentorships/" + pair.mentorshipId() + "/sessions",
                Map.of("start", start.toString(), "end", start.plusMinutes(30).toString(),
                        "timeZone", "America/New_York")).then().statusCode(201).extract().path("id");

        Response download = given().auth().oauth2(pair.mentor().token()).get("/api/v1/sessions/" + id + ".ics");
        download.then().statusCode(200).contentType(containsString("text/calendar"))
                .header("Content-Disposition", containsString("session.ics"));
        Calendar calendar = parse(download.asString());
        assertThat(uids(calendar)).containsExactly(id + "@mentorhub");
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getProperty("DTSTART").map(Property::getValue))
                .contains(start.atZone(ZoneId.of("America/New_York")).toInstant().toString()
                        .replace("-", "").replace(":", ""));
        given().auth().oauth2(others.mentor().token()).get("/api/v1/sessions/" + id + ".ics").then().statusCode(404);
        given().get("/api/v1/sessions/" + id + ".ics").then().statusCode(401);
    }

    @Test
    void shouldEraseTheSessionsAndTheCalendarAddressWithTheAccount() {
        Pair pair = world.pair("Europe/Berlin", "Europe/Berlin");
        LocalDateTime start = LocalDate.now(ZoneId.of("Europe/Berlin")).plusWeeks(2)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)).atTime(18, 0);
        post(pair.mentee(), "/api/v1/mentorships/" + pair.mentorshipId() + "/sessions",
                Map.of("start", start.toString(), "end", start.plusHours(1).toString(), "timeZone", "Europe/Berlin",
                        "agenda", "Private plans")).then().statusCode(201);
        String feed = feedPath(pair.mentee());
        given().get(feed).then().statusCode(200);

        given().auth().oauth2(pair.mentee().token()).delete("/api/v1/profiles/me").then().statusCode(204);

        assertThat(world.sessionsOf(pair.mentorshipId())).isZero();
        given().get(feed).then().statusCode(404);
        given().auth().oauth2(pair.mentor().token()).get("/api/v1/mentorships/" + pair.mentorshipId() + "/sessions")
                .then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
    }
}
