package dev.mentorhub.session;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.Problem;
import dev.mentorhub.common.web.RequestLocale;
import dev.mentorhub.member.Member;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The feedback form after a session (linked from the notification and the session), and what the pair gave. */
@Path("/sessions/{id}/feedback")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FeedbackPages {

    private final SessionService sessions;
    private final SessionFeedbacks feedbacks;
    private final CurrentMember currentMember;
    private final RequestLocale locale;

    FeedbackPages(SessionService sessions, SessionFeedbacks feedbacks, CurrentMember currentMember,
            RequestLocale locale) {
        this.sessions = sessions;
        this.feedbacks = feedbacks;
        this.currentMember = currentMember;
        this.locale = locale;
    }

    /** The session, its goals, both members' feedback, and the form (what was typed, errors by field). */
    public record FeedbackView(SessionDto session, List<String> goals, List<FeedbackDto> given, String rating,
            String comment, Map<String, String> progress, Map<String, String> errors, String problem) {

        public List<Integer> ratings() {
            return List.of(1, 2, 3, 4, 5);
        }

        public boolean rated(int stars) {
            return rating.equals(String.valueOf(stars));
        }

        public List<String> levels() {
            return SessionFeedbacks.PROGRESS;
        }

        public String progressOf(String goal) {
            return progress.getOrDefault(goal, "");
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance feedback(FeedbackView view);
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) {
        Member me = currentMember.member();
        List<FeedbackDto> given = feedbacks.of(me, id);
        Optional<FeedbackDto> mine = given.stream().filter(FeedbackDto::mine).findFirst();
        return Templates.feedback(new FeedbackView(sessions.get(me, id), feedbacks.goalsOf(me, id), given,
                mine.map(f -> String.valueOf(f.rating())).orElse(""), mine.map(FeedbackDto::comment).orElse(""),
                mine.map(FeedbackDto::goalProgress).orElse(Map.of()), Map.of(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response give(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Member me = currentMember.member();
        String rating = form.getFirst("rating") == null ? "" : form.getFirst("rating");
        String comment = form.getFirst("comment") == null ? "" : form.getFirst("comment").replace("\r\n", "\n");
        Map<String, String> progress = new LinkedHashMap<>();
        for (String goal : feedbacks.goalsOf(me, id)) {
            String value = form.getFirst("progress." + goal);
            if (value != null && !value.isBlank()) {
                progress.put(goal, value);
            }
        }
        try {
            SessionDto session = sessions.get(me, id);
            feedbacks.give(me, id, new FeedbackRequest(parse(rating), comment, progress));
            return seeOther("/mentorships/" + session.mentorshipId() + "/sessions?done=feedback#session-" + id);
        } catch (InvalidInputException e) {
            SessionMessages m = Bundles.of(SessionMessages.class, locale.locale());
            Map<String, String> errors = new LinkedHashMap<>();
            for (Problem.FieldError error : e.errors()) {
                String field = error.field().startsWith("goalProgress.") ? "goalProgress" : error.field();
                errors.putIfAbsent(field, m.feedback_error(field));
            }
            return Response.status(400).entity(view(me, id, rating, comment, progress, errors, m.errors())).build();
        } catch (SessionStateException e) {
            return Response.status(e.status())
                    .entity(view(me, id, rating, comment, progress, Map.of(), e.text(locale.locale()))).build();
        }
    }

    private TemplateInstance view(Member me, UUID id, String rating, String comment, Map<String, String> progress,
            Map<String, String> errors, String problem) {
        return Templates.feedback(new FeedbackView(sessions.get(me, id), feedbacks.goalsOf(me, id),
                feedbacks.of(me, id), rating, comment, progress, errors, problem));
    }

    private static Integer parse(String rating) {
        try {
            return Integer.valueOf(rating.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
