package dev.mentorhub.matching;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.RequestLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** "Suggested for you": the same suggestions as the API, as cards with the top reasons and the full breakdown. */
@Path("/suggestions")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SuggestionPages {

    private final SuggestionService suggestions;
    private final CurrentMember currentMember;
    private final RequestLocale locale;

    SuggestionPages(SuggestionService suggestions, CurrentMember currentMember, RequestLocale locale) {
        this.suggestions = suggestions;
        this.currentMember = currentMember;
        this.locale = locale;
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance list(SuggestionsView view);
    }

    /**
     * The page: the mode shown ({@code as}), the cards, and when there are none, why: {@code unavailable} is
     * {@code no-profile}, {@code role-missing} or empty (then the list may simply have no one yet).
     */
    public record SuggestionsView(String as, List<SuggestionDto> items, String unavailable) {

        public List<String> modes() {
            return List.of(SuggestionMode.MENTEE.slug(), SuggestionMode.MENTOR.slug(), SuggestionMode.PEER.slug());
        }
    }

    @GET
    public TemplateInstance list(@RestQuery String as) {
        SuggestionMode mode = SuggestionMode.parseOrNull(as);
        try {
            SuggestionService.Suggestions found = suggestions.suggestionsFor(currentMember.member(), mode,
                    SuggestionService.DEFAULT_LIMIT, locale.locale());
            return Templates.list(new SuggestionsView(found.as(), found.items(), ""));
        } catch (SuggestionsUnavailableException e) {
            String shown = mode == null ? SuggestionMode.MENTEE.slug() : mode.slug();
            return Templates.list(new SuggestionsView(shown, List.of(), e.type()));
        }
    }
}
