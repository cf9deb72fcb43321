package dev.mentorhub.event;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.program.Program;
import dev.mentorhub.program.ProgramAccess;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Who sees and who runs an event. A program's events exist only for its members and admins: anyone else gets the
 * same 404 as for an unknown id. Drafts exist only for their organizers. Organizers are the event's organizer and
 * co-organizers, its program's admins, and platform admins.
 */
@ApplicationScoped
class EventAccess {

    private final ProgramAccess programs;

    EventAccess(ProgramAccess programs) {
        this.programs = programs;
    }

    /** The event if the caller may see it. */
    Event visible(Caller caller, Event event) {
        if (event == null || !canSee(caller, event)) {
            throw new NotFoundException("event");
        }
        return event;
    }

    /** The event if the caller runs it; someone who may see it but not run it gets 404 too (no hint). */
    Event organized(Caller caller, Event event) {
        if (event == null || !organizes(caller, event)) {
            throw new NotFoundException("event");
        }
        return event;
    }

    boolean canSee(Caller caller, Event event) {
        if (organizes(caller, event)) {
            return true;
        }
        if (event.status() == EventStatus.DRAFT) {
            return false;
        }
        return event.programId() == null || programs.isMember(caller, programs.reachedThrough(event.programId()));
    }

    boolean organizes(Caller caller, Event event) {
        return event.isOrganizer(caller.memberId()) || runsEventsOf(caller, event.programId());
    }

    /** Platform admins run every event; a program's admins run its events ({@code programId} null: none). */
    boolean runsEventsOf(Caller caller, UUID programId) {
        return caller.platformAdmin()
                || (programId != null && programs.administers(caller, programs.reachedThrough(programId)));
    }

    /**
     * May the caller create an event for {@code programId} (null: for all members)? Organizers (the realm role) and
     * platform admins for all members; a program's admins for their program. A program they may not see is a 404.
     */
    void requireMayCreate(Caller caller, UUID programId) {
        if (programId == null) {
            if (!(caller.organizer() || caller.platformAdmin())) {
                throw new NotOrganizerException();
            }
            return;
        }
        Program program = programs.administered(caller, programId);
        if (program == null) {
            throw new NotFoundException("program");
        }
    }
}
