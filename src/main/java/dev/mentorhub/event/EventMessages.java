package dev.mentorhub.event;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the event pages and refusals: {@code {events:...}}; Chinese in messages/events_zh.properties. */
@MessageBundle("events")
public interface EventMessages {

    @Message("""
            {#switch type}{#case 'event-cancelled'}This event is cancelled.\
            {#case 'rsvp-closed'}RSVPs for this event are closed.\
            {#case 'event-not-published'}This event is not published yet.\
            {#case 'capacity-below-going'}Capacity cannot be below the number of members already going.\
            {#case 'event-over'}This event is over and can no longer change.\
            {#case 'not-organizer'}Only organizers create events for all members; program admins create their programs' events.\
            {#case 'ticket-unknown'}No ticket has this code. Check it and try again.\
            {#case 'ticket-other-event'}This ticket is for another event.\
            {#case 'ticket-used'}This ticket was already used.\
            {#else}That did not work.{/switch}""")
    String refused(String type);

    @Message("Events") String list_title();
    @Message("Past events") String archive_title();
    @Message("New event") String new_event();
    @Message("Change the event") String edit_title();
    @Message("Times in your time zone, {zone}.") String in_your_zone(String zone);
    @Message("Upcoming events") String upcoming_link();
    @Message("Past events") String archive_link();
    @Message("Recommended for you") String recommended_title();

    @Message("""
            {#switch basis}{#case 'learn'}Covers {count} of the skills you want to learn: {names}\
            {#case 'teach'}Covers {count} of the skills you teach: {names}\
            {#else}Matches your goals: {names}{/switch}""")
    String reason(String basis, int count, String names);

    @Message("""
            {#switch type}{#case 'meetup'}Meetup{#case 'webinar'}Webinar{#case 'paper-reading'}Paper-reading group\
            {#case 'study-group'}Study group{#case 'conference-outing'}Conference outing{#else}{type}{/switch}""")
    String type(String type);

    @Message("""
            {#switch format}{#case 'in-person'}In person{#case 'online'}Online{#case 'hybrid'}Hybrid\
            {#else}{format}{/switch}""")
    String format(String format);

    @Message("""
            {#switch status}{#case 'draft'}Draft{#case 'published'}Published{#case 'cancelled'}Cancelled\
            {#else}{status}{/switch}""")
    String status(String status);

    @Message("""
            {#switch status}{#case 'going'}Going{#case 'waitlisted'}On the waitlist{#case 'not-going'}Not going\
            {#else}{status}{/switch}""")
    String my_status(String status);

    @Message("""
            {#switch field}{#case 'title'}Title{#case 'description'}Description{#case 'type'}Type\
            {#case 'format'}Format{#case 'venue'}Venue{#case 'address'}Address{#case 'onlineLink'}Online link\
            {#case 'city'}City{#case 'start'}Starts{#case 'end'}Ends{#case 'timeZone'}Time zone\
            {#case 'capacity'}Seats{#case 'rsvpDeadline'}RSVPs close{#case 'skills'}Skills\
            {#case 'programId'}Program{#case 'repeat'}Repeats{#case 'repeatUntil'}Until (optional)\
            {#case 'coOrganizers'}Co-organizers\
            {#else}{field}{/switch}""")
    String field(String field);

    @Message("""
            {#switch field}{#case 'title'}Give the event a title (at most 200 characters).\
            {#case 'description'}The description is too long (at most 20,000 characters).\
            {#case 'type'}Choose a type.{#case 'format'}Choose in person, online or hybrid.\
            {#case 'venue'}An event in person needs a venue or an address.\
            {#case 'onlineLink'}An online event needs a link that starts with https:// or http://.\
            {#case 'start'}Enter a start that is in the future and exists in the time zone.\
            {#case 'end'}The end must be after the start, at most 14 days later.\
            {#case 'timeZone'}Enter a time zone such as Europe/Berlin or Asia/Shanghai.\
            {#case 'capacity'}Seats must be a whole number from 1 to 100,000, or empty for unlimited.\
            {#case 'rsvpDeadline'}RSVPs must close before the event starts.\
            {#case 'skills'}Choose at most 10 skills from the list.\
            {#case 'programId'}Choose a program you run.\
            {#case 'repeat'}Only events of 15 minutes to a day repeat: weekly, every two weeks or monthly.\
            {#case 'repeatUntil'}The last day must be from the first event to two years later.\
            {#case 'coOrganizers'}Enter the addresses members verified, at most 5 co-organizers.\
            {#else}Check this field.{/switch}""")
    String error(String field);

    @Message("Please correct the marked fields.") String errors();
    @Message("Any") String any();
    @Message("From") String from();
    @Message("Until") String to();
    @Message("Filter") String filter();
    @Message("{total} events") String count(long total);
    @Message("No upcoming events match. Try fewer filters, or look at past events.") String list_empty();
    @Message("No past events yet.") String archive_empty();
    @Message("{going} going, no seat limit") String going_unlimited(int going);
    @Message("Full ({capacity} seats), {waiting} on the waitlist") String full(Integer capacity, int waiting);
    @Message("{left} of {capacity} seats left") String seats_left(Integer left, Integer capacity);

    @Message("""
            {#switch done}{#case 'going'}You are going. Your ticket is ready, and the event is in your calendar feed.\
            {#case 'waitlisted'}The event is full: you are on the waitlist. When a seat frees up you get it at once and we tell you.\
            {#case 'not-going'}Your answer is saved: not going.\
            {#case 'created'}The event is saved as a draft. Only you see it until you publish it.\
            {#case 'published'}The event is published: its audience can see it and RSVP.\
            {#case 'saved'}Your changes are saved; those going and waiting have been told.\
            {#case 'cancelled'}The event is cancelled; those going and waiting have been told.\
            {#case 'series-cancelled'}The series is cancelled; those going to its upcoming events have been told.\
            {#else}Done.{/switch}""")
    String done(String done);

    @Message("This event is cancelled.") String cancelled_notice();
    @Message("Reason") String reason_label();
    @Message("Join online") String join_online();
    @Message("The venue and the link are shown to those going.") String venue_hidden();
    @Message("Organized by {name}") String organized_by(String name);
    @Message("Add to calendar (.ics)") String add_to_calendar();
    @Message("Your answer") String rsvp_title();
    @Message("Place {place} on the waitlist") String place(Long place);
    @Message("Checked in") String checked_in();
    @Message("Show my ticket") String ticket_open();
    @Message("I'm going") String rsvp_going();
    @Message("Join the waitlist") String join_waitlist();
    @Message("I can't go") String rsvp_not_going();
    @Message("Leave the waitlist") String leave_waitlist();
    @Message("RSVPs close {when}.") String rsvp_closes(String when);
    @Message("Organize") String manage_title();
    @Message("Publish") String publish();
    @Message("Change") String edit();
    @Message("Check-in at the door") String check_in_title();
    @Message("Attendees") String attendees_title();
    @Message("Cancel the event") String cancel_event();
    @Message("{going} going and {waiting} waiting will be told.") String cancel_hint(int going, int waiting);
    @Message("Your ticket") String ticket_title();
    @Message("QR code of your ticket") String ticket_qr_label();
    @Message("Show this code at the door. It lets one person in, once.") String ticket_hint();
    @Message("For") String audience();
    @Message("All members") String audience_all();
    @Message("Members of {name} only") String audience_program(String name);
    @Message("Unlimited") String unlimited();
    @Message("The venue, address and link are shown only to those going.") String venue_privacy();
    @Message("Add co-organizers by email") String co_organizers_add();
    @Message("The addresses members signed in with, separated by commas. Co-organizers can change the event and run check-in.")
    String co_organizers_hint();
    @Message("Markdown: **bold**, *italic*, lists and links.") String markdown_hint();
    @Message("Members with two or more recent no-shows wait behind the others on the waitlist")
    String no_shows_wait();
    @Message("Save") String save();
    @Message("Publish") String create_publish();
    @Message("Save as draft") String create_draft();
    @Message("in") String count_in();
    @Message("still to come") String count_not_yet();
    @Message("going") String count_going();
    @Message("{name} is in ({at}).") String admitted(String name, String at);
    @Message("Ticket code") String ticket_code();
    @Message("Check in") String check_in();
    @Message("Scan with the camera") String scan();
    @Message("{going} going, {checkedIn} checked in, {waiting} on the waitlist")
    String attendance(int going, long checkedIn, int waiting);
    @Message("{count} no-shows") String no_shows(long count);
    @Message("Download CSV") String download_csv();
    @Message("Name") String name();
    @Message("Answered") String responded();
    @Message("No-show") String no_show();
    @Message("Nobody is going yet.") String nobody_going();

    @Message("""
            {#switch repeats}{#case 'weekly'}Every week{#case 'every-two-weeks'}Every two weeks\
            {#case 'monthly'}Every month, on the same weekday{#else}{repeats}{/switch}""")
    String repeats(String repeats);

    @Message("Does not repeat") String repeat_none();
    @Message("My events") String mine_title();
    @Message("You have not signed up for anything coming up. Find an event to go to.") String mine_empty();
    @Message("You were at {attended} events; {missed} times you were going but did not come.")
    String my_attendance(long attended, long missed);
    @Message("{#switch status}{#case 'ended'}This series has ended.{#case 'cancelled'}This series is cancelled.{#else}{status}{/switch}")
    String series_status(String status);
    @Message("Subscribe to the series") String series_feed();
    @Message("(a calendar address: every date of the series, kept up to date)") String series_feed_hint();
    @Message("Cancel the whole series") String cancel_series();
    @Message("No more dates are made; its upcoming events are cancelled and those going are told.")
    String cancel_series_hint();
    @Message("This event is part of a series. Change:") String scope_title();
    @Message("this event only") String scope_this();
    @Message("this and all following events") String scope_following();
}
