package dev.mentorhub.event;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.notification.Mails;
import dev.mentorhub.notification.Notifications;
import dev.mentorhub.notification.Outbox;
import dev.mentorhub.notification.RenderedMail;
import dev.mentorhub.profile.ProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells an attendee what happened to their event, in the transaction of the change: a notification, and a mail in
 * their zone (through the outbox, once per key). Those going get the event's invite (or its cancellation) attached,
 * so their calendar follows; those waiting get no attachment, as the event is not in their calendar.
 */
@ApplicationScoped
class EventNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Notifications notifications;
    private final Outbox outbox;
    private final Mails mails;
    private final MemberRepository members;
    private final ProfileService profiles;
    private final EventCalendars calendars;
    private final RsvpRepository rsvps;
    private final Clock clock;

    EventNotices(Notifications notifications, Outbox outbox, Mails mails, MemberRepository members,
            ProfileService profiles, EventCalendars calendars, RsvpRepository rsvps, Clock clock) {
        this.rsvps = rsvps;
        this.notifications = notifications;
        this.outbox = outbox;
        this.mails = mails;
        this.members = members;
        this.profiles = profiles;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * {@code step}: promoted, changed, cancelled or reminder. {@code once} makes the mail's key unique to this step
     * (the event's change count, the promotion's time, the reminder's kind and start).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void tell(Event event, EventRsvp rsvp, String step, String once) {
        members.findLive(rsvp.memberId()).ifPresent(member -> {
            notifications.notify(member, "event-" + step, event.organizerId(), event.id(),
                    EventLinks.page(event.id()));
            mail(event, rsvp, member, step, "event-" + step + ":" + event.id() + ":" + once + ":" + member.id());
        });
    }

    /** Everyone going or waiting: {@code step} is changed or cancelled, once per change of the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    void tellAttendees(Event event, String step) {
        for (EventRsvp r : rsvps.attendeesOf(event.id())) {
            tell(event, r, step, String.valueOf(event.sequence()));
        }
    }

    private void mail(Event event, EventRsvp rsvp, Member to, String step, String key) {
        if (to.email() == null || to.email().isBlank()) {
            return;
        }
        boolean going = rsvp.status() == RsvpStatus.GOING;
        ZoneId zone = profiles.zoneOf(to.id());
        String when = DAY.format(event.startsAt().atZone(zone)) + "–" + TIME.format(event.endsAt().atZone(zone));
        String where = going && event.status() != EventStatus.CANCELLED ? place(event) : null;
        Mails.EventMail content = new Mails.EventMail(step, profiles.nameOf(to.id()), event.title(), when,
                zone.getId(), where, event.status() == EventStatus.CANCELLED ? event.cancelReason() : null,
                EventLinks.page(event.id()));
        RenderedMail mail = mails.event(Locale.ENGLISH, content);
        outbox.enqueue(key, to.email(), to.id(),
                going ? mail.withCalendar(calendars.invite(event, to, clock.instant())) : mail);
    }

    private static String place(Event event) {
        String place = Stream.of(event.venue(), event.address(), event.onlineLink())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        return place.isEmpty() ? null : place;
    }
}
