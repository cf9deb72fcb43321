package dev.mentorhub.event;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.Slugged;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.Problem;
import dev.mentorhub.event.calendar.Recurrence;
import dev.mentorhub.program.ProgramAccess;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The organizer's event pages: the form to create or change an event, publishing and cancelling, the door's
 * check-in page (made for a phone), and the attendees with attendance after the event and a CSV of them.
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class EventOrganizerPages {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final EventService events;
    private final CheckIns checkIns;
    private final EventSeriesService series;
    private final EventViews views;
    private final ProgramAccess programs;
    private final CurrentMember currentMember;
    private final CoOrganizerField coOrganizers;

    EventOrganizerPages(EventService events, CheckIns checkIns, EventSeriesService series, EventViews views,
            ProgramAccess programs, CurrentMember currentMember, CoOrganizerField coOrganizers) {
        this.coOrganizers = coOrganizers;
        this.series = series;
        this.events = events;
        this.checkIns = checkIns;
        this.views = views;
        this.programs = programs;
        this.currentMember = currentMember;
    }

    /** The form as typed: strings, so a wrong value shows again as it was. */
    public record EventForm(String title, String description, String type, String format, String venue,
            String address, String onlineLink, String city, String start, String end, String timeZone,
            String capacity, String rsvpDeadline, boolean noShowsWait, List<String> skills, String programId,
            String repeat, String repeatUntil, String scope, List<String> coOrganizers, String addCoOrganizers) {
    }

    /** {@code repeats}: how the series of the event being changed repeats, null for a one-off event. */
    public record FormView(UUID id, EventForm form, Map<String, String> errors, String problem,
            List<EventPages.Option> skills, List<EventPages.Option> programs, boolean mayCreateForAll,
            List<String> types, List<String> formats, List<String> frequencies, String repeats,
            List<EventPages.Option> coOrganizers) {
    }

    /** The door: the counts, and the last code's outcome (who came in, or why not). */
    public record CheckInView(EventViews.Item item, CheckIns.Counts counts, String admitted, String admittedAt,
            String refusal, String typed) {
    }

    /** One attendee as the table shows them, times in the organizer's zone. */
    public record AttendeeRow(String name, String responded, String checkedIn) {
    }

    public record AttendeesView(EventViews.Item item, List<AttendeeRow> going, List<AttendeeRow> waiting,
            long checkedIn, long noShows) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance form(FormView view);

        static native TemplateInstance checkIn(CheckInView view);

        static native TemplateInstance attendees(AttendeesView view);
    }

    @GET
    @Path("events/new")
    public TemplateInstance create() {
        Caller caller = currentMember.caller();
        if (!views.mayCreate(caller)) {
            throw new NotOrganizerException();
        }
        LocalDateTime start = LocalDateTime.now(views.zone()).plusDays(7).withHour(18).withMinute(30).withSecond(0)
                .withNano(0);
        EventForm blank = new EventForm("", "", "meetup", "in-person", "", "", "", "", LOCAL.format(start),
                LOCAL.format(start.plusHours(2)), views.zone().getId(), "", "", false, List.of(), "", "", "", "", List.of(),
                "");
        return form(null, blank, Map.of(), null, null);
    }

    @POST
    @Path("events/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createPost(@RestForm String title, @RestForm String description, @RestForm String type,
            @RestForm String format, @RestForm String venue, @RestForm String address, @RestForm String onlineLink,
            @RestForm String city, @RestForm String start, @RestForm String end, @RestForm String timeZone,
            @RestForm String capacity, @RestForm String rsvpDeadline, @RestForm String noShowsWait,
            @RestForm List<String> skills, @RestForm String programId, @RestForm String publish,
            @RestForm String repeat, @RestForm String repeatUntil, @RestForm String addCoOrganizers) {
        EventForm form = new EventForm(nz(title), nz(description), nz(type), nz(format), nz(venue), nz(address),
                nz(onlineLink), nz(city), nz(start), nz(end), nz(timeZone), nz(capacity), nz(rsvpDeadline),
                "on".equals(noShowsWait), skills == null ? List.of() : skills, nz(programId), nz(repeat),
                nz(repeatUntil), "", List.of(), nz(addCoOrganizers));
        try {
            EventDto created = events.create(currentMember.caller(),
                    request(form, coOrganizers.resolve(form.coOrganizers(), form.addCoOrganizers()),
                            "on".equals(publish), true));
            return seeOther("/events/" + created.id() + "?done=" + ("on".equals(publish) ? "published" : "created"));
        } catch (InvalidInputException e) {
            return Response.status(400).entity(form(null, form, fieldErrors(e), views.messages().errors(), null))
                    .build();
        }
    }

    @GET
    @Path("events/{id}/edit")
    public TemplateInstance edit(@PathParam("id") UUID id) {
        EventDto e = organized(id);
        ZoneId zone = ZoneId.of(e.timeZone());
        EventForm form = new EventForm(e.title(), nz(e.description()), e.type(), e.format(), nz(e.venue()),
                nz(e.address()), nz(e.onlineLink()), nz(e.city()), LOCAL.format(e.start().atZone(zone)),
                LOCAL.format(e.end().atZone(zone)), e.timeZone(), e.capacity() == null ? "" : e.capacity().toString(),
                e.rsvpDeadline() == null || e.rsvpDeadline().equals(e.start()) ? ""
                        : LOCAL.format(e.rsvpDeadline().atZone(zone)),
                e.noShowsWait(), e.skills(), e.programId() == null ? "" : e.programId().toString(), "", "", "this",
                e.coOrganizers().stream().map(p -> p.id().toString()).toList(), "");
        return form(id, form, Map.of(), null, e.repeats());
    }

    @POST
    @Path("events/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response editPost(@PathParam("id") UUID id, @RestForm String title, @RestForm String description,
            @RestForm String type, @RestForm String format, @RestForm String venue, @RestForm String address,
            @RestForm String onlineLink, @RestForm String city, @RestForm String start, @RestForm String end,
            @RestForm String timeZone, @RestForm String capacity, @RestForm String rsvpDeadline,
            @RestForm String noShowsWait, @RestForm List<String> skills, @RestForm String scope,
            @RestForm List<String> coOrganizers, @RestForm String addCoOrganizers) {
        EventForm form = new EventForm(nz(title), nz(description), nz(type), nz(format), nz(venue), nz(address),
                nz(onlineLink), nz(city), nz(start), nz(end), nz(timeZone), nz(capacity), nz(rsvpDeadline),
                "on".equals(noShowsWait), skills == null ? List.of() : skills, "", "", "", nz(scope),
                coOrganizers == null ? List.of() : coOrganizers, nz(addCoOrganizers));
        String repeats = organized(id).repeats();
        try {
            events.edit(currentMember.caller(), id, request(form,
                    this.coOrganizers.resolve(form.coOrganizers(), form.addCoOrganizers()), false, false));
            return seeOther("/events/" + id + "?done=saved");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(form(id, form, fieldErrors(e), views.messages().errors(), repeats))
                    .build();
        } catch (EventStateException e) {
            return Response.status(e.status()).entity(form(id, form, Map.of(), views.refusal(e.type()), repeats))
                    .build();
        }
    }

    @POST
    @Path("series/{id}/cancel")
    public Response cancelSeries(@PathParam("id") UUID id, @RestForm String reason) {
        try {
            series.cancel(currentMember.caller(), id, reason);
        } catch (InvalidInputException e) {
            return seeOther("/events?problem=" + e.type());
        }
        return seeOther("/events?done=series-cancelled");
    }

    @POST
    @Path("events/{id}/publish")
    public Response publish(@PathParam("id") UUID id) {
        return act(id, () -> events.publish(currentMember.caller(), id), "published");
    }

    @POST
    @Path("events/{id}/cancel")
    public Response cancel(@PathParam("id") UUID id, @RestForm String reason) {
        return act(id, () -> events.cancel(currentMember.caller(), id, reason), "cancelled");
    }

    @GET
    @Path("events/{id}/check-in")
    public TemplateInstance checkIn(@PathParam("id") UUID id) {
        EventDto e = organized(id);
        return Templates.checkIn(new CheckInView(views.item(e), checkIns.counts(currentMember.caller(), id), null,
                null, null, ""));
    }

    @POST
    @Path("events/{id}/check-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkInPost(@PathParam("id") UUID id, @RestForm String code) {
        Caller caller = currentMember.caller();
        EventDto e = organized(id);
        try {
            CheckIns.CheckIn in = checkIns.checkIn(caller, id, code);
            return Response.ok(Templates.checkIn(new CheckInView(views.item(e), in.counts(), in.name(),
                    CLOCK.format(in.checkedInAt().atZone(views.zone())), null, ""))).build();
        } catch (TicketException refused) {
            return Response.status(refused.status()).entity(Templates.checkIn(new CheckInView(views.item(e),
                    checkIns.counts(caller, id), null, null, views.refusal(refused.type()), nz(code)))).build();
        }
    }

    @GET
    @Path("events/{id}/attendees")
    public TemplateInstance attendees(@PathParam("id") UUID id) {
        EventDto e = organized(id);
        List<AttendeeDto> all = events.attendees(currentMember.caller(), id);
        List<AttendeeDto> going = all.stream().filter(a -> "going".equals(a.status())).toList();
        long in = going.stream().filter(a -> a.checkedInAt() != null).count();
        EventViews.Item item = views.item(e);
        ZoneId zone = views.zone();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        java.util.function.Function<AttendeeDto, AttendeeRow> row = a -> new AttendeeRow(a.name(),
                day.format(a.respondedAt().atZone(zone)),
                a.checkedInAt() == null ? null : CLOCK.format(a.checkedInAt().atZone(zone)));
        return Templates.attendees(new AttendeesView(item, going.stream().map(row).toList(),
                all.stream().filter(a -> "waitlisted".equals(a.status())).map(row).toList(), in,
                item.over() ? going.size() - in : 0));
    }

    @GET
    @Path("events/{id}/attendees.csv")
    @Produces("text/csv")
    public Response attendeesCsv(@PathParam("id") UUID id) {
        List<AttendeeDto> all = events.attendees(currentMember.caller(), id);
        return Response.ok(AttendeesCsv.write(all), "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"attendees.csv\"").build();
    }

    private EventDto organized(UUID id) {
        EventDto e = events.get(currentMember.caller(), id);
        if (!e.canManage()) {
            throw new dev.mentorhub.common.web.NotFoundException("event");
        }
        return e;
    }

    private Response act(UUID id, Runnable action, String done) {
        try {
            action.run();
            return seeOther("/events/" + id + "?done=" + done);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return seeOther("/events/" + id + "?problem=" + e.type());
        }
    }

    private TemplateInstance form(UUID id, EventForm form, Map<String, String> errors, String problem,
            String repeats) {
        Caller caller = currentMember.caller();
        List<EventPages.Option> administered = programs.visiblePrograms(caller).stream()
                .filter(p -> programs.administers(caller, p))
                .map(p -> new EventPages.Option(p.id().toString(), p.name())).toList();
        return Templates.form(new FormView(id, form, errors, problem, views.skillOptions(), administered,
                caller.organizer() || caller.platformAdmin(), slugs(EventType.values()), slugs(EventFormat.values()),
                Arrays.stream(Recurrence.Frequency.values()).map(Recurrence.Frequency::slug).toList(), repeats,
                coOrganizers.named(form.coOrganizers())));
    }

    private Map<String, String> fieldErrors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem.FieldError error : e.errors()) {
            errors.putIfAbsent(error.field(), views.messages().error(error.field()));
        }
        return errors;
    }

    /** The form as an API request; what cannot be read stays null (or -1), and the validator names the field. */
    private static EventRequest request(EventForm f, List<UUID> coOrganizers, boolean publish, boolean creating) {
        Integer capacity = null;
        if (!f.capacity().isEmpty()) {
            try {
                capacity = Integer.valueOf(f.capacity());
            } catch (NumberFormatException e) {
                capacity = -1;
            }
        }
        UUID program = null;
        if (creating && !f.programId().isEmpty()) {
            try {
                program = UUID.fromString(f.programId());
            } catch (IllegalArgumentException e) {
                program = new UUID(0, 0);
            }
        }
        LocalDate until = null;
        try {
            until = f.repeatUntil().isEmpty() ? null : LocalDate.parse(f.repeatUntil());
        } catch (DateTimeException e) {
            until = LocalDate.MIN;
        }
        return new EventRequest(f.title(), f.description(), f.type(), f.format(), f.venue(), f.address(),
                f.onlineLink(), f.city(), local(f.start()), local(f.end()), f.timeZone(), capacity,
                local(f.rsvpDeadline()), f.noShowsWait(), f.skills(), coOrganizers, program, publish, f.repeat(), until,
                f.scope());
    }

    private static LocalDateTime local(String value) {
        try {
            return value.isEmpty() ? null : LocalDateTime.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static List<String> slugs(Slugged[] values) {
        return Arrays.stream(values).map(Slugged::slug).toList();
    }

    private static String nz(String value) {
        return value == null ? "" : value.strip();
    }
}
