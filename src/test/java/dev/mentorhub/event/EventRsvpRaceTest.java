package dev.mentorhub.event;

import static dev.mentorhub.event.EventPeople.as;
import static dev.mentorhub.event.EventPeople.rsvp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.event.EventPeople.Person;
import dev.mentorhub.testsupport.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The promise "never overbooked", through HTTP with real Keycloak tokens: 500 members RSVP to 50 seats at the same
 * moment, then the 50 going cancel at the same moment.
 */
@QuarkusTest
class EventRsvpRaceTest {

    private record Row(UUID memberId, String status, Long place, Instant respondedAt) {
    }

    @Test
    void shouldSeatExactlyFiftyOfFiveHundredAndPromoteExactlyFiftyInArrivalOrder() throws Exception {
        Person organizer = EventPeople.organizer();
        List<Person> crowd = EventPeople.crowd(500);
        UUID event = EventPeople.create(organizer, Map.of("capacity", 50));

        List<Race.Outcome<Integer>> answers = Race.run(500, i -> () -> rsvp(crowd.get(i), event, true).statusCode());
        assertThat(answers).extracting(Race.Outcome::value).containsOnly(200);

        List<Row> before = attendees(organizer, event);
        List<Row> going = before.stream().filter(r -> r.status().equals("going")).toList();
        List<Row> waiting = before.stream().filter(r -> r.status().equals("waitlisted")).toList();
        assertThat(going).hasSize(50);
        assertThat(waiting).hasSize(450);
        // Arrival order: places 1..450 follow the order the answers were taken in, all after the 50 seated ones.
        assertThat(waiting).extracting(Row::place).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 450).boxed().toList());
        assertThat(waiting).extracting(Row::respondedAt).isSortedAccordingTo(Comparator.naturalOrder());
        Instant lastSeated = going.stream().map(Row::respondedAt).max(Comparator.naturalOrder()).orElseThrow();
        assertThat(waiting.get(0).respondedAt()).isAfterOrEqualTo(lastSeated);
        JsonPath counts = as(organizer).get("/api/v1/events/" + event).then().statusCode(200).extract().jsonPath();
        assertThat(counts.getInt("going")).isEqualTo(50);
        assertThat(counts.getInt("waiting")).isEqualTo(450);
        assertThat(counts.getInt("seatsLeft")).isZero();

        Set<UUID> seated = going.stream().map(Row::memberId).collect(Collectors.toSet());
        List<Person> leaving = crowd.stream().filter(p -> seated.contains(p.id())).toList();
        List<Race.Outcome<Integer>> cancels = Race.run(50, i -> () -> rsvp(leaving.get(i), event, false).statusCode());
        assertThat(cancels).extracting(Race.Outcome::value).containsOnly(200);

        List<Row> after = attendees(organizer, event);
        Set<UUID> nowGoing = after.stream().filter(r -> r.status().equals("going")).map(Row::memberId)
                .collect(Collectors.toSet());
        Set<UUID> firstFifty = waiting.subList(0, 50).stream().map(Row::memberId).collect(Collectors.toSet());
        assertThat(nowGoing).hasSize(50).isEqualTo(firstFifty);
        List<Row> stillWaiting = after.stream().filter(r -> r.status().equals("waitlisted")).toList();
        assertThat(stillWaiting).extracting(Row::memberId)
                .containsExactlyElementsOf(waiting.subList(50, 450).stream().map(Row::memberId).toList());
        assertThat(stillWaiting.get(0).place()).isEqualTo(1);
        // The promoted were told.
        Person promoted = crowd.stream().filter(p -> p.id().equals(waiting.get(0).memberId())).findFirst().orElseThrow();
        List<String> kinds = as(promoted).get("/api/v1/notifications").then().statusCode(200).extract()
                .path("items.kind");
        assertThat(kinds).contains("event-promoted");
    }

    private static List<Row> attendees(Person organizer, UUID event) {
        List<Map<String, Object>> rows = as(organizer).get("/api/v1/events/" + event + "/attendees").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return rows.stream().map(r -> new Row(UUID.fromString((String) r.get("memberId")), (String) r.get("status"),
                r.get("place") == null ? null : ((Number) r.get("place")).longValue(),
                Instant.parse((String) r.get("respondedAt")))).toList();
    }
}
