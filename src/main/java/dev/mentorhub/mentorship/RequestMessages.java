package dev.mentorhub.mentorship;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the requests page and the request form: {@code {requests:...}}; Chinese in messages/requests_zh.properties. */
@MessageBundle("requests")
public interface RequestMessages {

    @Message("Requests") String title();

    @Message("{#switch tab}{#case 'received'}Received{#case 'sent'}Sent{#case 'mentorships'}My mentorships{#else}{tab}{/switch}")
    String tab(String tab);

    @Message("From") String from();
    @Message("To") String to();

    @Message("""
            {#switch status}{#case 'pending'}Pending{#case 'accepted'}Accepted{#case 'declined'}Declined\
            {#case 'withdrawn'}Withdrawn{#case 'expired'}Expired{#case 'active'}Active{#case 'ended'}Ended\
            {#else}{status}{/switch}""")
    String status(String status);

    @Message("{#switch kind}{#case 'peer'}Peer exchange{#else}Mentoring{/switch}") String kind(String kind);
    @Message("Sent {date}") String sent_on(String date);
    @Message("Answered {date}") String decided_on(String date);
    @Message("Expires {date}") String expires_on(String date);
    @Message("(no message)") String no_message();
    @Message("Your private reason: {reason}") String your_reason(String reason);

    @Message("Decline") String decline();
    @Message("Reason (optional; only you will see it)") String decline_reason();
    @Message("Withdraw") String withdraw();

    @Message("""
            {#switch action}{#case 'sent'}Request sent. You will get a notification when they answer.\
            {#case 'accepted'}Request accepted: your mentorship has started.{#case 'declined'}Request declined.\
            {#case 'withdrawn'}Request withdrawn.\
            {#case 'blocked'}Member blocked. Pending requests between you were closed.\
            {#else}Done.{/switch}""")
    String done(String action);

    @Message("""
            {#switch code}{#case 'capacity-reached'}You have no free mentee places. End a mentorship or raise your \
            capacity in your profile first.\
            {#case 'request-not-pending'}This request is no longer pending: it has been answered, withdrawn or has expired.\
            {#case 'open-request-limit'}You have reached the limit of open requests. Wait for an answer or withdraw one \
            before sending another.\
            {#case 'mentorship-not-active'}This mentorship has already ended.\
            {#case 'reason-too-long'}The reason can be at most 1000 characters.\
            {#case 'no-profile'}Create your profile before sending a request.\
            {#case 'not-mentee'}Only mentees can ask for mentoring. Add the mentee role to your profile.\
            {#case 'not-peer'}A peer exchange needs you to be both mentor and mentee.\
            {#case 'already-asked'}You already have an open request to this person.\
            {#case 'already-paired'}You already have an active mentorship with this person.\
            {#case 'you-blocked'}You have blocked this person. Unblock them to send a request.\
            {#case 'request-cooldown'}You asked this person recently. You can send them a new request once the waiting \
            time after your last one has passed.\
            {#else}That did not work. Please try again.{/switch}""")
    String problem(String code);

    @Message("""
            {#switch tab}{#case 'received'}No requests yet. When someone asks you to be their mentor, it appears here.\
            {#case 'sent'}No requests yet — see your suggestions to find a mentor.\
            {#else}No mentorships yet — see your suggestions to find someone.{/switch}""")
    String empty(String tab);

    @Message("See your suggestions") String see_suggestions();

    @Message("Request mentorship") String form_title();
    @Message("Message") String form_message();
    @Message("Introduce yourself and say what you hope to learn (at most {max} characters).") String form_message_hint(int max);
    @Message("Goals for this mentorship") String form_goals();
    @Message("Kind") String form_kind();
    @Message("Send request") String form_send();
    @Message("Please correct the marked fields.") String form_fix();
    @Message("At most {max} characters.") String error_message(int max);
    @Message("Choose from the listed goals.") String error_goals();
    @Message("Choose mentoring or peer exchange.") String error_kind();
    @Message("Request pending") String pending();
    @Message("You are paired") String paired();
    @Message("Create your profile to send requests.") String form_no_profile();
    @Message("To ask for mentoring, add the mentee role to your profile.") String form_not_mentee();
    @Message("Edit my profile") String edit_profile();
}
