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
}
