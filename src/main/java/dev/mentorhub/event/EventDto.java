package dev.mentorhub.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event as its viewer may see it. {@code venue}, {@code address} and {@code onlineLink} are null unless
 * {@code revealed}: for confirmed attendees and organizers only. {@code seatsLeft} is null when unlimited.
 * {@code repeats} (weekly, every-two-weeks, monthly) is set for an occurrence of a series.
 */
public record EventDto(UUID id, UUID seriesId, String title, String description, String type, String format,
        String city, String venue, String address, String onlineLink, boolean revealed, Instant start, Instant end,
        String timeZone, Integer capacity, int going, int waiting, Integer seatsLeft, Instant rsvpDeadline,
        boolean rsvpOpen, boolean noShowsWait, String status, String cancelReason, List<String> skills,
        UUID programId, Person organizer, List<Person> coOrganizers, MyRsvp myRsvp, boolean canManage,
        int sequence, String repeats) {

    public record Person(UUID id, String name) {
    }

    /**
     * The viewer's answer: going (with the door ticket), waitlisted (with the place in the queue, from 1), or
     * not going; null when they have not answered.
     */
    public record MyRsvp(String status, Long place, String ticketCode, Instant checkedInAt) {
    }
}
