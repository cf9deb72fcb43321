package dev.mentorhub.session;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.Problem;
import dev.mentorhub.common.web.RequestLocale;
import dev.mentorhub.member.Member;
import dev.mentorhub.profile.ProfileService;
import dev.mentorhub.session.slots.WeekGrid;
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
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The session pages: upcoming sessions by day in my zone (with the calendar subscription), and one mentorship's
 * sessions with the times both members are free (a list and a week grid) and the form to propose one.
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SessionPages {

    static final List<String> LENGTHS = List.of("30", "45", "60", "90");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SessionService sessions;
    private final SessionSlots slots;
    private final SessionCalendars calendars;
    private final ProfileService profiles;
    private final CurrentMember currentMember;
    private final RequestLocale locale;
    private final Clock clock;

    SessionPages(SessionService sessions, SessionSlots slots, SessionCalendars calendars,
            ProfileService profiles, CurrentMember currentMember, RequestLocale locale, Clock clock) {
        this.sessions = sessions;
        this.slots = slots;
        this.calendars = calendars;
        this.profiles = profiles;
        this.currentMember = currentMember;
        this.locale = locale;
        this.clock = clock;
    }

    /** A session as a page shows it: its times written in the reader's zone. */
    public record Item(SessionDto session, LocalDate day, String from, String until, boolean link, boolean started,
            boolean ended) {
    }

    public record Day(LocalDate date, List<Item> items) {
    }

    public record UpcomingView(String zone, List<Day> days, String feedUrl, String done) {
    }

    /** What was typed into the proposal form (strings, so a wrong value shows again as typed). */
    public record SessionForm(String date, String time, String minutes, String timeZone, String location,
            String agenda) {
    }

    public record SlotItem(String date, String time, String label) {
    }

    public record MentorshipView(UUID id, String partnerName, boolean active, String zone, List<Item> sessions,
            List<SlotItem> slots, WeekGrid grid, LocalDate previousWeek, LocalDate nextWeek, SessionForm form,
            Map<String, String> errors, String problem, String done, List<String> lengths) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance upcoming(UpcomingView view);

        static native TemplateInstance mentorship(MentorshipView view);
    }

    /** Where a notification or mail about the session leads. */
    static String link(MentoringSession session) {
        return "/mentorships/" + session.mentorshipId() + "/sessions#session-" + session.id();
    }

    /** The feedback form of a session that has ended. */
    static String feedbackLink(MentoringSession session) {
        return "/sessions/" + session.id() + "/feedback";
    }

    @GET
    @Path("sessions")
    public TemplateInstance upcoming(@RestQuery String done) {
        Member me = currentMember.member();
        ZoneId zone = profiles.zoneOf(me.id());
        Map<LocalDate, List<Item>> byDay = new TreeMap<>();
        for (SessionDto s : sessions.upcoming(me)) {
            Item item = item(s, zone);
            byDay.computeIfAbsent(item.day(), d -> new ArrayList<>()).add(item);
        }
        List<Day> days = byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
        return Templates.upcoming(new UpcomingView(zone.getId(), days, calendars.feedUrl(me),
                "replaced".equals(done) ? done : null));
    }

    @POST
    @Path("sessions/calendar/replace")
    public Response replaceCalendar() {
        calendars.replaceFeed(currentMember.member());
        return seeOther("/sessions?done=replaced");
    }

    @GET
    @Path("mentorships/{id}/sessions")
    public TemplateInstance mentorship(@PathParam("id") UUID id, @RestQuery String week, @RestQuery String date,
            @RestQuery String time, @RestQuery Integer minutes, @RestQuery String done) {
        Member me = currentMember.member();
        ZoneId zone = profiles.zoneOf(me.id());
        String length = minutes != null && LENGTHS.contains(String.valueOf(minutes)) ? String.valueOf(minutes)
                : String.valueOf(sessions.usualMinutes(me, id));
        SessionForm form = new SessionForm(date == null ? "" : date, time == null ? "" : time, length, zone.getId(),
                "", "");
        return page(id, parseDay(week), form, Map.of(), null, done);
    }

    @POST
    @Path("mentorships/{id}/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("id") UUID id, @RestForm String date, @RestForm String time,
            @RestForm String minutes, @RestForm String timeZone, @RestForm String location,
            @RestForm String agenda) {
        SessionForm form = new SessionForm(nz(date), nz(time), nz(minutes), nz(timeZone), nz(location), nz(agenda));
        try {
            sessions.propose(currentMember.member(), id, request(form));
            return seeOther("/mentorships/" + id + "/sessions?done=proposed");
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            SessionMessages m = messages();
            for (Problem.FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), m.error(error.field()));
            }
            return Response.status(400).entity(page(id, null, form, errors, m.errors(), null)).build();
        } catch (SessionConflictException | SessionStateException e) {
            // The form again, with what was typed, and why the time cannot be had.
            return Response.status(e.status()).entity(page(id, null, form, Map.of(), e.text(locale.locale()), null))
                    .build();
        }
    }

    @POST
    @Path("sessions/{id}/accept")
    public Response accept(@PathParam("id") UUID id) {
        return back(sessions.accept(currentMember.member(), id), "accepted");
    }

    @POST
    @Path("sessions/{id}/decline")
    public Response decline(@PathParam("id") UUID id, @RestForm String reason) {
        return back(sessions.decline(currentMember.member(), id, reason), "declined");
    }

    @POST
    @Path("sessions/{id}/cancel")
    public Response cancel(@PathParam("id") UUID id, @RestForm String reason) {
        return back(sessions.cancel(currentMember.member(), id, reason), "cancelled");
    }

    @POST
    @Path("sessions/{id}/held")
    public Response held(@PathParam("id") UUID id) {
        return back(sessions.record(currentMember.member(), id, true), "held");
    }

    @POST
    @Path("sessions/{id}/missed")
    public Response missed(@PathParam("id") UUID id) {
        return back(sessions.record(currentMember.member(), id, false), "missed");
    }

    @GET
    @Path("sessions/{id}.ics")
    @Produces(CalendarFeedResource.TEXT_CALENDAR)
    public Response download(@PathParam("id") UUID id) {
        return Response.ok(calendars.single(currentMember.member(), id))
                .header("Content-Disposition", "attachment; filename=\"session.ics\"").build();
    }

    private TemplateInstance page(UUID id, LocalDate week, SessionForm form, Map<String, String> errors,
            String problem, String done) {
        Member me = currentMember.member();
        ZoneId zone = profiles.zoneOf(me.id());
        List<Item> items = sessions.ofMentorship(me, id).stream().map(s -> item(s, zone)).toList();
        SessionSlots.Week grid = slots.week(me, id, week);
        int length = LENGTHS.contains(form.minutes().strip()) ? parseInt(form.minutes()) : 60;
        List<SlotItem> free = slots.next(me, id, length).stream().map(s -> slot(s.start(), s.end(), zone)).toList();
        boolean active = sessions.isActive(me, id);
        String shownDone = done != null && Set.of("proposed", "accepted", "declined", "cancelled", "held", "missed", "feedback")
                .contains(done) ? done : null;
        return Templates.mentorship(new MentorshipView(id, grid.partnerName(), active, zone.getId(), items, free,
                grid.grid(), grid.previous(), grid.next(), form, errors, problem, shownDone, LENGTHS));
    }

    private Response back(SessionDto session, String done) {
        return seeOther("/mentorships/" + session.mentorshipId() + "/sessions?done=" + done + "#session-"
                + session.id());
    }

    private Item item(SessionDto s, ZoneId zone) {
        return new Item(s, s.start().atZone(zone).toLocalDate(), TIME.format(s.start().atZone(zone)),
                TIME.format(s.end().atZone(zone)), s.location() != null && s.location().startsWith("https://"),
                !s.start().isAfter(clock.instant()), !s.end().isAfter(clock.instant()));
    }

    private SlotItem slot(Instant start, Instant end, ZoneId zone) {
        Locale lang = locale.locale();
        String day = DateTimeFormatter.ofPattern(lang.getLanguage().equals("zh") ? "M月d日 EEE" : "EEE d MMM", lang)
                .format(start.atZone(zone));
        return new SlotItem(start.atZone(zone).toLocalDate().toString(), TIME.format(start.atZone(zone)),
                day + " " + TIME.format(start.atZone(zone)) + "–" + TIME.format(end.atZone(zone)));
    }

    /** The form as an API request; what cannot be read stays null, and the validator names the field. */
    private static SessionRequest request(SessionForm form) {
        LocalDateTime start = null;
        LocalDateTime end = null;
        try {
            start = LocalDateTime.of(LocalDate.parse(form.date()), LocalTime.parse(form.time()));
            int minutes = parseInt(form.minutes());
            end = minutes > 0 ? start.plusMinutes(minutes) : null;
        } catch (DateTimeException e) {
            // Left null: "start is required".
        }
        return new SessionRequest(start, end, form.timeZone(), form.location(), form.agenda());
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private static LocalDate parseDay(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private SessionMessages messages() {
        return Bundles.of(SessionMessages.class, locale.locale());
    }
}
