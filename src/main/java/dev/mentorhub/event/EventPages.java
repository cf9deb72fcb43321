package dev.mentorhub.event;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.Slugged;
import dev.mentorhub.common.markdown.Markdown;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.Pager;
import dev.mentorhub.event.calendar.TicketCodes;
import dev.mentorhub.event.discovery.EventRecommendations;
import dev.mentorhub.program.ProgramAccess;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The member's event pages: upcoming events with filters and a "recommended for you" strip, the past archive, one
 * event with its RSVP buttons (and the venue and link once going), and the door ticket with its QR code.
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class EventPages {

    private static final Set<String> DONE = Set.of("going", "waitlisted", "not-going", "created", "saved",
            "published", "cancelled");

    private final EventService events;
    private final EventCalendars calendars;
    private final EventViews views;
    private final ProgramAccess programs;
    private final CurrentMember currentMember;

    EventPages(EventService events, EventCalendars calendars, EventViews views, ProgramAccess programs,
            CurrentMember currentMember) {
        this.events = events;
        this.calendars = calendars;
        this.views = views;
        this.programs = programs;
        this.currentMember = currentMember;
    }

    /** The filters as typed, so the form shows them again. */
    public record Filters(String type, String format, String skill, String city, String program, String from,
            String to, boolean past) {
        boolean any() {
            return !(type + format + skill + city + program + from + to).isEmpty();
        }
    }

    public record Option(String value, String label) {
    }

    public record Recommended(EventViews.Item item, EventRecommendations.Reason reason) {
    }

    public record ListView(List<EventViews.Item> items, Pager pager, long total, Filters filters,
            List<Recommended> recommended, List<Option> skills, List<Option> programs, List<String> types,
            List<String> formats, boolean mayCreate, String zone, String done) {
    }

    /** {@code series}: the event's series, with {@code others} its other upcoming occurrences; null for a one-off. */
    public record EventView(EventViews.Item item, String descriptionHtml, String done, String problem,
            String onlineLink, boolean linkIsWeb, SeriesDto series, List<EventViews.Item> others) {
    }

    public record TicketView(EventViews.Item item, String code, String qrSvg) {
    }

    /** My RSVPs: the events ahead, and the past ones with whether I was there. */
    public record MineView(List<EventViews.Item> upcoming, List<EventViews.Item> past, long attended,
            long missed) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance show(EventView view);

        static native TemplateInstance ticket(TicketView view);

        static native TemplateInstance mine(MineView view);
    }

    @GET
    @Path("events")
    public TemplateInstance list(@RestQuery String type, @RestQuery String format, @RestQuery String skill,
            @RestQuery String city, @RestQuery String program, @RestQuery String from, @RestQuery String to,
            @RestQuery boolean past, @RestQuery Integer page, @RestQuery String done) {
        Caller caller = currentMember.caller();
        ZoneId zone = views.zone();
        Filters typed = new Filters(nz(type), nz(format), nz(skill), nz(city), nz(program), nz(from), nz(to), past);
        EventSearch.Filter filter = new EventSearch.Filter(choice(EventType.class, typed.type()),
                choice(EventFormat.class, typed.format()), blankToNull(typed.skill()), blankToNull(typed.city()),
                uuid(typed.program()), start(typed.from(), zone, 0), start(typed.to(), zone, 1), past);
        PageDto<EventDto> found = events.list(caller, filter, PageRequest.of(page, 20, 20));
        List<Recommended> recommended = past || typed.any() || found.page() > 0 ? List.of()
                : views.recommended(caller, 3).stream()
                        .map(p -> new Recommended(views.item(p.event()), p.reason())).toList();
        return Templates.list(new ListView(found.items().stream().map(views::item).toList(),
                Pager.of(found, base(typed)), found.total(), typed, recommended, views.skillOptions(),
                programs.visiblePrograms(caller).stream()
                        .map(p -> new Option(p.id().toString(), p.name())).toList(),
                slugs(EventType.values()), slugs(EventFormat.values()), views.mayCreate(caller), zone.getId(),
                "series-cancelled".equals(done) ? done : null));
    }

    @GET
    @Path("events/mine")
    public TemplateInstance mine() {
        List<EventViews.Item> all = events.mine(currentMember.caller()).stream().map(views::item).toList();
        List<EventViews.Item> upcoming = all.stream().filter(i -> !i.over())
                .sorted(Comparator.comparing((EventViews.Item i) -> i.event().start())).toList();
        List<EventViews.Item> past = all.stream().filter(EventViews.Item::over).toList();
        long attended = past.stream().filter(i -> i.event().myRsvp().checkedInAt() != null).count();
        long missed = past.stream().filter(i -> i.going() && i.event().myRsvp().checkedInAt() == null
                && !i.cancelled()).count();
        return Templates.mine(new MineView(upcoming, past, attended, missed));
    }

    @GET
    @Path("events/{id}")
    public TemplateInstance show(@PathParam("id") UUID id, @RestQuery String done, @RestQuery String problem) {
        Caller caller = currentMember.caller();
        EventDto event = events.get(caller, id);
        String link = event.onlineLink();
        SeriesDto series = event.seriesId() == null ? null : events.series(caller, event.seriesId());
        List<EventViews.Item> others = series == null ? List.of()
                : series.upcoming().stream().filter(o -> !o.id().equals(id)).limit(5).map(views::item).toList();
        return Templates.show(new EventView(views.item(event), Markdown.toHtml(event.description()),
                done != null && DONE.contains(done) ? done : null,
                problem == null || problem.isBlank() ? null : views.refusal(problem), link,
                link != null && EventValidator.isWebLink(link), series, others));
    }

    @POST
    @Path("events/{id}/rsvp")
    public Response rsvp(@PathParam("id") UUID id, @RestForm String going) {
        try {
            EventDto event = events.respond(currentMember.caller(), id, "true".equals(going));
            return seeOther("/events/" + id + "?done=" + event.myRsvp().status());
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return seeOther("/events/" + id + "?problem=" + e.type());
        }
    }

    @GET
    @Path("events/{id}/ticket")
    public TemplateInstance ticket(@PathParam("id") UUID id) {
        EventDto event = events.get(currentMember.caller(), id);
        if (event.myRsvp() == null || event.myRsvp().ticketCode() == null) {
            throw new NotFoundException("event");
        }
        String code = event.myRsvp().ticketCode();
        return Templates.ticket(new TicketView(views.item(event), code, TicketCodes.qrSvg(code, 8)));
    }

    @GET
    @Path("events/{id}.ics")
    @Produces("text/calendar;charset=UTF-8")
    public Response download(@PathParam("id") UUID id) {
        return Response.ok(calendars.single(currentMember.caller(), id))
                .header("Content-Disposition", "attachment; filename=\"event.ics\"").build();
    }

    private static String base(Filters f) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("type", f.type());
        params.put("format", f.format());
        params.put("skill", f.skill());
        params.put("city", f.city());
        params.put("program", f.program());
        params.put("from", f.from());
        params.put("to", f.to());
        StringBuilder url = new StringBuilder("/events?");
        params.forEach((k, v) -> {
            if (!v.isEmpty()) {
                url.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
            }
        });
        if (f.past()) {
            url.append("past=true&");
        }
        return url.toString();
    }

    private static <E extends Enum<E> & Slugged> E choice(Class<E> type, String slug) {
        return Slugged.parse(type, slug).orElse(null);
    }

    private static List<String> slugs(Slugged[] values) {
        return Arrays.stream(values).map(Slugged::slug).toList();
    }

    /** A filter that cannot be read is left out, as if it had not been set. */
    private static UUID uuid(String value) {
        try {
            return value.isEmpty() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant start(String day, ZoneId zone, int plusDays) {
        try {
            LocalDate date = day.isEmpty() ? null : LocalDate.parse(day);
            return date == null || date.getYear() < 2000 || date.getYear() > 2100 ? null
                    : date.plusDays(plusDays).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
