package dev.mentorhub.program;

import static dev.mentorhub.program.ProgramFixture.organization;
import static dev.mentorhub.program.ProgramFixture.platformAdmin;
import static dev.mentorhub.program.ProgramFixture.program;
import static dev.mentorhub.program.ProgramFixture.user;
import static dev.mentorhub.program.TenantIsolationMatrixTest.Outcome.FORBIDDEN;
import static dev.mentorhub.program.TenantIsolationMatrixTest.Outcome.NOT_FOUND;
import static dev.mentorhub.program.TenantIsolationMatrixTest.Outcome.PASS;
import static dev.mentorhub.program.TenantIsolationMatrixTest.Persona.ADMIN_A;
import static dev.mentorhub.program.TenantIsolationMatrixTest.Persona.ADMIN_B;
import static dev.mentorhub.program.TenantIsolationMatrixTest.Persona.ANONYMOUS;
import static dev.mentorhub.program.TenantIsolationMatrixTest.Persona.MEMBER_A;
import static dev.mentorhub.program.TenantIsolationMatrixTest.Persona.MEMBER_B;
import static dev.mentorhub.program.TenantIsolationMatrixTest.Persona.PLATFORM_ADMIN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.program.ProgramFixture.User;
import dev.mentorhub.testsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.http.Cookie;
import org.junit.jupiter.api.Test;

/**
 * The tenant isolation matrix: every /api/v1 endpoint and every page, called by six personas against program A's
 * ids. Allowed callers get past the gate (any answer but 401, 403 or the "No such program/organization/cohort" 404);
 * everyone else gets exactly the denial the route promises; and no answer to someone outside A names A's ids.
 * Page forms (POSTs outside /api) are posted with a valid CSRF token. A completeness check compares the route tables
 * with the OpenAPI document, so a new endpoint or form fails this test until it is added here.
 */
@QuarkusTest
class TenantIsolationMatrixTest {

    enum Persona { ANONYMOUS, MEMBER_A, MEMBER_B, ADMIN_A, ADMIN_B, PLATFORM_ADMIN }

    /** NOT_FOUND is the gate's denial; ANY_NOT_FOUND any 404 (a rule past the gate, e.g. not a member). */
    enum Outcome { PASS, NOT_FOUND, ANY_NOT_FOUND, FORBIDDEN }

    /** Who may see program A's things: its member, its admin and the platform admin. */
    private static final Set<Persona> INSIDE_A = EnumSet.of(MEMBER_A, ADMIN_A, PLATFORM_ADMIN);
    private static final Pattern DENIAL_PATTERN = Pattern.compile(
            "No such (program|organization|cohort|invitation|event)\\.");

    @Inject
    ProgramFixture fixture;

    @TestHTTPResource("/")
    URL root;

    private static World world;

    /** Two organizations, each with an admin, a restricted program, an enrolling cohort and a member. */
    private record World(Map<Persona, User> users, UUID orgA, UUID programA, UUID cohortA, String invitationA,
            UUID eventA, UUID seriesA) {

        String expand(String template) {
            return template.replace("{org}", orgA.toString()).replace("{program}", programA.toString())
                    .replace("{cohort}", cohortA.toString()).replace("{event}", eventA.toString())
                    .replace("{series}", seriesA.toString())
                    .replace("{memberA}", users.get(MEMBER_A).id().toString())
                    .replace("{token}", invitationA).replace("{chart}", "enrolment-funnel").replace("{random}", UUID.randomUUID().toString());
        }

        List<String> secrets() {
            return List.of(orgA.toString(), programA.toString(), cohortA.toString(), eventA.toString(),
                    seriesA.toString());
        }
    }

    /** One route: how to call it and what each persona must get (personas not named get {@code otherwise}). */
    private record Route(String method, String template, String body, String contentType,
            Map<Persona, Outcome> expected) {

        Outcome expectedFor(Persona persona) {
            return expected.get(persona);
        }

        String key() {
            return method + " " + template.replaceAll("\\?.*", "").replaceAll("\\{[^}]+}", "{}");
        }
    }

    private static final class RouteBuilder {
        private final String method;
        private final String template;
        private String body;
        private String contentType = "application/json";
        private final Map<Persona, Outcome> expected = new EnumMap<>(Persona.class);

        RouteBuilder(String method, String template) {
            this.method = method;
            this.template = template;
        }

        RouteBuilder body(String json) {
            this.body = json;
            return this;
        }

        RouteBuilder body(String text, String type) {
            this.body = text;
            this.contentType = type;
            return this;
        }

        RouteBuilder pass(Set<Persona> personas) {
            personas.forEach(p -> expected.put(p, PASS));
            return this;
        }

        RouteBuilder pass(Persona first, Persona... more) {
            return pass(EnumSet.of(first, more));
        }

        RouteBuilder notFound(Persona first, Persona... more) {
            EnumSet.of(first, more).forEach(p -> expected.put(p, Outcome.ANY_NOT_FOUND));
            return this;
        }

        RouteBuilder forbidden(Persona first, Persona... more) {
            EnumSet.of(first, more).forEach(p -> expected.put(p, FORBIDDEN));
            return this;
        }

        /** Everyone not named so far is refused with {@code outcome}. */
        Route otherwise(Outcome outcome) {
            for (Persona p : Persona.values()) {
                if (p != ANONYMOUS) {
                    expected.putIfAbsent(p, outcome);
                }
            }
            return new Route(method, template, body, contentType, Map.copyOf(expected));
        }
    }

    private static RouteBuilder get(String template) {
        return new RouteBuilder("GET", template);
    }

    private static RouteBuilder post(String template) {
        return new RouteBuilder("POST", template);
    }

    private static RouteBuilder put(String template) {
        return new RouteBuilder("PUT", template);
    }

    private static RouteBuilder delete(String template) {
        return new RouteBuilder("DELETE", template);
    }

    private static final Set<Persona> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Persona> ADMINS_OF_A = EnumSet.of(ADMIN_A, PLATFORM_ADMIN);
    private static final String INVALID_PROGRAM = "{\"name\":\"\"}";

    /**
     * Every API route. Mutating calls carry bodies that fail validation after the gate (so allowed callers get 400,
     * nothing changes) or target things that do not exist; the two that really change something (join code, and member A
     * leaving, after which an admin invites them again) leave the world as it was for the next routes.
     */
    static List<Route> apiRoutes() {
        return List.of(
                // Members and profiles: everyone signed in; their own data only.
                get("/api/v1/me").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/profiles/me").pass(SIGNED_IN).otherwise(PASS),
                put("/api/v1/profiles/me").body("{}").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/profiles/me/export").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/profiles").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/profiles/{random}").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/profiles/{random}/summary").pass(SIGNED_IN).otherwise(PASS),
                // Blocks: the caller's own list.
                get("/api/v1/blocks").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/blocks").body("{}").pass(SIGNED_IN).otherwise(PASS),
                delete("/api/v1/blocks/{random}").pass(SIGNED_IN).otherwise(PASS),
                // Skills: read by all, changed by platform admins.
                get("/api/v1/skills").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/skills/{random}").pass(SIGNED_IN).otherwise(PASS),
                put("/api/v1/skills/{random}/parent").body("{}").pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                post("/api/v1/skills").body("{}").pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                put("/api/v1/skills/{random}").body("{}").pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                post("/api/v1/skills/{random}/retire").pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                post("/api/v1/skills/{random}/restore").pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                // Matching, requests, mentorships: the caller's own.
                get("/api/v1/matches/suggestions").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/matches/suggestions?program={program}").pass(INSIDE_A).otherwise(NOT_FOUND),
                post("/api/v1/requests").body("{}").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/requests").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/requests/{random}").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/requests/{random}/accept").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/requests/{random}/decline").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/requests/{random}/withdraw").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/mentorships").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/mentorships/{random}/end").body("{}").pass(SIGNED_IN).otherwise(PASS),
                // The workspace: the pair's own (a third member's or an admin's view is a plain 404).
                get("/api/v1/mentorships/workspaces").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/mentorships/{random}").pass(SIGNED_IN).otherwise(PASS),
                put("/api/v1/mentorships/{random}").body("{}").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/mentorships/{random}/milestones").body("{}").pass(SIGNED_IN).otherwise(PASS),
                put("/api/v1/mentorships/{random}/milestones/{random}/done").pass(SIGNED_IN).otherwise(PASS),
                delete("/api/v1/mentorships/{random}/milestones/{random}/done").pass(SIGNED_IN).otherwise(PASS),
                delete("/api/v1/mentorships/{random}/milestones/{random}").pass(SIGNED_IN).otherwise(PASS),
                // Sessions: the pair's own (anyone else's mentorship or session is a plain 404).
                post("/api/v1/mentorships/{random}/sessions").body("{}").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/mentorships/{random}/sessions").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/sessions").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/sessions/{random}").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/sessions/{random}.ics").pass(SIGNED_IN).otherwise(PASS),
                put("/api/v1/sessions/{random}").body("{}").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/sessions/{random}/accept").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/sessions/{random}/decline").body("{}").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/sessions/{random}/cancel").body("{}").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/sessions/{random}/held").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/sessions/{random}/missed").pass(SIGNED_IN).otherwise(PASS),
                put("/api/v1/sessions/{random}/feedback").body("{}").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/sessions/{random}/feedback").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/calendar").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/calendar/replace").pass(SIGNED_IN).otherwise(PASS),
                // The subscription needs no sign-in: its secret token is the permission.
                get("/calendar/{random}.ics").pass(SIGNED_IN).notFound(ANONYMOUS).otherwise(PASS),
                // Events: A's event for A's members; run by its admins (anyone else is told there is no such event).
                get("/api/v1/events").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/events?program={program}").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/events/mine").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/events").body("{\"title\":\"\",\"programId\":\"{program}\"}").pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                get("/api/v1/events/{event}").pass(INSIDE_A).otherwise(NOT_FOUND),
                put("/api/v1/events/{event}").body(INVALID_PROGRAM).pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/api/v1/events/{event}/publish").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/api/v1/events/{event}/cancel").body("{\"reason\":\"" + "x".repeat(1001) + "\"}")
                        .pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                put("/api/v1/events/{event}/rsvp").body("{}").pass(INSIDE_A).otherwise(NOT_FOUND),
                get("/api/v1/events/{event}/attendees").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/api/v1/events/{event}/check-ins").body("{\"code\":\"x\"}").pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                get("/api/v1/events/{event}/check-ins").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/api/v1/series/{series}").pass(INSIDE_A).otherwise(NOT_FOUND),
                post("/api/v1/series/{series}/cancel").body("{\"reason\":\"" + "x".repeat(1001) + "\"}")
                        .pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                // A program's series has no public calendar: a 404 for everyone, as for an unknown id.
                get("/calendar/series/{series}.ics").notFound(ANONYMOUS, MEMBER_A, ADMIN_A, PLATFORM_ADMIN)
                        .otherwise(NOT_FOUND),
                // In-app notifications: the caller's own.
                get("/api/v1/notifications").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/notifications/unread-count").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/notifications/read").body("{\"ids\":[]}").pass(SIGNED_IN).otherwise(PASS),
                // Organizations.
                get("/api/v1/organizations").pass(SIGNED_IN).otherwise(PASS),
                post("/api/v1/organizations").body(INVALID_PROGRAM).pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                get("/api/v1/organizations/{org}").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/api/v1/organizations/{org}/admins").body("{}").pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                delete("/api/v1/organizations/{org}/admins/{random}").pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                get("/api/v1/organizations/{org}/programs").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/api/v1/organizations/{org}/programs").body(INVALID_PROGRAM).pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                // Programs.
                get("/api/v1/programs").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/programs/mine").pass(SIGNED_IN).otherwise(PASS),
                get("/api/v1/programs/{program}").pass(INSIDE_A).otherwise(NOT_FOUND),
                put("/api/v1/programs/{program}").body(INVALID_PROGRAM).pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/api/v1/programs/{program}/join-code").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/api/v1/programs/join").body("{\"code\":\"no-such-code\"}").pass(SIGNED_IN).otherwise(PASS),
                // Joining an invite-only program from its page: its member passes; its admins see it but may not.
                post("/api/v1/programs/{program}/join").body("{\"role\":\"bogus\"}").pass(MEMBER_A)
                        .forbidden(ADMIN_A, PLATFORM_ADMIN).otherwise(NOT_FOUND),
                // Member A leaves; tokens are single use, so an admin invites them again (see LEAVE) and the accept
                // below is their second click on the new invitation, which lets them back in for the routes below.
                post("/api/v1/programs/{program}/leave").pass(MEMBER_A).otherwise(NOT_FOUND),
                post("/api/v1/invitations/{token}/accept").pass(MEMBER_A).otherwise(NOT_FOUND),
                post("/api/v1/programs/{program}/invitations").body("{\"emails\":[]}").pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                get("/api/v1/programs/{program}/invitations").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/api/v1/programs/{program}/members").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                put("/api/v1/programs/{program}/members/{memberA}").body("{\"role\":\"bogus\"}").pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                put("/api/v1/programs/{program}/members/{memberA}/org").body("{\"managerEmail\":\"not-an-email\"}")
                        .pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                delete("/api/v1/programs/{program}/members/{random}").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/api/v1/programs/{program}/audit").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/api/v1/programs/{program}/dashboard").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/api/v1/programs/{program}/dashboard/{chart}.csv").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                // Answers to the program's questions: its members (admins who are not members pass the gate, 409).
                get("/api/v1/programs/{program}/answers").pass(INSIDE_A).otherwise(NOT_FOUND),
                put("/api/v1/programs/{program}/answers").body("{\"no-such-question\":\"x\"}").pass(INSIDE_A)
                        .otherwise(NOT_FOUND),
                // Attention lists.
                get("/api/v1/programs/{program}/attention/requests").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/api/v1/programs/{program}/attention/unmatched-mentees").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/api/v1/programs/{program}/attention/idle-mentors").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/api/v1/programs/{program}/attention/inactive-mentorships").pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                get("/api/v1/programs/{program}/mentorships").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/api/v1/programs/{program}/attention/requests/{random}/reminder").pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                // A dry run (the default) of a file with one bad row: checked after the gate, writes nothing.
                post("/api/v1/programs/{program}/imports").body("email\nnot-an-email\n", "text/csv")
                        .pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/api/v1/audit").pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                // Cohorts.
                get("/api/v1/programs/{program}/cohorts").pass(INSIDE_A).otherwise(NOT_FOUND),
                post("/api/v1/programs/{program}/cohorts").body(INVALID_PROGRAM).pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                get("/api/v1/programs/{program}/cohorts/{cohort}").pass(INSIDE_A).otherwise(NOT_FOUND),
                post("/api/v1/programs/{program}/cohorts/{cohort}/state").body("{\"state\":\"bogus\"}")
                        .pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/api/v1/programs/{program}/cohorts/{cohort}/enrolment").body("{\"role\":\"bogus\"}")
                        .pass(INSIDE_A).otherwise(NOT_FOUND),
                delete("/api/v1/programs/{program}/cohorts/{cohort}/enrolment").pass(INSIDE_A).otherwise(NOT_FOUND));
    }

    /** Every page a browser GETs. Pages answer anonymous visitors with the sign-in redirect, except the public ones. */
    static List<Route> pageRoutes() {
        return List.of(
                get("/").pass(SIGNED_IN).otherwise(PASS),
                get("/profile").pass(SIGNED_IN).otherwise(PASS),
                get("/profile/edit").pass(SIGNED_IN).otherwise(PASS),
                get("/onboarding").pass(SIGNED_IN).otherwise(PASS),
                get("/onboarding/{step}").pass(SIGNED_IN).otherwise(PASS),
                get("/onboarding/skip").pass(SIGNED_IN).otherwise(PASS),
                get("/profiles/{random}").pass(SIGNED_IN).otherwise(PASS),
                get("/directory").pass(SIGNED_IN).otherwise(PASS),
                get("/suggestions").pass(SIGNED_IN).otherwise(PASS),
                get("/requests").pass(SIGNED_IN).otherwise(PASS),
                get("/sessions").pass(SIGNED_IN).otherwise(PASS),
                get("/sessions/{random}.ics").pass(SIGNED_IN).otherwise(PASS),
                get("/mentorships").pass(SIGNED_IN).otherwise(PASS),
                get("/mentorships/{random}").pass(SIGNED_IN).otherwise(PASS),
                get("/mentorships/{random}/sessions").pass(SIGNED_IN).otherwise(PASS),
                get("/sessions/{random}/feedback").pass(SIGNED_IN).otherwise(PASS),
                get("/notifications").pass(SIGNED_IN).otherwise(PASS),
                get("/programs").pass(SIGNED_IN).otherwise(PASS),
                // Events: A's event for A's members, run by its admins; any admin or organizer may start one.
                get("/events").pass(SIGNED_IN).otherwise(PASS),
                get("/events/new").pass(ADMIN_A, ADMIN_B, PLATFORM_ADMIN).otherwise(FORBIDDEN),
                get("/events/mine").pass(SIGNED_IN).otherwise(PASS),
                get("/events/{event}").pass(INSIDE_A).otherwise(NOT_FOUND),
                get("/events/{event}.ics").pass(INSIDE_A).otherwise(NOT_FOUND),
                // Nobody has a ticket for it: those inside get a plain 404 too.
                get("/events/{event}/ticket").notFound(MEMBER_A, ADMIN_A, PLATFORM_ADMIN).otherwise(NOT_FOUND),
                get("/events/{event}/edit").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/events/{event}/check-in").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/events/{event}/attendees").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/events/{event}/attendees.csv").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/programs/{program}").pass(INSIDE_A).otherwise(NOT_FOUND),
                // Leaving asks for confirmation from members; admins who are not members have nothing to leave.
                get("/programs/{program}/leave").pass(MEMBER_A).notFound(ADMIN_A, PLATFORM_ADMIN).otherwise(NOT_FOUND),
                get("/programs/{program}/cohorts/{cohort}/leave").pass(INSIDE_A).otherwise(NOT_FOUND),
                get("/join/{random}").pass(SIGNED_IN).otherwise(PASS),
                get("/invitations/{token}").pass(MEMBER_A).otherwise(NOT_FOUND),
                get("/admin/programs/{program}/attention").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/admin/programs/{program}/mentorships").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/admin/programs/{program}/import").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/admin/organizations").pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                get("/admin/audit").pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                // The admin home lists each admin's own programs; members administer nothing.
                get("/admin/programs").pass(ADMIN_A, ADMIN_B, PLATFORM_ADMIN).notFound(MEMBER_A, MEMBER_B)
                        .otherwise(NOT_FOUND),
                get("/admin/programs/new?organization={org}").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/admin/programs/{program}").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/admin/programs/{program}/cohorts").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/admin/programs/{program}/members").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/admin/programs/{program}/members/{memberA}/org").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/admin/programs/{program}/audit").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/admin/programs/{program}/dashboard").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/admin/programs/{program}/dashboard/{chart}.csv").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/admin/programs/{program}/import/done").pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                get("/admin/skills").pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                get("/admin/skills/{random}").pass(PLATFORM_ADMIN).otherwise(FORBIDDEN));
    }

    private static final String FORM = "application/x-www-form-urlencoded";

    /**
     * Every page form (POST outside /api), posted with the page's valid CSRF token, so that only the tenant gate and
     * the route's own rules decide. As for the API, bodies fail validation after the gate or name things that do not
     * exist; the member's leave and re-accept and the join-code rotation really change something and leave the world
     * as it was.
     */
    static List<Route> pageFormRoutes() {
        return List.of(
                // The caller's own things: no tenant ids.
                post("/profile/edit").body("displayName=", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/onboarding/{step}").body("displayName=", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/profile/delete").body("confirm=", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/profiles/{random}/block").body("", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/profiles/{random}/unblock").body("back=/", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/requests/new").body("recipientId={random}&kind=mentoring&message=", FORM).pass(SIGNED_IN)
                        .otherwise(PASS),
                post("/requests/{random}/accept").body("", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/requests/{random}/decline").body("reason=", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/requests/{random}/withdraw").body("", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/mentorships/{random}/end").body("reason=", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/mentorships/{random}/agreement").body("version=0", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/mentorships/{random}/notes").body("version=0&notes=", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/mentorships/{random}/milestones").body("title=x", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/mentorships/{random}/milestones/{random}/done").body("", FORM).pass(SIGNED_IN)
                        .otherwise(PASS),
                post("/mentorships/{random}/milestones/{random}/undone").body("", FORM).pass(SIGNED_IN)
                        .otherwise(PASS),
                post("/mentorships/{random}/milestones/{random}/delete").body("", FORM).pass(SIGNED_IN)
                        .otherwise(PASS),
                post("/mentorships/{random}/sessions").body("date=", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/sessions/calendar/replace").body("", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/sessions/{random}/accept").body("", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/sessions/{random}/decline").body("reason=", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/sessions/{random}/cancel").body("reason=", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/sessions/{random}/held").body("", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/sessions/{random}/feedback").body("rating=5", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/sessions/{random}/missed").body("", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/notifications/{random}").body("", FORM).pass(SIGNED_IN).otherwise(PASS),
                post("/notifications/read").body("", FORM).pass(SIGNED_IN).otherwise(PASS),
                // Events: creating one for program A is for its admins; A's event is run by them.
                post("/events/new").body("title=&programId={program}", FORM).pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/events/{event}/rsvp").body("going=false", FORM).pass(INSIDE_A).otherwise(NOT_FOUND),
                post("/events/{event}/edit").body("title=", FORM).pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/events/{event}/publish").body("", FORM).pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/events/{event}/cancel").body("reason=" + "x".repeat(1001), FORM).pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                post("/events/{event}/check-in").body("code=x", FORM).pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/series/{series}/cancel").body("reason=" + "x".repeat(1001), FORM).pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                // Skills and organizations: platform admins.
                post("/admin/skills").body("slug=", FORM).pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                post("/admin/skills/{random}/rename").body("nameEn=", FORM).pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                post("/admin/skills/{random}/move").body("parent=", FORM).pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                post("/admin/skills/{random}/retire").body("", FORM).pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                post("/admin/skills/{random}/restore").body("", FORM).pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                post("/admin/organizations").body("name=", FORM).pass(PLATFORM_ADMIN).otherwise(FORBIDDEN),
                post("/admin/organizations/{org}/admins").body("email=", FORM).pass(PLATFORM_ADMIN)
                        .otherwise(FORBIDDEN),
                post("/admin/organizations/{org}/admins/{random}/dismiss").body("", FORM).pass(PLATFORM_ADMIN)
                        .otherwise(FORBIDDEN),
                // Program administration: A's admins; everyone else the gate's 404.
                post("/admin/programs/new?organization={org}").body("name=", FORM).pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                post("/admin/programs/{program}").body("name=", FORM).pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/admin/programs/{program}/join-code").body("", FORM).pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/admin/programs/{program}/cohorts").body("name=", FORM).pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/admin/programs/{program}/cohorts/{cohort}/state").body("state=bogus", FORM).pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                post("/admin/programs/{program}/members/invite").body("emails=&role=mentee", FORM).pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                post("/admin/programs/{program}/members/{memberA}/role").body("role=bogus", FORM).pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                post("/admin/programs/{program}/members/{memberA}/org").body("managerEmail=not-an-email", FORM)
                        .pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                post("/admin/programs/{program}/members/{random}/remove").body("", FORM).pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                post("/admin/programs/{program}/attention/requests/{random}/reminder").body("", FORM)
                        .pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                // A dry run of a file with one bad row, and a confirm of it: checked after the gate, writes nothing.
                post("/admin/programs/{program}/import").body("csv=email%0Anot-an-email%0A", FORM).pass(ADMINS_OF_A)
                        .otherwise(NOT_FOUND),
                post("/admin/programs/{program}/import/confirm").body("csv=email%0Anot-an-email%0A", FORM)
                        .pass(ADMINS_OF_A).otherwise(NOT_FOUND),
                // Program membership: A's member; its admins see the invite-only program but may not join it. These
                // pages word the gate's 404 themselves (in the reader's language), so outsiders get any 404.
                post("/programs/{program}/join").body("role=bogus", FORM).pass(MEMBER_A)
                        .forbidden(ADMIN_A, PLATFORM_ADMIN).notFound(MEMBER_B, ADMIN_B).otherwise(NOT_FOUND),
                post("/programs/{program}/answers").body("no-such-question=x", FORM).pass(INSIDE_A)
                        .otherwise(NOT_FOUND),
                post("/programs/{program}/cohorts/{cohort}/enrol").body("role=bogus", FORM).pass(INSIDE_A)
                        .notFound(MEMBER_B, ADMIN_B).otherwise(NOT_FOUND),
                post("/programs/{program}/cohorts/{cohort}/leave").body("", FORM).pass(INSIDE_A)
                        .notFound(MEMBER_B, ADMIN_B).otherwise(NOT_FOUND),
                post("/join/{random}").body("role=mentee", FORM).pass(SIGNED_IN).otherwise(PASS),
                // Member A leaves; an admin invites them again (see PAGE_LEAVE) and the accept below is their second
                // click on the new invitation, which lets them back in for the other tests.
                post("/programs/{program}/leave").body("", FORM).pass(MEMBER_A).notFound(ADMIN_A, PLATFORM_ADMIN)
                        .otherwise(NOT_FOUND),
                post("/invitations/{token}/accept").body("", FORM).pass(MEMBER_A).otherwise(NOT_FOUND));
    }

    /**
     * Routes left out: public, infrastructure, absent outside dev mode, deleting the caller's own account (which
     * has no ids to cross tenants with; ProfileResourceTest covers it), or signing out (no ids either; it would end
     * the persona's session; CodeFlowLoginTest covers it).
     */
    private static final Set<String> NOT_IN_MATRIX = Set.of("DELETE /api/v1/profiles/me", "POST /logout", "GET /login", "GET /language/{}", "GET /dev/mail",
            "GET /dev/mail/{}", "GET /dev/mail/{}/html", "GET /api/{}", "POST /api/{}", "PUT /api/{}",
            "DELETE /api/{}", "PATCH /api/{}");

    private World world() {
        if (world == null) {
            Map<Persona, User> users = new EnumMap<>(Persona.class);
            users.put(ADMIN_A, user("AdminA"));
            users.put(ADMIN_B, user("AdminB"));
            users.put(MEMBER_A, user("MemberA"));
            users.put(MEMBER_B, user("MemberB"));
            users.put(PLATFORM_ADMIN, platformAdmin());
            UUID orgA = organization(users.get(ADMIN_A));
            UUID programA = program(users.get(ADMIN_A), orgA, Map.of());
            UUID programB = program(users.get(ADMIN_B), organization(users.get(ADMIN_B)), Map.of());
            fixture.inviteAndAccept(users.get(ADMIN_A), programA, users.get(MEMBER_A), "mentee");
            fixture.inviteAndAccept(users.get(ADMIN_B), programB, users.get(MEMBER_B), "mentee");
            UUID[] event = programSeries(users.get(ADMIN_A), programA);
            String cohortA = as(users.get(ADMIN_A)).body(Map.of("name", "A1"))
                    .post("/api/v1/programs/" + programA + "/cohorts").then().statusCode(201).extract().path("id");
            as(users.get(ADMIN_A)).body(Map.of("state", "enrolling"))
                    .post("/api/v1/programs/" + programA + "/cohorts/" + cohortA + "/state").then().statusCode(200);
            world = new World(users, orgA, programA, UUID.fromString(cohortA),
                    fixture.invitationToken(programA, users.get(MEMBER_A).email()), event[0], event[1]);
        }
        return world;
    }

    /** A weekly series for program A's members only, from a week ahead: its first event and the series. */
    private static UUID[] programSeries(User admin, UUID programId) {
        java.time.LocalDateTime start = java.time.LocalDateTime.now().plusDays(7).withNano(0);
        Response created = as(admin).body(Map.of("title", "A's meetup", "type", "meetup", "format", "online",
                "onlineLink", "https://meet.example.org/a", "start", start.toString(), "end",
                start.plusHours(1).toString(), "timeZone", "Europe/Berlin", "programId", programId.toString(),
                "publish", true, "repeat", "weekly")).post("/api/v1/events");
        created.then().statusCode(201);
        return new UUID[] {UUID.fromString(created.path("id")), UUID.fromString(created.path("seriesId"))};
    }

    private static RequestSpecification as(User user) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON);
    }

    @Test
    void shouldAnswerEveryApiRouteAsTheMatrixSaysForEachPersona() {
        World w = world();
        List<String> failures = new ArrayList<>();
        for (Route route : apiRoutes()) {
            for (Persona persona : Persona.values()) {
                String path = w.expand(route.template());
                RequestSpecification request = (persona == ANONYMOUS ? given() : as(w.users().get(persona)))
                        .contentType(route.contentType());
                if (route.body() != null) {
                    request.body(w.expand(route.body()));
                }
                Response response = request.request(route.method(), path);
                // Anonymous callers get 401 unless the route says otherwise (the calendar feed: a token, no sign-in).
                String problem = check(route.expectedFor(persona), response.statusCode(),
                        response.asString().replace(path, "{path}"), persona, w);
                if (problem != null) {
                    failures.add(route.key() + " as " + persona + ": " + problem);
                }
                if (persona == MEMBER_A && route.key().equals(LEAVE)) {
                    w = readmitMemberA(w);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static final String LEAVE = "POST /api/v1/programs/{}/leave";
    private static final String PAGE_LEAVE = "POST /programs/{}/leave";

    /** After member A left: their admin invites them again (a new token) and they accept it. */
    private World readmitMemberA(World w) {
        User memberA = w.users().get(MEMBER_A);
        fixture.inviteAndAccept(w.users().get(ADMIN_A), w.programA(), memberA, "mentee");
        world = new World(w.users(), w.orgA(), w.programA(), w.cohortA(),
                fixture.invitationToken(w.programA(), memberA.email()), w.eventA(), w.seriesA());
        return world;
    }

    @Test
    void shouldServeEveryPageAsTheMatrixSaysForEachPersona() throws Exception {
        World w = world();
        List<String> failures = new ArrayList<>();
        for (Persona persona : Persona.values()) {
            try (WebClient browser = Browser.open()) {
                browser.getOptions().setRedirectEnabled(persona != ANONYMOUS);
                if (persona != ANONYMOUS) {
                    Browser.signIn(browser, root, w.users().get(persona).username());
                }
                for (Route route : pageRoutes()) {
                    String path = w.expand(route.template()).replace("{step}", "1");
                    Page page = browser.getPage(new URL(root, path));
                    int status = page.getWebResponse().getStatusCode();
                    // The page echoes its own address (language links carry it URL-encoded): not a leak.
                    String body = page.getWebResponse().getContentAsString().replace(path, "{path}")
                            .replace(URLEncoder.encode(path, StandardCharsets.UTF_8), "{path}");
                    String problem = persona == ANONYMOUS
                            ? (status == 302 || status == 303 || path.equals("/") && status == 200 ? null
                                    : "expected the sign-in redirect, got " + status)
                            : check(route.expectedFor(persona), status, body, persona, w);
                    if (problem != null) {
                        failures.add("page " + route.key() + " as " + persona + ": " + problem);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Every page form as each persona, with a valid CSRF token (the browser's cookie and the same value as the form
     * field, as the pages send it), so the gate and the route's rules are what answer. Visitors get no further than
     * the sign-in redirect or a refusal.
     */
    @Test
    void shouldAnswerEveryPageFormAsTheMatrixSaysForEachPersona() throws Exception {
        World w = world();
        List<String> failures = new ArrayList<>();
        for (Persona persona : Persona.values()) {
            try (WebClient browser = Browser.open()) {
                String token = "";
                if (persona != ANONYMOUS) {
                    Browser.signIn(browser, root, w.users().get(persona).username());
                    browser.getPage(new URL(root, "/profile/edit"));
                    Cookie cookie = browser.getCookieManager().getCookie("csrf-token");
                    assertThat(cookie).as("the CSRF cookie of " + persona).isNotNull();
                    token = cookie.getValue();
                }
                browser.getOptions().setRedirectEnabled(false);
                for (Route route : pageFormRoutes()) {
                    if (persona == ANONYMOUS) {
                        // Each sign-in redirect leaves an OIDC state cookie; dozens of them make the headers too large
                        // (431) before the route is even reached.
                        browser.getCookieManager().clearCookies();
                    }
                    String path = w.expand(route.template()).replace("{step}", "1");
                    WebRequest request = new WebRequest(new URL(root, path), HttpMethod.POST);
                    request.setAdditionalHeader("Accept", "text/html");
                    request.setAdditionalHeader("Content-Type", route.contentType());
                    String body = w.expand(route.body());
                    request.setRequestBody(body + (body.isEmpty() ? "" : "&") + "csrf-token=" + token);
                    Page page = browser.getPage(request);
                    int status = page.getWebResponse().getStatusCode();
                    String answer = page.getWebResponse().getContentAsString().replace(path, "{path}");
                    String problem = persona == ANONYMOUS
                            ? (Set.of(302, 303, 400, 401, 403).contains(status) ? null
                                    : "expected the sign-in redirect or a refusal, got " + status)
                            : check(route.expectedFor(persona), status, answer, persona, w);
                    if (problem != null) {
                        failures.add("form " + route.key() + " as " + persona + ": " + problem);
                    }
                    if (persona == MEMBER_A && route.key().equals(PAGE_LEAVE)) {
                        w = readmitMemberA(w);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldCoverEveryRouteTheApplicationServes() {
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        Set<String> served = new TreeSet<>();
        paths.forEach((path, operations) -> ((Map<?, ?>) operations).keySet().forEach(method -> {
            String m = method.toString().toUpperCase();
            if (Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(m)) {
                served.add(m + " " + path.replaceAll("\\{[^}]+}", "{}"));
            }
        }));
        Set<String> covered = new TreeSet<>(NOT_IN_MATRIX);
        apiRoutes().forEach(r -> covered.add(r.key()));
        pageRoutes().forEach(r -> covered.add(r.key()));
        pageFormRoutes().forEach(r -> covered.add(r.key()));
        assertThat(covered).as("routes of the matrix that the application serves").containsAll(served);
    }

    /** Null when the answer matches {@code expected}; else what went wrong. Null expected means anonymous. */
    private static String check(Outcome expected, int status, String body, Persona persona, World w) {
        boolean denial404 = status == 404 && DENIAL_PATTERN.matcher(body).find();
        if (!INSIDE_A.contains(persona)) {
            for (String secret : w.secrets()) {
                if (body.contains(secret)) {
                    return "answer names A's id " + secret + " (status " + status + ")";
                }
            }
        }
        if (expected == null) {
            return status == 401 ? null : "expected 401, got " + status;
        }
        return switch (expected) {
            case PASS -> status == 401 || status == 403 || denial404 || status >= 500
                    ? "expected to pass the gate, got " + status + " " + abbreviate(body) : null;
            case NOT_FOUND -> denial404 ? null : "expected the 404 denial, got " + status + " " + abbreviate(body);
            case ANY_NOT_FOUND -> status == 404 ? null : "expected 404, got " + status + " " + abbreviate(body);
            case FORBIDDEN -> status == 403 ? null : "expected 403, got " + status + " " + abbreviate(body);
        };
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
