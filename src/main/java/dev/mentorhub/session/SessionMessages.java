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
}
