package dev.mentorhub.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.testsupport.HtmlForms;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Opening a notification from /notifications marks it read, so it is a CSRF-checked POST; a GET changes nothing. */
@QuarkusTest
class NotificationPagesTest {

    private static final String NORA = "notification-pages-nora";

    @Inject
    Notifications notifications;

    @Inject
    TestData data;

    @Inject
    MemberService members;

    private UUID unreadFor(Member me) {
        Member actor = data.member("Actor");
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(me, "request-received", actor.id(),
                UUID.randomUUID(), "/requests?tab=received"));
        return QuarkusTransaction.requiringNew().call(() -> notifications.list(me, new PageRequest(0, 1)))
                .items().get(0).id();
    }

    private boolean unread(Member me, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.list(me, new PageRequest(0, 50)))
                .items().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().readAt() == null;
    }

    @Test
    @TestSecurity(user = "nora", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = NORA))
    void shouldMarkReadOnlyThroughTheFormPostNeverOnAGet() {
        Member me = members.signedIn(new SignedInIdentity(NORA, NORA, "Nora",
                TestData.unique("nora") + "@example.org", Set.of("member")));
        UUID id = unreadFor(me);

        given().accept("text/html").get("/notifications").then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"/notifications/" + id + "\">"))
                .body(not(containsString("href=\"/notifications/" + id + "\"")));
        given().accept("text/html").redirects().follow(false).get("/notifications/" + id).then().statusCode(405);
        assertThat(unread(me, id)).as("a GET leaves it unread").isTrue();

        HtmlForms.form("/notifications").post("/notifications/" + id).then().statusCode(303)
                .header("Location", endsWith("/requests?tab=received"));
        assertThat(unread(me, id)).as("the form post marks it read").isFalse();
    }
}
