package dev.mentorhub.home;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.member.Member;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    private final CurrentMember currentMember;

    HomePages(CurrentMember currentMember) {
        this.currentMember = currentMember;
    }

    /** What the landing page shows a signed-in member; {@code null} for visitors. */
    public record Greeting(String displayName, String memberSince, String roles) {
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

    /** The "Sign in" link: authentication happens on the way in (code flow), then back to the landing page. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        currentMember.member();
        return Response.seeOther(URI.create("/")).build();
    }

    private Greeting greetingFor(Member member) {
        return new Greeting(member.displayName(), LocalDate.ofInstant(member.createdAt(), ZoneOffset.UTC).toString(),
                String.join(", ", currentMember.signedInIdentity().roles()));
    }
}
