package dev.mentorhub.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.member.Member;
import dev.mentorhub.program.MembershipService;
import dev.mentorhub.program.OrganizationService;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.ProgramService;
import dev.mentorhub.program.ProgramWorld;
import dev.mentorhub.skill.SkillService;
import dev.mentorhub.testsupport.HtmlForms;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every page POST (every unsafe route outside /api, read from the application's own OpenAPI document, so a new form
 * cannot be forgotten) refuses a request whose CSRF token was not verified, whatever its content type: a
 * token-less text/plain body, a token-less form, a form with a wrong token, a bodiless POST. The caller is a signed-in
 * platform admin who is also a member of the program at hand, so each of the five routes the issue names would
 * otherwise run: they are aimed at real things, which are checked unchanged afterwards, and then changed by the same
 * POST with the page's token, to show the refusals were the token's doing.
 */
@QuarkusTest
class PagePostCsrfTest {

    private static final String PAT = "csrf-pages-pat";
    private static final String PAT_EMAIL = "csrf-pat@example.org";

    @Inject
    ProgramWorld world;

    @Inject
    MembershipService memberships;

    @Inject
    ProgramService programs;

    @Inject
    OrganizationService organizations;

    @Inject
    SkillService skills;

    @Inject
    TestData data;

    /** The things the five named routes act on, each set up so that pat may act. */
    private record Targets(Caller pat, ProgramDto joined, ProgramDto invitedTo, String invitation, UUID org,
            UUID orgAdmin, String skill) {

        /** Concrete paths for the named routes; every other route gets random ids. */
        Map<String, String> paths() {
            return Map.of("/programs/{id}/leave", "/programs/" + joined.id() + "/leave",
                    "/invitations/{token}/accept", "/invitations/" + invitation + "/accept",
                    "/admin/programs/{id}/join-code", "/admin/programs/" + joined.id() + "/join-code",
                    "/admin/organizations/{id}/admins/{memberId}/dismiss",
                    "/admin/organizations/" + org + "/admins/" + orgAdmin + "/dismiss",
                    "/admin/skills/{slug}/retire", "/admin/skills/" + skill + "/retire");
        }
    }

    /** What the named routes change, read fresh from the database. */
    private record State(boolean member, boolean invited, String joinCode, boolean orgAdmin, boolean retired) {
    }

    private Targets targets() {
        Member me = world.member(PAT, "Pat Platform", PAT_EMAIL);
        Caller pat = new Caller(me.id(), me.email(), true, Set.of());
        Member admin = world.someone("CsrfAdmin");
        ProgramDto joined = world.openProgram(admin);
        world.join(admin, joined.id(), me, "mentee");
        ProgramDto invitedTo = world.program(admin, world.organization(admin),
                ProgramWorld.request("restricted", "invite-only", null, null, null, List.of()));
        String invitation = world.invite(admin, invitedTo.id(), PAT_EMAIL, "mentee");
        Member orgAdmin = world.someone("CsrfOrgAdmin");
        UUID org = world.organization(orgAdmin);
        String skill = TestData.unique("csrf-skill");
        data.skill(skill, null);
        return new Targets(pat, joined, invitedTo, invitation, org, orgAdmin.id(), skill);
    }

    private State state(Targets t) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<UUID> mine = new TreeSet<>();
            memberships.myMemberships(t.pat()).forEach(m -> mine.add(m.programId()));
            return new State(mine.contains(t.joined().id()), !mine.contains(t.invitedTo().id()),
                    programs.get(t.pat(), t.joined().id()).joinCode(),
                    organizations.get(t.pat(), t.org()).admins().stream().anyMatch(a -> a.id().equals(t.orgAdmin())),
                    skills.node(t.skill(), true).retired());
        });
    }

    /** Every POST route outside /api that the application serves, as OpenAPI templates. */
    private static List<String> pagePostRoutes() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        List<String> routes = new ArrayList<>();
        paths.forEach((path, operations) -> {
            for (String method : operations.keySet()) {
                if (Set.of("post", "put", "delete", "patch").contains(method) && !path.startsWith("/api/")) {
                    routes.add(method.toUpperCase() + " " + path);
                }
            }
        });
        return routes;
    }

    private static String expand(String template, Map<String, String> known) {
        String path = known.get(template);
        if (path != null) {
            return path;
        }
        return template.replace("{step}", "1").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    @Test
    @TestSecurity(user = "pat", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = PAT), @Claim(key = "email", value = PAT_EMAIL),
            @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN)})
    void shouldRefuseEveryPagePostWithoutAVerifiedTokenWhateverItsContentType() {
        Targets t = targets();
        State before = state(t);
        assertThat(before).isEqualTo(new State(true, true, before.joinCode(), true, false));
        // The victim's browser holds a valid CSRF cookie; the forger cannot read it or the page's token.
        String cookie = given().accept("text/html").get("/admin/skills").then().statusCode(200)
                .extract().cookie("csrf-token");
        assertThat(cookie).isNotBlank();

        Map<String, Function<RequestSpecification, RequestSpecification>> forgeries = Map.of(
                "text/plain without a token", r -> r.contentType("text/plain").body("role=mentee"),
                "a form without a token", r -> r.contentType("application/x-www-form-urlencoded")
                        .formParam("role", "mentee"),
                "a form with a wrong token", r -> r.contentType("application/x-www-form-urlencoded")
                        .formParam("role", "mentee").formParam("csrf-token", "AAAA" + cookie.substring(4)),
                "JSON without a token", r -> r.contentType("application/json").body("{}"),
                "no body and no content type", r -> r);
        List<String> routes = pagePostRoutes();
        assertThat(routes).as("page POST routes in the OpenAPI document").hasSizeGreaterThan(30)
                .contains("POST /programs/{id}/leave", "POST /invitations/{token}/accept",
                        "POST /admin/programs/{id}/join-code",
                        "POST /admin/organizations/{id}/admins/{memberId}/dismiss",
                        "POST /admin/skills/{slug}/retire");
        List<String> failures = new ArrayList<>();
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = expand(route.substring(route.indexOf(' ') + 1), t.paths());
            forgeries.forEach((name, forgery) -> {
                Response response = forgery.apply(given().accept("text/html").redirects().follow(false)
                        .cookie("csrf-token", cookie)).request(method, path);
                int status = response.statusCode();
                if (status < 400 || status >= 500) {
                    failures.add(route + " with " + name + ": " + status);
                }
            });
        }
        assertThat(failures).isEmpty();
        assertThat(state(t)).as("nothing changed").isEqualTo(before);

        // The same requests with the page's token do what they say: the refusals above were the token's doing.
        Supplier<RequestSpecification> withToken = () -> HtmlForms.form("/admin/skills");
        for (String path : t.paths().values()) {
            int status = withToken.get().formParam("role", "mentee").post(path).statusCode();
            assertThat(status).as("POST " + path + " with a valid token").isEqualTo(303);
        }
        State after = state(t);
        assertThat(after.member()).isFalse();
        assertThat(after.invited()).isFalse();
        assertThat(after.joinCode()).isNotEqualTo(before.joinCode());
        assertThat(after.orgAdmin()).isFalse();
        assertThat(after.retired()).isTrue();
    }

    @Test
    @TestSecurity(user = "pat", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = PAT + "-2"), @Claim(key = "email", value = "x" + PAT_EMAIL),
            @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN)})
    void shouldRefuseACrossSiteFormPostEvenWithTheRightToken() {
        String skill = TestData.unique("csrf-cross");
        data.skill(skill, null);
        world.member(PAT + "-2", "Pat Two", "x" + PAT_EMAIL);
        HtmlForms.form("/admin/skills").header("Sec-Fetch-Site", "cross-site")
                .post("/admin/skills/" + skill + "/retire").then().statusCode(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> skills.node(skill, true).retired())).isFalse();
        HtmlForms.form("/admin/skills").header("Sec-Fetch-Site", "same-origin")
                .post("/admin/skills/" + skill + "/retire").then().statusCode(303);
    }
}
