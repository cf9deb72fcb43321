package dev.mentorhub.notification;

import static dev.mentorhub.testsupport.TestKeycloak.CLI_CLIENT;
import static dev.mentorhub.testsupport.TestKeycloak.accessToken;
import static dev.mentorhub.testsupport.TestKeycloak.createUser;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.profile.AccountDeletion;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /api/v1/notifications with real Keycloak tokens: paging, unread count, marking read, privacy, deletion. */
@QuarkusTest
class NotificationResourceTest {

    @Inject
    Notifications notifications;

    @Inject
    MemberRepository members;

    @Inject
    AccountDeletion accountDeletion;

    private record User(String token, Member member) {
    }

    private User user(String name) {
        String username = createUser(TestData.unique("nt-" + name.toLowerCase()), name, "Test");
        String token = accessToken(CLI_CLIENT, username, username);
        String id = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
        return new User(token, members.findById(UUID.fromString(id)));
    }

    /** {@code n} notifications for {@code to}, oldest first; returns their subject ids in that order. */
    private List<UUID> notify(User to, User about, int n) {
        List<UUID> subjects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID subject = UUID.randomUUID();
            subjects.add(subject);
            QuarkusTransaction.requiringNew().run(() -> notifications.notify(to.member(), "request-received",
                    about.member().id(), subject, "/requests?tab=received"));
        }
        return subjects;
    }

    @Test
    void shouldRefuseAnonymousCallers() {
        given().get("/api/v1/notifications").then().statusCode(401);
        given().get("/api/v1/notifications/unread-count").then().statusCode(401);
        given().contentType(ContentType.JSON).post("/api/v1/notifications/read").then().statusCode(401);
    }

    @Test
    void shouldPageNewestFirstAndCountDownAsTheyAreRead() {
        User me = user("Ann");
        User other = user("Ben");
        List<UUID> subjects = notify(me, other, 23);

        given().auth().oauth2(me.token()).get("/api/v1/notifications").then().statusCode(200)
                .body("items", hasSize(20)).body("total", equalTo(23)).body("totalPages", equalTo(2))
                .body("items[0].subjectId", equalTo(subjects.get(22).toString()))
                .body("items[0].actor.displayName", equalTo("Ben Test"));
        given().auth().oauth2(me.token()).get("/api/v1/notifications?page=1&size=20").then()
                .body("items", hasSize(3)).body("items[2].subjectId", equalTo(subjects.get(0).toString()));
        given().auth().oauth2(me.token()).get("/api/v1/notifications/unread-count").then().body("unread", equalTo(23));

        List<String> firstTwo = given().auth().oauth2(me.token()).get("/api/v1/notifications?size=2").then()
                .extract().path("items.id");
        given().auth().oauth2(me.token()).contentType(ContentType.JSON).body(Map.of("ids", firstTwo))
                .post("/api/v1/notifications/read").then().statusCode(200).body("unread", equalTo(21));
        given().auth().oauth2(me.token()).contentType(ContentType.JSON).body(Map.of("ids", firstTwo))
                .post("/api/v1/notifications/read").then().statusCode(200).body("unread", equalTo(21));
        given().auth().oauth2(me.token()).contentType(ContentType.JSON)
                .post("/api/v1/notifications/read").then().statusCode(200).body("unread", equalTo(0));
        given().auth().oauth2(other.token()).get("/api/v1/notifications").then().body("total", equalTo(0));
    }

    @Test
    void shouldAnswer404ForSomeoneElsesNotificationAndMarkNothing() {
        User owner = user("Cleo");
        User snoop = user("Dan");
        notify(owner, snoop, 1);
        notify(snoop, owner, 1);
        String theirs = given().auth().oauth2(owner.token()).get("/api/v1/notifications").then()
                .extract().path("items[0].id");
        String mine = given().auth().oauth2(snoop.token()).get("/api/v1/notifications").then()
                .extract().path("items[0].id");

        given().auth().oauth2(snoop.token()).contentType(ContentType.JSON).body(Map.of("ids", List.of(mine, theirs)))
                .post("/api/v1/notifications/read").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(owner.token()).get("/api/v1/notifications/unread-count").then().body("unread", equalTo(1));
        given().auth().oauth2(snoop.token()).get("/api/v1/notifications/unread-count").then()
                .body("unread", equalTo(1));
        given().auth().oauth2(snoop.token()).contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(UUID.randomUUID().toString())))
                .post("/api/v1/notifications/read").then().statusCode(404);
    }

    @Test
    void shouldEraseAMembersNotificationsWithTheirAccount() {
        User leaver = user("Eve");
        User other = user("Finn");
        notify(leaver, other, 2);
        notify(other, leaver, 1);

        accountDeletion.delete(leaver.member());

        assertThat(count(leaver.member().id())).isZero();
        assertThat(count(other.member().id())).as("others' notifications stay").isEqualTo(1);
    }

    private long count(UUID recipient) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.unreadCount(members.findById(recipient)));
    }
}
