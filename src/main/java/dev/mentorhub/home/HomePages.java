package dev.mentorhub.home;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.security.SignOut;
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
import java.time.ZoneOffset;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    private final CurrentMember currentMember;
    private final ProfileService profiles;
    private final SignOut signOut;

    HomePages(CurrentMember currentMember, ProfileService profiles, SignOut signOut) {
        this.currentMember = currentMember;
        this.profiles = profiles;
        this.signOut = signOut;
    }

    /** What the landing page shows a signed-in member; {@code null} for visitors. */
    public record Greeting(String displayName, String memberSince, String roles, ProfileCompleteness completeness,
            boolean onboarded) {
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
        return new Greeting(profile.displayName(), LocalDate.ofInstant(member.createdAt(), ZoneOffset.UTC).toString(),
                String.join(", ", currentMember.signedInIdentity().roles()), profile.completeness(),
                profile.onboardingCompleted());
    }
}
