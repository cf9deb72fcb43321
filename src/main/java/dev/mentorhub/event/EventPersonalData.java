package dev.mentorhub.event;

import dev.mentorhub.member.DeletedMember;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events, for the data export and account deletion. Deleting an account gives up its seats and places (the first
 * waiting members are promoted and told), erases its RSVPs, tickets, check-ins and reminders, cancels the upcoming
 * events and series it organizes (their attendees are told), and takes it off the co-organizers. Past events it
 * organized stay in the archive under "Deleted member". The export holds the member's RSVPs and the events they run.
 */
@ApplicationScoped
class EventPersonalData implements PersonalData {

    /** An RSVP in the export. */
    record RsvpExport(UUID eventId, String title, Instant start, String status, Instant respondedAt,
            Instant checkedInAt) {
    }

    /** An event the member organizes, in the export. */
    record OrganizedExport(UUID eventId, String title, Instant start, String status) {
    }

    private final EventRepository events;
    private final RsvpRepository rsvps;
    private final Rsvps steps;
    private final EventNotices notices;
    private final EntityManager em;
    private final Clock clock;

    EventPersonalData(EventRepository events, RsvpRepository rsvps, Rsvps steps, EventNotices notices,
            EntityManager em, Clock clock) {
        this.events = events;
        this.rsvps = rsvps;
        this.steps = steps;
        this.notices = notices;
        this.em = em;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Object> export(Member me) {
        List<RsvpExport> answers = rsvps.list("key.memberId = ?1", me.id()).stream().map(r -> {
            Event e = events.findById(r.eventId());
            return new RsvpExport(e.id(), e.title(), e.startsAt(), r.status().slug(), r.respondedAt(),
                    r.checkedInAt());
        }).toList();
        List<OrganizedExport> organized = events.list("organizerId = ?1 order by startsAt", me.id()).stream()
                .map(e -> new OrganizedExport(e.id(), e.title(), e.startsAt(), e.status().slug())).toList();
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("eventRsvps", answers);
        sections.put("eventsOrganized", organized);
        return sections;
    }

    /** The events whose seats the member holds or waits for, and those they run: in the order RSVPs lock them. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(DeletedMember deleted) {
        em.createNativeQuery("""
                select id from event where ends_at > :now and (organizer_id = :m or id in (
                    select event_id from event_rsvp where member_id = :m and status in ('GOING', 'WAITLISTED')))
                order by id for update
                """).setParameter("m", deleted.id()).setParameter("now", clock.instant()).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(DeletedMember deleted) {
        UUID id = deleted.id();
        Instant now = clock.instant();
        for (EventRsvp r : rsvps.list("key.memberId = ?1 and status in ?2", id,
                List.of(RsvpStatus.GOING, RsvpStatus.WAITLISTED))) {
            steps.withdraw(events.findById(r.eventId()), r, now);
        }
        em.flush();
        em.createNativeQuery("delete from event_reminder where member_id = :m").setParameter("m", id).executeUpdate();
        rsvps.delete("key.memberId = ?1", id);
        for (Event e : events.list("organizerId = ?1 and endsAt > ?2 and status <> ?3", id, now,
                EventStatus.CANCELLED)) {
            boolean published = e.status() == EventStatus.PUBLISHED;
            e.cancel(null, now);
            if (published) {
                notices.tellAttendees(e, "cancelled");
            }
        }
        em.createQuery("select s from EventSeries s where s.organizerId = :m and s.status = :active",
                EventSeries.class).setParameter("m", id).setParameter("active", EventSeries.Status.ACTIVE)
                .getResultList().forEach(s -> s.cancel(now));
        em.createNativeQuery("update event set co_organizer_ids = array_remove(co_organizer_ids, :m) "
                + "where :m = any(co_organizer_ids)").setParameter("m", id).executeUpdate();
    }
}
