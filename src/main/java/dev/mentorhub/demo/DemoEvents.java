package dev.mentorhub.demo;

import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.event.CheckIns;
import dev.mentorhub.event.EventDto;
import dev.mentorhub.event.EventRequest;
import dev.mentorhub.event.EventService;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo events for the run command, organized by the demo user olivia (realm role organizer): a paper night that is
 * full with a waitlist (bob has a seat), a webinar alice goes to, a weekly paper-reading series (open to all, so it
 * has a public calendar feed), an event held twelve days ago with check-ins and
 * no-shows, and a program event for the Acme program's members created by its admin paul. Dev mode only, after
 * the population, the program and alice and bob exist, through the same services as the pages; once per database
 * (nothing when olivia organizes an event already). The past is made by moving an event created ahead back in time.
 */
@ApplicationScoped
class DemoEvents {

    /** olivia's fixed Keycloak id in deploy/keycloak/dev/mentorhub-users.json. */
    static final String OLIVIA_SUBJECT = "6f1d2c3a-0003-4000-8000-000000000003";

    static final int MEETUP_CAPACITY = 12;
    static final int MEETUP_WAITING = 3;
    static final int PAST_GOING = 8;
    static final int PAST_CHECKED_IN = 6;
    static final int PROGRAM_GOING = 5;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Who plays whom: the subjects of olivia, alice, bob and paul, and the demo population's subject prefix. */
    record Cast(String olivia, String alice, String bob, String paul, String populationPrefix) {
        static Cast demo() {
            return new Cast(OLIVIA_SUBJECT, DemoMentorship.ALICE_SUBJECT, DemoMentorship.BOB_SUBJECT,
                    DemoProgram.PAUL_SUBJECT, DemoData.SUBJECT_PREFIX);
        }
    }

    /** The events made; {@code program} is null when there is no Acme program (or paul does not run it). */
    record Created(UUID meetup, UUID webinar, UUID past, UUID program, UUID series) {
    }

    private record Person(UUID id, String email) {
        Caller caller() {
            return new Caller(id, email, false, Set.of());
        }
    }

    private final MentorHubConfig config;
    private final MemberService memberService;
    private final MemberRepository members;
    private final EventService events;
    private final CheckIns checkIns;
    private final EntityManager em;
    private final Clock clock;

    DemoEvents(MentorHubConfig config, MemberService memberService, MemberRepository members, EventService events,
            CheckIns checkIns, EntityManager em, Clock clock) {
        this.config = config;
        this.memberService = memberService;
        this.members = members;
        this.events = events;
        this.checkIns = checkIns;
        this.em = em;
        this.clock = clock;
    }

    /** After the population, the program and alice and bob; before the matching index (default priority). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 400) StartupEvent event) {
        if (config.demoData().enabled() && LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            QuarkusTransaction.requiringNew().run(() -> create(Cast.demo()));
        }
    }

    /** The demo events for this cast, in the caller's transaction; null when olivia organizes an event already. */
    Created create(Cast cast) {
        Member olivia = memberService.signedIn(new SignedInIdentity(cast.olivia(), "olivia", "Olivia Martin",
                "olivia@demo.mentorhub.dev", Set.of("member", "organizer")));
        if (((Number) em.createNativeQuery("select count(*) from event where organizer_id = ?1")
                .setParameter(1, olivia.id()).getSingleResult()).longValue() > 0) {
            return null;
        }
        Caller organizer = new Caller(olivia.id(), olivia.trustedEmail(), false, Set.of(), true);
        Person alice = person(cast.alice());
        Person bob = person(cast.bob());
        List<Person> population = population(cast.populationPrefix(),
                MEETUP_CAPACITY + MEETUP_WAITING + PAST_GOING);
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));

        // (a) The paper night: bob and eleven others take the twelve seats, three more wait.
        LocalDateTime night = today.plusDays(5).atTime(19, 0);
        EventDto meetup = create(organizer, new EventRequest("Deep learning paper night", """
                ## This month: *Deep Residual Learning for Image Recognition*
                The ResNet paper (He et al., 2015) made networks of a hundred layers and more trainable. We read it \
                together and ask why a **shortcut connection** changes so much.

                - **19:00** doors, pizza and introductions
                - **19:30** a 20-minute walk through the paper
                - **19:50** small groups: reproduce the key figure in a PyTorch notebook
                - **20:45** what would you build with it?

                Read it beforehand if you can: [arXiv 1512.03385](https://arxiv.org/abs/1512.03385). Bring a laptop \
                for the notebook; remote attendees join through the link.
                """, "meetup", "hybrid", "MentorHub Space, Room Ada", "Musterstraße 12, 10115 Berlin",
                "https://meet.jit.si/mentorhub-demo-paper-night", "Berlin", night, night.plusMinutes(150),
                BERLIN.getId(), MEETUP_CAPACITY, null, null, List.of("deep-learning", "pytorch", "reading-papers"),
                List.of(), null, true));
        List<Person> meetupGoing = new ArrayList<>();
        if (bob != null) {
            meetupGoing.add(bob);
        }
        int fromPopulation = Math.min(population.size(), MEETUP_CAPACITY - meetupGoing.size() + MEETUP_WAITING);
        meetupGoing.addAll(population.subList(0, fromPopulation));
        // In arrival order: the first twelve are seated, the rest queue.
        meetupGoing.forEach(p -> events.respond(p.caller(), meetup.id(), true));

        // (b) The webinar: online, unlimited, alice is going.
        LocalDateTime webinarStart = today.plusDays(10).atTime(17, 0);
        EventDto webinar = create(organizer, new EventRequest("From notebook to production: serving your first model",
                """
                A one-hour webinar for analysts and engineers shipping their **first model**:

                1. Packaging a trained model and its preprocessing together
                2. An HTTP endpoint with a latency budget
                3. Watching it in production: drift, errors and the first retraining

                Questions welcome in the chat throughout; the recording goes to everyone who signed up.
                """, "webinar", "online", null, null, "https://meet.jit.si/mentorhub-demo-webinar", null,
                webinarStart, webinarStart.plusHours(1), BERLIN.getId(), null, null, null,
                List.of("production-integration", "serving-at-scale", "latency-budgets"), List.of(), null, true));
        if (alice != null) {
            events.respond(alice.caller(), webinar.id(), true);
        }

        // (c) A study group held twelve days ago: eight went, six were checked in at the door, two did not show.
        // Created ahead (the service refuses a start in the past), answered and checked in, then moved back.
        LocalDateTime ahead = today.plusDays(1).atTime(18, 30);
        EventDto past = create(organizer, new EventRequest("Transformers study group: attention by hand", """
                We work through *Attention Is All You Need* with pen, paper and a tiny PyTorch model: queries, keys \
                and values on a whiteboard first, then the code.

                Bring the printed paper; coffee is on us.
                """, "study-group", "in-person", "MentorHub Space, Room Ada", "Musterstraße 12, 10115 Berlin", null,
                "Berlin", ahead, ahead.plusHours(2), BERLIN.getId(), 10, null, null,
                List.of("transformers", "reading-papers"), List.of(), null, true));
        List<Person> pastGoing = population.size() >= fromPopulation + PAST_GOING
                ? population.subList(fromPopulation, fromPopulation + PAST_GOING)
                : population.subList(0, Math.min(population.size(), PAST_GOING));
        List<String> tickets = pastGoing.stream()
                .map(p -> events.respond(p.caller(), past.id(), true).myRsvp().ticketCode()).toList();
        tickets.stream().limit(PAST_CHECKED_IN).forEach(code -> checkIns.checkIn(organizer, past.id(), code));
        moveBack(past.id(), ahead, today.minusDays(12).atTime(18, 30));

        // (d) A weekly paper-reading circle: a series, its next occurrences made at once; alice has a seat in the first.
        LocalDateTime reading = today.plusDays(3).atTime(18, 0);
        EventDto circle = create(organizer, new EventRequest("NLP paper-reading circle", """
                One classic of natural language processing a week, read beforehand and discussed for an hour. \
                A volunteer gives a five-minute summary; the rest is questions.

                The reading list is pinned in the circle's notes; suggest the next paper at the end of each session.
                """, "paper-reading", "online", null, null, "https://meet.jit.si/mentorhub-demo-reading-circle", null,
                reading, reading.plusHours(1), BERLIN.getId(), 20, null, null,
                List.of("transformers", "reading-papers"), List.of(), null, true, "weekly", null, null));
        if (alice != null) {
            events.respond(alice.caller(), circle.id(), true);
        }

        // (e) A program event for the Acme program's members, by its admin paul; a few members are going.
        UUID program = programEvent(cast.paul(), today.plusDays(7).atTime(12, 0));

        Log.infof("Demo events: by olivia \"%s\" (%d of %d seats taken, %d waiting; bob %s), a webinar (alice %s), "
                + "a weekly reading circle, a past study group (%d of %d checked in)%s", meetup.title(), Math.min(meetupGoing.size(),
                        MEETUP_CAPACITY), MEETUP_CAPACITY, Math.max(0, meetupGoing.size() - MEETUP_CAPACITY),
                bob == null ? "absent" : "going", alice == null ? "absent" : "going",
                Math.min(tickets.size(), PAST_CHECKED_IN), tickets.size(),
                program == null ? "; no Acme program, so no program event" : "; and an Acme program event by paul");
        return new Created(meetup.id(), webinar.id(), past.id(), program, circle.seriesId());
    }

    private EventDto create(Caller caller, EventRequest request) {
        EventDto created = events.create(caller, request);
        // The RSVP steps lock the event's row: it has to be written first.
        em.flush();
        return created;
    }

    private UUID programEvent(String paulSubject, LocalDateTime start) {
        Member paul = members.findBySubject(paulSubject).orElse(null);
        if (paul == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<UUID> programs = em.createNativeQuery("select p.id from program p join organization o "
                + "on o.id = p.organization_id join organization_admin oa on oa.organization_id = o.id "
                + "where o.name = ?1 and oa.member_id = ?2 order by p.created_at, p.id", UUID.class)
                .setParameter(1, DemoProgram.ORGANIZATION).setParameter(2, paul.id()).setMaxResults(1)
                .getResultList();
        if (programs.isEmpty()) {
            return null;
        }
        UUID programId = programs.get(0);
        EventDto lunch = create(new Caller(paul.id(), paul.trustedEmail(), false, Set.of()), new EventRequest(
                "Acme mentoring lunch: a good first session", """
                For everyone in **Acme Engineering Mentoring**: mentors and mentees share what made their first \
                sessions work, and what they would do differently.

                Lunch is provided in the canteen; remote colleagues join through the link.
                """, "meetup", "hybrid", "Acme HQ, canteen", "Acme Campus, Building 2", "https://meet.jit.si/mentorhub-demo-acme-lunch",
                "Berlin", start, start.plusMinutes(75), BERLIN.getId(), 40, null, null, List.of("mentoring-others"),
                List.of(), programId, true));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, m.email from program_member pm join member m "
                + "on m.id = pm.member_id where pm.program_id = ?1 and pm.left_at is null order by pm.joined_at, m.id")
                .setParameter(1, programId).setMaxResults(PROGRAM_GOING).getResultList();
        rows.forEach(r -> events.respond(new Person((UUID) r[0], (String) r[1]).caller(), lunch.id(), true));
        return lunch.id();
    }

    /**
     * The event, its answers and its check-ins as if held at {@code to} (local, Berlin): every time moves back by the
     * same amount, and those checked in came through the door around the start. Demo data only.
     */
    private void moveBack(UUID eventId, LocalDateTime from, LocalDateTime to) {
        Duration back = Duration.between(to.atZone(BERLIN), from.atZone(BERLIN));
        String interval = back.toSeconds() + " seconds";
        em.flush();
        em.createNativeQuery("update event set starts_at = starts_at - cast(:back as interval), "
                + "ends_at = ends_at - cast(:back as interval), created_at = created_at - cast(:back as interval), "
                + "updated_at = updated_at - cast(:back as interval) where id = :id")
                .setParameter("back", interval).setParameter("id", eventId).executeUpdate();
        em.createNativeQuery("update event_rsvp set responded_at = responded_at - cast(:back as interval), "
                + "updated_at = updated_at - cast(:back as interval) where event_id = :id")
                .setParameter("back", interval).setParameter("id", eventId).executeUpdate();
        em.createNativeQuery("update event_rsvp r set checked_in_at = e.starts_at - interval '10 minutes' "
                + "+ (r.arrival % 20) * interval '1 minute' from event e where e.id = r.event_id "
                + "and r.event_id = :id and r.checked_in_at is not null")
                .setParameter("id", eventId).executeUpdate();
        em.clear();
    }

    private Person person(String subject) {
        return members.findBySubject(subject).map(m -> new Person(m.id(), m.trustedEmail())).orElse(null);
    }

    /** The first {@code limit} live members of the demo population, oldest first. */
    private List<Person> population(String prefix, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, m.email from member m where m.oidc_subject like ?1 "
                + "and m.deleted_at is null order by m.created_at, m.id")
                .setParameter(1, prefix + "%").setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Person((UUID) r[0], (String) r[1])).toList();
    }
}
