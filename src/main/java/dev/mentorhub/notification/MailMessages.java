package dev.mentorhub.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the emails, {@code {mail:...}} in templates/mail; Chinese in messages/mail_zh.properties. */
@MessageBundle("mail")
public interface MailMessages {

    @Message("MentorHub")
    String app_name();

    @Message("You receive this email because you have an account on MentorHub.")
    String footer();

    @Message("Welcome to MentorHub, {name}")
    String welcome_subject(String name);

    @Message("Hello {name},")
    String welcome_greeting(String name);

    @Message("your profile is complete. MentorHub now suggests people who fit what you want to learn and what you can teach, and explains why.")
    String welcome_body();

    @Message("Open MentorHub")
    String welcome_cta();

    @Message("You can change your profile, languages and visibility at any time.")
    String welcome_hint();

    @Message("""
            {#switch event}{#case 'received'}{other} sent you a request{#case 'accepted'}{other} accepted your request\
            {#case 'declined'}{other} declined your request{#case 'expired'}Your request to {other} has expired\
            {#case 'withdrawn'}{other} withdrew their request{#case 'reminder'}Reminder: {other} is waiting for your answer\
            {#case 'ended'}{other} ended your mentorship{#else}{event}{/switch}""")
    String request_subject(String event, String other);

    @Message("""
            {#switch event}{#case 'received'}{other} would like you as their mentor. Accept or decline the request on MentorHub.\
            {#case 'accepted'}{other} accepted your request: your mentorship has started.\
            {#case 'declined'}{other} cannot take your request this time. Other suggested people may be a good fit.\
            {#case 'expired'}{other} did not answer in time, so your request has expired. You can send a request to someone else.\
            {#case 'withdrawn'}{other} withdrew their request to you; there is nothing more to do.\
            {#case 'reminder'}The request from {other} is halfway to expiring. Please accept or decline it before then.\
            {#case 'ended'}{other} has ended your mentorship. Thank you for the time you spent together; you can look for \
            new people among your suggestions.{#else}{event}{/switch}""")
    String request_body(String event, String other);

    @Message("See the request")
    String request_cta();

    @Message("""
            {#switch event}{#case 'proposed'}{other} proposed a session on {when}\
            {#case 'rescheduled'}{other} proposed a new time: {when}{#case 'confirmed'}{other} accepted the session on {when}\
            {#case 'declined'}{other} declined the session on {when}{#case 'cancelled'}{other} cancelled the session on {when}\
            {#case 'reminder'}Reminder: your session with {other} on {when}{#else}{event}{/switch}""")
    String session_subject(String event, String other, String when);

    @Message("""
            {#switch event}{#case 'proposed'}{other} would like to meet. Accept the time, or propose another, on MentorHub.\
            {#case 'rescheduled'}{other} has moved your session. Accept the new time, or propose another.\
            {#case 'confirmed'}{other} accepted: the session is in your calendar.\
            {#case 'declined'}{other} cannot make this time. Propose another one on MentorHub.\
            {#case 'cancelled'}{other} cancelled the session; it has been taken out of your calendar.\
            {#case 'reminder'}Your session with {other} starts soon.{#else}{event}{/switch}""")
    String session_body(String event, String other);

    @Message("When: {when} ({zone})")
    String session_when(String when, String zone);

    @Message("Where: {where}")
    String session_where(String where);

    @Message("Agenda: {agenda}")
    String session_agenda(String agenda);

    @Message("Reason: {reason}")
    String session_reason(String reason);

    @Message("Open the session")
    String session_cta();

    @Message("""
            {#switch event}{#case 'promoted'}A seat freed up: you are going to {title}\
            {#case 'changed'}Changed: {title}{#case 'cancelled'}Cancelled: {title}\
            {#case 'reminder'}Reminder: {title} on {when}{#else}{title}{/switch}""")
    String event_subject(String event, String title, String when);

    @Message("""
            {#switch event}{#case 'promoted'}Someone gave up their seat and you were first on the waitlist: you are \
            going now. Your ticket is on the event's page, and the event is attached for your calendar.\
            {#case 'changed'}The organizer changed the event you signed up for. Here is how it looks now; your \
            calendar entry is updated by the attachment.\
            {#case 'cancelled'}The organizer cancelled the event you signed up for. The attachment takes it out of \
            your calendar.{#case 'reminder'}Your event starts soon. Your ticket is on the event's page.\
            {#else}{event}{/switch}""")
    String event_body(String event);

    @Message("Open the event")
    String event_cta();

    @Message("It has been a while since you met {other}")
    String nudge_subject(String other);

    @Message("You and {other} have not had a session for {days} days. Mentorships work best when you meet "
            + "regularly: pick a time that suits you both from your shared free hours.")
    String nudge_body(String other, long days);

    @Message("Plan a session")
    String nudge_cta();

    @Message("You are invited to {program}")
    String invitation_subject(String program);

    @Message("Hello,")
    String invitation_greeting();

    @Message("{inviter} invites you to join the mentoring program {program} on MentorHub. Sign in (or create an "
            + "account with this email address) and accept the invitation to find a mentor, or to become one.")
    String invitation_body(String inviter, String program);

    @Message("Accept the invitation")
    String invitation_cta();
}
