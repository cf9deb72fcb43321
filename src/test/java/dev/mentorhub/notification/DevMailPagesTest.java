package dev.mentorhub.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.common.web.PageDto;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DevMailPagesTest {

    @Test
    void shouldNotExistOutsideDevMode() {
        given().accept(ContentType.HTML).when().get("/dev/mail").then().statusCode(404);
        given().accept(ContentType.HTML).when().get("/dev/mail/" + UUID.randomUUID()).then().statusCode(404);
        given().accept(ContentType.HTML).when().get("/dev/mail/" + UUID.randomUUID() + "/html").then().statusCode(404);
    }

    /** The page itself only runs in dev mode; its templates are checked here so a broken one fails the build. */
    @Test
    @ActivateRequestContext
    void shouldRenderTheListAndTheMessage() {
        OutboxRepository.Row row = new OutboxRepository.Row(UUID.randomUUID(), "SENT", "mei@example.org",
                "Welcome <b>", "welcome", "en", 1, Instant.parse("2025-01-01T10:00:00Z"),
                Instant.parse("2025-01-01T10:00:05Z"), null);

        String list = DevMailPages.Templates.list(PageDto.of(List.of(row), 0, DevMailPages.PAGE_SIZE, 51)).render();
        String show = DevMailPages.Templates.show(new OutboxRepository.Details(row, "welcome:1", "<p>hi</p>", "hi"))
                .render();

        assertThat(list).contains("mei@example.org", "Welcome &lt;b&gt;", "href=\"/dev/mail/" + row.id() + "\"",
                "href=\"/dev/mail?page=1\"");
        assertThat(show).contains("welcome:1", "href=\"/dev/mail/" + row.id() + "/html\"", "<pre class=\"dev-mail-text\">hi</pre>");
    }
}
