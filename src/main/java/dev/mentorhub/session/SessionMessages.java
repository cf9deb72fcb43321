package dev.mentorhub.session;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the session pages and refusals: {@code {sessions:...}}; Chinese in messages/sessions_zh.properties. */
@MessageBundle("sessions")
public interface SessionMessages {

    @Message("""
            {#switch key}{#case 'state'}This session is {status} and cannot change that way.\
            {#case 'own-proposal'}You proposed this session; the other side accepts or declines it.\
            {#case 'not-yet'}This session has not started yet; mark it held or missed afterwards.\
            {#case 'mentorship-ended'}This mentorship has ended; its sessions can no longer be booked or changed.\
            {#else}That did not work.{/switch}""")
    String refused(String key, String status);

    @Message("You already have a session from {from} to {until} ({zone}) that overlaps this time.")
    String conflict_mine(String from, String until, String zone);

    @Message("The other member already has a session from {from} to {until} ({zone}) that overlaps this time.")
    String conflict_theirs(String from, String until, String zone);

    @Message("""
            {#switch status}{#case 'proposed'}Proposed{#case 'confirmed'}Confirmed{#case 'declined'}Declined\
            {#case 'cancelled'}Cancelled{#case 'held'}Held{#case 'missed'}Missed{#else}{status}{/switch}""")
    String status(String status);

    @Message("Upcoming sessions") String upcoming_title();
    @Message("Times are in your time zone, {zone}.") String in_your_zone(String zone);
    @Message("No sessions coming up. Open one of your mentorships to propose a time.") String upcoming_empty();
    @Message("My mentorships") String my_mentorships();
    @Message("Goals, notes and milestones") String workspace();
    @Message("Sessions with {name}") String mentorship_title(String name);
    @Message("This mentorship has ended: no new sessions.") String mentorship_ended();
    @Message("{from}–{until}") String span(String from, String until);
    @Message("with {name}") String with(String name);
    @Message("proposed by you") String proposed_by_you();
    @Message("proposed by {name}") String proposed_by(String name);
    @Message("Join") String join();
    @Message("Accept") String accept();
    @Message("Decline") String decline();
    @Message("Cancel the session") String cancel();
    @Message("Reason (optional)") String reason();
    @Message("Held") String held();
    @Message("Missed") String missed();
    @Message("Download (.ics)") String download();
    @Message("Propose a session") String propose_title();
    @Message("Date") String date();
    @Message("Start") String start();
    @Message("Length") String length();
    @Message("{minutes} minutes") String minutes(String minutes);
    @Message("Time zone") String zone();
    @Message("Video link or place") String location();
    @Message("Agenda") String agenda();
    @Message("Propose") String propose();
    @Message("Free times for both of you") String slots_title();
    @Message("No common free time in the next three weeks. Add hours to your profile, or propose any time below.")
    String slots_empty();
    @Message("Pick a time to fill in the form.") String slots_hint();
    @Message("Your week and {name}'s") String week_title(String name);
    @Message("you") String legend_you();
    @Message("{name}") String legend_them(String name);
    @Message("both free") String legend_both();
    @Message("Previous week") String previous_week();
    @Message("Next week") String next_week();
    @Message("Sessions") String sessions();
    @Message("No sessions yet.") String sessions_empty();
    @Message("Your calendar") String calendar_title();
    @Message("Subscribe to this address in your calendar app and your sessions appear there, kept up to date. Keep it secret: anyone with it sees your sessions.")
    String calendar_intro();
    @Message("Google Calendar: Other calendars → + → From URL, paste the address.") String calendar_google();
    @Message("Outlook: Add calendar → Subscribe from web, paste the address.") String calendar_outlook();
    @Message("Apple Calendar: File → New Calendar Subscription, paste the address.") String calendar_apple();
    @Message("Replace the address") String calendar_replace();
    @Message("The old address no longer works; subscribe to the new one.") String calendar_replaced();
    @Message("""
            {#switch done}{#case 'proposed'}Session proposed. {name} has been asked to accept it.\
            {#case 'accepted'}Session accepted: it is in both calendars.{#case 'declined'}Session declined.\
            {#case 'cancelled'}Session cancelled.{#case 'held'}Marked as held.{#case 'missed'}Marked as missed.\
            {#case 'feedback'}Thank you: your feedback is saved.\
            {#else}Done.{/switch}""")
    String done(String done, String name);
    @Message("Please correct the marked fields.") String errors();
    @Message("How was your session with {name}?") String feedback_title(String name);
    @Message("Back to your sessions") String back_to_sessions();
    @Message("Your rating") String feedback_rating();
    @Message("{#if stars == 1}★ 1 — not useful{#else if stars == 5}★ 5 — excellent{#else}★ {stars}{/if}")
    String feedback_stars(int stars);
    @Message("Progress on your agreed goals") String feedback_progress();
    @Message("{#switch level}{#case 'none'}No progress yet{#case 'some'}Some progress{#case 'good'}Good progress"
            + "{#case 'achieved'}Achieved{#else}{level}{/switch}")
    String feedback_level(String level);
    @Message("Anything else? (optional)") String feedback_comment();
    @Message("Only the two of you can read your feedback; program admins see average ratings only.")
    String feedback_private();
    @Message("Save feedback") String feedback_send();
    @Message("Feedback so far") String feedback_given();
    @Message("You") String feedback_you();
    @Message("Leave feedback") String feedback_leave();
    @Message("{#switch field}{#case 'rating'}Choose a rating from 1 to 5.{#case 'comment'}At most 2000 characters."
            + "{#case 'goalProgress'}Choose a progress for each goal from the list.{#else}Please check this value."
            + "{/switch}")
    String feedback_error(String field);
    @Message("""
            {#switch field}{#case 'start'}Pick a date and start time in the future that exists in the time zone.\
            {#case 'end'}A session lasts 15 minutes to 4 hours.{#case 'timeZone'}Choose a time zone such as Europe/Berlin.\
            {#case 'location'}A link must start with https://; or name a place.{#case 'agenda'}At most 2000 characters.\
            {#else}Please check this value.{/switch}""")
    String error(String field);
}
