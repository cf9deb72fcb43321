package dev.mentorhub.home;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.security.SignOut;
import dev.mentorhub.common.web.RequestLocale;
import dev.mentorhub.event.EventDto;
import dev.mentorhub.event.EventService;
import dev.mentorhub.member.Member;
import dev.mentorhub.profile.ProfileCompleteness;
import dev.mentorhub.profile.ProfileDto;
import dev.mentorhub.profile.ProfilePages;
import dev.mentorhub.profile.ProfileService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    /** How many upcoming events the home page lists. */
    static final int UPCOMING_EVENTS = 3;
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 EEE HH:mm", Locale.CHINESE);

    private final CurrentMember currentMember;
    private final ProfileService profiles;
    private final EventService events;
    private final RequestLocale locale;
    private final SignOut signOut;

    HomePages(CurrentMember currentMember, ProfileService profiles, EventService events, RequestLocale locale,
            SignOut signOut) {
        this.currentMember = currentMember;
        this.profiles = profiles;
        this.events = events;
        this.locale = locale;
        this.signOut = signOut;
    }

    /**
     * What the landing page shows a signed-in member; {@code null} for visitors. {@code events}: the next events they
     * may see (none cancelled), with times in {@code zone}.
     */
    public record Greeting(String displayName, String memberSince, String roles, ProfileCompleteness completeness,
            boolean onboarded, List<UpcomingEvent> events, String zone) {
    }

    /** An event in the home page's panel: {@code rsvp} is going or waitlisted when the member answered so, else null. */
    public record UpcomingEvent(UUID id, String title, String when, String start, String rsvp) {

        public boolean going() {
            return "going".equals(rsvp);
        }

        public boolean waitlisted() {
            return "waitlisted".equals(rsvp);
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance index(Greeting greeting);
    }

    @GET
    public TemplateInstance index() {
        Greeting greeting = currentMember.memberIfSignedIn().map(this::greetingFor).orElse(null);
        return Templates.index(greeting);
    }

    /**
     * The "Sign in" link: authentication happens on the way in (code flow). Someone without a profile goes on to
     * onboarding, unless they chose to skip it; everyone else back to the landing page.
     */
    @GET
    @Path("login")
    @Authenticated
    public Response login(@CookieParam(ProfilePages.SKIPPED_ONBOARDING_COOKIE) String skippedOnboarding) {
        boolean onboard = !profiles.hasProfile(currentMember.member()) && skippedOnboarding == null;
        return seeOther(onboard ? "/onboarding/1" : "/");
    }

    /**
     * The "Sign out" button: a form POST, CSRF-checked like every page POST, never a GET that a link or an image on
     * another site could trigger. Clears the session cookie, then sends the browser to Keycloak's end-session endpoint
     * (RP-initiated logout), which ends the Keycloak session and returns to the landing page ({@link SignOut}).
     */
    @POST
    @Path("logout")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> logout(@Context UriInfo uri) {
        return signOut.end(uri.getBaseUri()).map(next -> Response.seeOther(next).build());
    }

    private Greeting greetingFor(Member member) {
        ProfileDto profile = profiles.mine(member);
        ZoneId zone = profiles.zoneOf(member.id());
        return new Greeting(profile.displayName(), LocalDate.ofInstant(member.createdAt(), ZoneOffset.UTC).toString(),
                String.join(", ", currentMember.signedInIdentity().roles()), profile.completeness(),
                profile.onboardingCompleted(), upcomingEvents(zone), zone.getId());
    }

    /** The next events the member may see, cancelled ones left out (a few more are asked for to make up for them). */
    private List<UpcomingEvent> upcomingEvents(ZoneId zone) {
        DateTimeFormatter format = ("zh".equals(locale.locale().getLanguage()) ? ZH : EN).withZone(zone);
        return events.upcoming(currentMember.caller(), UPCOMING_EVENTS * 3).stream()
                .filter(e -> !"cancelled".equals(e.status())).limit(UPCOMING_EVENTS)
                .map(e -> new UpcomingEvent(e.id(), e.title(), format.format(e.start()), e.start().toString(),
                        rsvp(e.myRsvp())))
                .toList();
    }

    private static String rsvp(EventDto.MyRsvp mine) {
        return mine == null || !(mine.status().equals("going") || mine.status().equals("waitlisted")) ? null
                : mine.status();
    }
}
