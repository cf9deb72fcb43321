package dev.mentorhub.program.attention;

import dev.mentorhub.audit.AuditLog;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.mentorship.MatchRequestService;
import dev.mentorhub.program.Program;
import dev.mentorhub.program.ProgramAccess;
import dev.mentorhub.program.ProgramConflictException;
import dev.mentorhub.program.ProgramService;
import dev.mentorhub.program.attention.AttentionItems.IdleMentor;
import dev.mentorhub.program.attention.AttentionItems.PendingRequest;
import dev.mentorhub.program.attention.AttentionItems.Reminder;
import dev.mentorhub.program.attention.AttentionItems.UnmatchedMentee;
import dev.mentorhub.program.attention.AttentionQueries.PendingRow;
import dev.mentorhub.session.InactiveMentorships;
import dev.mentorhub.session.InactiveMentorships.Inactive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What needs a program admin's attention: pending requests between its members that are past half-way to their deadline
 * (with a reminder to the recipient, at most one a day), mentees without a mentorship, mentors without a match
 * or not seen for {@link #IDLE_AFTER}, and mentorships without sessions ({@link InactiveMentorships}). Only the program's admins see these (see {@link ProgramAccess}).
 */
@ApplicationScoped
public class AttentionService {

    static final Duration IDLE_AFTER = Duration.ofDays(30);
    static final Duration REMIND_EVERY = Duration.ofDays(1);
    static final String REMINDED = "request.reminder-sent";
    static final String REQUEST = "match-request";

    private final ProgramAccess access;
    private final AttentionQueries queries;
    private final MatchRequestService requests;
    private final InactiveMentorships inactive;
    private final AuditLog audit;
    private final Clock clock;

    AttentionService(ProgramAccess access, AttentionQueries queries, MatchRequestService requests,
            InactiveMentorships inactive, AuditLog audit, Clock clock) {
        this.inactive = inactive;
        this.access = access;
        this.queries = queries;
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    /** Overdue first, then the nearest deadline. */
    @Transactional
    public PageDto<PendingRequest> pendingRequests(Caller caller, UUID programId, PageRequest page) {
        Program program = access.administered(caller, programId);
        Instant now = clock.instant();
        List<PendingRow> rows = queries.pendingRequests(program.id(), now, page);
        Map<String, Instant> reminded = audit.lastOccurrences(REMINDED, REQUEST,
                rows.stream().map(r -> r.requestId().toString()).toList());
        List<PendingRequest> items = rows.stream().map(r -> {
            Instant last = latest(r.remindedAt(), reminded.get(r.requestId().toString()));
            Instant after = last == null ? null : last.plus(REMIND_EVERY);
            return new PendingRequest(r.requestId(), r.senderId(), r.senderName(), r.recipientId(), r.recipientName(),
                    r.sentAt(), r.expiresAt(), !r.expiresAt().isAfter(now), last, after,
                    after == null || !after.isAfter(now));
        }).toList();
        return page.result(items, queries.countPendingRequests(program.id(), now));
    }

    /** Longest waiting first. */
    @Transactional
    public PageDto<UnmatchedMentee> unmatchedMentees(Caller caller, UUID programId, PageRequest page) {
        Program program = access.administered(caller, programId);
        return page.result(queries.unmatchedMentees(program.id(), clock.instant(), page),
                queries.countUnmatchedMentees(program.id()));
    }

    /** Never matched first, then the longest since their last match. */
    @Transactional
    public PageDto<IdleMentor> idleMentors(Caller caller, UUID programId, PageRequest page) {
        Program program = access.administered(caller, programId);
        Instant since = clock.instant().minus(IDLE_AFTER);
        return page.result(queries.idleMentors(program.id(), since, page),
                queries.countIdleMentors(program.id(), since));
    }

    /** The program's mentorships without a session for two cadence periods, quiet the longest first. */
    @Transactional
    public PageDto<Inactive> inactiveMentorships(Caller caller, UUID programId, PageRequest page) {
        Program program = access.administered(caller, programId);
        Instant now = clock.instant();
        return page.result(inactive.inProgram(program.id(), now, page), inactive.countInProgram(program.id(), now));
    }

    /**
     * Queues a reminder mail to the recipient of a pending request of the program and records it in the audit log.
     * Refused (409) when the recipient was reminded in the last day, automatically or by an admin; requests that are
     * not on the program's list answer 404. The request row is locked first, so two admins clicking at once send one.
     */
    @Transactional
    public Reminder remind(Caller caller, UUID programId, UUID requestId) {
        Program program = access.administered(caller, programId);
        Instant now = clock.instant();
        if (requestId == null || !requests.lockPending(requestId)) {
            throw new NotFoundException("pending request");
        }
        PendingRow row = queries.pendingRequest(program.id(), requestId, now)
                .orElseThrow(() -> new NotFoundException("pending request"));
        Instant last = latest(row.remindedAt(),
                audit.lastOccurrences(REMINDED, REQUEST, List.of(requestId.toString())).get(requestId.toString()));
        if (last != null && last.plus(REMIND_EVERY).isAfter(now)) {
            throw new ProgramConflictException("reminded-recently", "The recipient was reminded at " + last
                    + "; the next reminder can go out from " + last.plus(REMIND_EVERY) + ".");
        }
        if (!requests.remindRecipient(requestId, now)) {
            throw new ProgramConflictException("cannot-remind", "The recipient cannot be reached by mail.");
        }
        audit.record(ProgramService.entry(caller, program, REMINDED, REQUEST, requestId.toString()), null,
                Map.of("recipientId", row.recipientId().toString(), "expiresAt", row.expiresAt().toString()));
        return new Reminder(requestId, row.recipientId(), now);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
