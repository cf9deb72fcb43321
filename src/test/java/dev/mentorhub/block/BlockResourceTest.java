package dev.mentorhub.block;

import static dev.mentorhub.testsupport.TestKeycloak.CLI_CLIENT;
import static dev.mentorhub.testsupport.TestKeycloak.accessToken;
import static dev.mentorhub.testsupport.TestKeycloak.createUser;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.mentorship.MatchRequestService;
import dev.mentorhub.mentorship.SendRequest;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/v1/blocks with real Keycloak tokens, and what a block does to requests between the two members. */
@QuarkusTest
class BlockResourceTest {

    @Inject
    TestData data;

    @Inject
    BlockPopulation population;

    @Inject
    MemberRepository members;

    @Inject
    MatchRequestService requests;

    Skill skill;

    @BeforeEach
    void skill() {
        skill = data.skill(TestData.unique("bl-skill"), null);
    }

    private record User(String token, Member member) {
    }

    /** A new Keycloak user, signed in once through the API, with a profile as mentor and mentee. */
    private User user(String name) {
        String username = createUser(TestData.unique("bl-" + name.toLowerCase()), name, "Test");
        String token = accessToken(CLI_CLIENT, username, username);
        String id = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
        Member member = members.findById(UUID.fromString(id));
        population.save(member, skill, name, List.of("mentor", "mentee"), "everyone");
        return new User(token, member);
    }

    private static Response block(User who, Object memberId) {
        return given().auth().oauth2(who.token()).contentType(ContentType.JSON)
                .body(memberId == null ? Map.of() : Map.of("memberId", memberId.toString())).post("/api/v1/blocks");
    }

    private static Response request(User from, User to) {
        return given().auth().oauth2(from.token()).contentType(ContentType.JSON)
                .body(Map.of("recipientId", to.member().id().toString(), "message", "Hi", "kind", "peer"))
                .post("/api/v1/requests");
    }

    @Test
    void shouldBlockListAndUnblockOverTheApi() {
        User ann = user("Ann");
        User ben = user("Ben");

        block(ann, ben.member().id()).then().statusCode(201)
                .header("Location", endsWith("/api/v1/blocks/" + ben.member().id()))
                .body("memberId", equalTo(ben.member().id().toString())).body("displayName", equalTo("Ben"));
        block(ann, ben.member().id()).then().statusCode(200);
        given().auth().oauth2(ann.token()).get("/api/v1/blocks").then().statusCode(200)
                .body("", hasSize(1)).body("[0].memberId", equalTo(ben.member().id().toString()));
        given().auth().oauth2(ben.token()).get("/api/v1/blocks").then().statusCode(200).body("", hasSize(0));

        given().auth().oauth2(ann.token()).delete("/api/v1/blocks/" + ben.member().id()).then().statusCode(204);
        given().auth().oauth2(ann.token()).delete("/api/v1/blocks/" + ben.member().id()).then().statusCode(204);
        given().auth().oauth2(ann.token()).get("/api/v1/blocks").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void shouldRefuseSelfMissingUnknownAndHiddenMembers() {
        User cat = user("Cat");
        Member hidden = population.save(data.member("Hidden"), skill, "Hidden", List.of("mentor"), "hidden");

        block(cat, cat.member().id()).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("memberId"));
        block(cat, null).then().statusCode(400).body("errors[0].field", equalTo("memberId"));
        block(cat, UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        block(cat, hidden.id()).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/blocks").then().statusCode(401);
    }

    @Test
    void shouldCloseTheirPendingRequestsAndRefuseNewOnesWithoutRevealingTheBlock() {
        User dee = user("Dee");
        User eli = user("Eli");
        String fromDee = request(dee, eli).then().statusCode(201).extract().path("id");
        String fromEli = request(eli, dee).then().statusCode(201).extract().path("id");

        block(dee, eli.member().id()).then().statusCode(201);

        assertThat(population.requestStatus(UUID.fromString(fromDee))).isEqualTo("WITHDRAWN");
        assertThat(population.requestStatus(UUID.fromString(fromEli))).isEqualTo("DECLINED");
        // The blocked member sees exactly what a hidden profile gives: 404.
        request(eli, dee).then().statusCode(404).contentType("application/problem+json");
        // The blocker is told why, it is their own block.
        request(dee, eli).then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("blocked"));

        given().auth().oauth2(dee.token()).delete("/api/v1/blocks/" + eli.member().id()).then().statusCode(204);
        // The block declined Eli's request like any decline: the pair's cool-down holds, nothing hints at a block.
        request(eli, dee).then().statusCode(429);
        request(eli, user("Fin")).then().statusCode(201);
    }

    @Test
    void shouldBlockAnyoneWhoContactedMeWhateverTheirProfileVisibility() {
        User gil = user("Gil");
        Member hiddenSender = population.save(data.member("Hid"), skill, "Hid", List.of("mentee"), "hidden");
        Member programsSender = population.save(data.member("Pro"), skill, "Pro", List.of("mentee"), "programs");
        requests.send(hiddenSender, new SendRequest(gil.member().id(), null, "Hi", List.of()));
        requests.send(programsSender, new SendRequest(gil.member().id(), null, "Hi", List.of()));
        // A former mentor who has since hidden their profile.
        Member formerMentor = population.save(data.member("Old"), skill, "Old", List.of("mentor"), "everyone");
        UUID asked = requests.send(gil.member(), new SendRequest(formerMentor.id(), null, "Hi", List.of())).id();
        UUID mentorship = requests.accept(formerMentor, asked).id();
        requests.end(gil.member(), mentorship, null, null);
        population.save(formerMentor, skill, "Old", List.of("mentor"), "hidden");
        Member stranger = population.save(data.member("Far"), skill, "Far", List.of("mentee"), "programs");

        block(gil, hiddenSender.id()).then().statusCode(201).body("displayName", equalTo("Hid"));
        block(gil, programsSender.id()).then().statusCode(201);
        block(gil, formerMentor.id()).then().statusCode(201);
        block(gil, stranger.id()).then().statusCode(404);
        given().auth().oauth2(gil.token()).get("/api/v1/blocks").then().statusCode(200).body("", hasSize(3));
    }
}
