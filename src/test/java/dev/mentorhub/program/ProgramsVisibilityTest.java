package dev.mentorhub.program;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.mentorhub.member.Member;
import dev.mentorhub.profile.ProfileRequest;
import dev.mentorhub.profile.ProfileService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Profiles with visibility "programs": visible to members who share an active program with the owner, on the page
 * and in the API; to nobody else; and no longer after either of them leaves.
 */
@QuarkusTest
class ProgramsVisibilityTest {

    private static final String VIEWER = "programs-visibility-viewer";

    @Inject
    ProgramWorld world;

    @Inject
    ProfileService profiles;

    @Inject
    MembershipService memberships;

    private Member owner(String visibility) {
        Member owner = world.someone("Owner");
        profiles.replace(owner, new ProfileRequest("Olga Owner", "Engineer", null, "senior", List.of("mentee"),
                List.of(), List.of(), List.of("career-growth"), null, List.of("en"), "UTC", List.of(), List.of(),
                null, null, Map.of(), 1, visibility), false);
        return owner;
    }

    @Test
    @TestSecurity(user = "viewer", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = VIEWER))
    void shouldShowProgramsProfilesToFellowMembersOnlyWhileBothBelong() {
        Member viewer = world.member(VIEWER, "Viewer", "viewer-visibility@example.org");
        Member admin = world.someone("Admin");
        UUID program = world.openProgram(admin).id();
        Member owner = owner("programs");
        String api = "/api/v1/profiles/" + owner.id();
        String page = "/profiles/" + owner.id();

        // Not in a program together yet: hidden.
        world.join(admin, program, owner, "mentee");
        given().when().get(api).then().statusCode(404);
        given().accept("text/html").when().get(page).then().statusCode(404);

        world.join(admin, program, viewer, "mentor");
        given().when().get(api).then().statusCode(200).body("displayName", equalTo("Olga Owner"));
        given().accept("text/html").when().get(page).then().statusCode(200).body(containsString("Olga Owner"));

        memberships.leave(ProgramWorld.caller(viewer), program);
        given().when().get(api).then().statusCode(404);
        given().accept("text/html").when().get(page).then().statusCode(404);

        world.join(admin, program, viewer, "mentor");
        given().when().get(api).then().statusCode(200);
        memberships.leave(ProgramWorld.caller(owner), program);
        given().when().get(api).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "viewer", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = VIEWER))
    void shouldKeepHiddenProfilesHiddenEvenInTheSameProgram() {
        Member viewer = world.member(VIEWER, "Viewer", "viewer-visibility@example.org");
        Member admin = world.someone("Admin");
        UUID program = world.openProgram(admin).id();
        Member hidden = owner("hidden");
        world.join(admin, program, hidden, "mentee");
        world.join(admin, program, viewer, "mentor");
        given().when().get("/api/v1/profiles/" + hidden.id()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "viewer", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = VIEWER))
    void shouldNotCountSharingOnlyWithSomeoneElse() {
        Member viewer = world.member(VIEWER, "Viewer", "viewer-visibility@example.org");
        Member admin = world.someone("Admin");
        UUID mine = world.openProgram(admin).id();
        UUID theirs = world.openProgram(admin).id();
        Member owner = owner("programs");
        world.join(admin, theirs, owner, "mentee");
        world.join(admin, mine, viewer, "mentor");
        given().when().get("/api/v1/profiles/" + owner.id()).then().statusCode(404);
    }
}
