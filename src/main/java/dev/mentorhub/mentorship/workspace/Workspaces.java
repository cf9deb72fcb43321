package dev.mentorhub.mentorship.workspace;

import dev.mentorhub.common.Slugged;
import dev.mentorhub.common.markdown.Markdown;
import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.member.Member;
import dev.mentorhub.mentorship.MatchRequestService;
import dev.mentorhub.mentorship.Mentorship;
import dev.mentorhub.mentorship.RequestDto;
import dev.mentorhub.profile.GoalTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The mentorship workspace: what the pair agreed (goals, cadence, session length, planned end), their shared notes and
 * their milestones. Only the two members see or change it (404 for anyone else); an ended mentorship is read-only
 * (409). Edits carry the version they were based on and are refused (409) if the other member saved meanwhile.
 */
@ApplicationScoped
public class Workspaces {

    static final int MAX_NOTES = 20_000;
    static final int MAX_MILESTONES = 50;
    /** The planned end lies between the start and this many months after it. */
    static final int MAX_MONTHS = 24;
    static final Set<Integer> CADENCES = Set.of(1, 2, 4);
    static final Set<Integer> LENGTHS = Set.of(30, 45, 60);

    private final EntityManager em;
    private final MatchRequestService requests;
    private final MentorshipSessions sessions;
    private final Clock clock;

    Workspaces(EntityManager em, MatchRequestService requests, MentorshipSessions sessions, Clock clock) {
        this.em = em;
        this.requests = requests;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    public WorkspaceDto view(Member me, UUID mentorshipId) {
        return toDto(find(me, mentorshipId, LockModeType.NONE));
    }

    /** A page of my mentorships, newest first, with their next session and milestone counts. */
    @Transactional
    public PageDto<WorkspaceDto> mine(Member me, PageRequest page) {
        List<Mentorship> items = em.createQuery("select m from Mentorship m where m.mentorId = :me or m.menteeId = :me "
                + "order by case when m.status = dev.mentorhub.mentorship.MentorshipStatus.ACTIVE then 0 else 1 end, "
                + "m.startedAt desc, m.id", Mentorship.class)
                .setParameter("me", me.id()).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(m) from Mentorship m where m.mentorId = :me or m.menteeId = :me",
                Long.class).setParameter("me", me.id()).getSingleResult();
        return page.result(toDtos(items), total);
    }

    @Transactional
    public WorkspaceDto update(Member me, UUID mentorshipId, UpdateWorkspace body) {
        FieldErrors errors = new FieldErrors();
        errors.required("version", body == null ? null : body.version());
        errors.throwIfAny();
        Mentorship m = find(me, mentorshipId, LockModeType.PESSIMISTIC_WRITE);
        m.requireActive();
        // Locked: the version read now is the latest committed one, so two saves at once give one save and one 409.
        if (m.version() != body.version()) {
            throw new WorkspaceChangedException();
        }
        List<String> goals = body.goals() == null ? m.goals() : goals(errors, body.goals());
        Integer cadence = choice(errors, "cadenceWeeks", body.cadenceWeeks(), m.cadenceWeeks(), CADENCES);
        Integer minutes = choice(errors, "sessionMinutes", body.sessionMinutes(), m.sessionMinutes(), LENGTHS);
        LocalDate plannedEnd = body.plannedEnd() == null ? m.plannedEnd() : plannedEnd(errors, m, body.plannedEnd());
        String notes = body.notes() == null ? null : body.notes().replace("\r\n", "\n").strip();
        if (notes != null && notes.length() > MAX_NOTES) {
            errors.add("notes", FieldErrors.atMost(MAX_NOTES));
        }
        errors.throwIfAny();
        m.agree(goals, cadence, minutes, plannedEnd);
        if (notes != null && !notes.equals(m.notes())) {
            m.writeNotes(notes, me.id(), clock.instant());
        }
        em.flush();
        return toDto(m);
    }

    @Transactional
    public WorkspaceDto.MilestoneDto addMilestone(Member me, UUID mentorshipId, NewMilestone body) {
        FieldErrors errors = new FieldErrors();
        String title = errors.text("title", body == null ? null : body.title(), MentorshipMilestone.MAX_TITLE, true);
        errors.throwIfAny();
        // The mentorship's row lock serialises adds, so the limit holds when both add at once.
        Mentorship m = find(me, mentorshipId, LockModeType.PESSIMISTIC_WRITE);
        m.requireActive();
        long count = em.createQuery("select count(x) from MentorshipMilestone x where x.mentorshipId = :m", Long.class)
                .setParameter("m", m.id()).getSingleResult();
        if (count >= MAX_MILESTONES) {
            throw new MilestoneLimitException();
        }
        MentorshipMilestone milestone = MentorshipMilestone.add(m.id(), title, me.id(), clock.instant());
        em.persist(milestone);
        return milestoneDto(milestone, requests.namesOf(Set.of(me.id())));
    }

    /** Ticks ({@code done}) or unticks a milestone. */
    @Transactional
    public WorkspaceDto.MilestoneDto tick(Member me, UUID mentorshipId, UUID milestoneId, boolean done) {
        MentorshipMilestone milestone = milestone(me, mentorshipId, milestoneId);
        if (done) {
            milestone.done(me.id(), clock.instant());
        } else {
            milestone.undone();
        }
        return milestoneDto(milestone, requests.namesOf(Stream.of(milestone.createdBy(), milestone.doneBy())
                .filter(Objects::nonNull).collect(Collectors.toSet())));
    }

    @Transactional
    public void removeMilestone(Member me, UUID mentorshipId, UUID milestoneId) {
        em.remove(milestone(me, mentorshipId, milestoneId));
    }

    /** Account deletion: the notes and end reasons of the member's mentorships and their milestones are erased. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(UUID memberId) {
        List<Mentorship> mine = ofMember(memberId);
        mine.forEach(Mentorship::forgetText);
        if (!mine.isEmpty()) {
            em.createQuery("delete from MentorshipMilestone x where x.mentorshipId in :ids")
                    .setParameter("ids", mine.stream().map(Mentorship::id).toList()).executeUpdate();
        }
    }

    /** Every workspace of the member, for the data export. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<WorkspaceDto> allOf(UUID memberId) {
        return toDtos(ofMember(memberId));
    }

    private List<Mentorship> ofMember(UUID memberId) {
        return em.createQuery("select m from Mentorship m where m.mentorId = :me or m.menteeId = :me order by m.id",
                Mentorship.class).setParameter("me", memberId).getResultList();
    }

    private MentorshipMilestone milestone(Member me, UUID mentorshipId, UUID milestoneId) {
        Mentorship m = find(me, mentorshipId, LockModeType.PESSIMISTIC_WRITE);
        MentorshipMilestone milestone = milestoneId == null ? null : em.find(MentorshipMilestone.class, milestoneId);
        if (milestone == null || !milestone.mentorshipId().equals(m.id())) {
            throw new NotFoundException();
        }
        m.requireActive();
        return milestone;
    }

    private Mentorship find(Member me, UUID mentorshipId, LockModeType lock) {
        Mentorship m = mentorshipId == null ? null : em.find(Mentorship.class, mentorshipId, lock);
        if (m == null || !m.involves(me.id())) {
            throw new NotFoundException();
        }
        return m;
    }

    private static List<String> goals(FieldErrors errors, List<String> slugs) {
        Set<String> goals = new LinkedHashSet<>();
        for (String slug : slugs) {
            Slugged.parse(GoalTag.class, slug).ifPresentOrElse(g -> goals.add(g.slug()),
                    () -> errors.add("goals", "has an unknown goal: " + slug));
        }
        return List.copyOf(goals);
    }

    /** One of the allowed values; 0 clears it (not agreed), null keeps {@code current}. */
    private static Integer choice(FieldErrors errors, String field, Integer value, Integer current,
            Set<Integer> allowed) {
        if (value == null) {
            return current;
        }
        if (value == 0) {
            return null;
        }
        if (!allowed.contains(value)) {
            errors.add(field, "must be one of " + allowed.stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + " (0 for not agreed)");
        }
        return value;
    }

    private static LocalDate plannedEnd(FieldErrors errors, Mentorship m, LocalDate end) {
        LocalDate start = LocalDate.ofInstant(m.startedAt(), ZoneOffset.UTC);
        LocalDate latest = start.plusMonths(MAX_MONTHS);
        if (end.isBefore(start) || end.isAfter(latest)) {
            errors.add("plannedEnd", "must be between " + start + " and " + latest);
        }
        return end;
    }

    private List<WorkspaceDto> toDtos(List<Mentorship> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = items.stream().map(Mentorship::id).toList();
        Map<UUID, List<MentorshipMilestone>> milestones = em.createQuery(
                "select x from MentorshipMilestone x where x.mentorshipId in :ids order by x.createdAt, x.id",
                MentorshipMilestone.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(MentorshipMilestone::mentorshipId));
        Map<UUID, MentorshipSessions.Summary> summaries = sessions.of(ids, clock.instant());
        Set<UUID> people = new HashSet<>();
        for (Mentorship m : items) {
            people.addAll(peopleOf(m, milestones.getOrDefault(m.id(), List.of())));
        }
        Map<UUID, String> names = requests.namesOf(people);
        return items.stream().map(m -> toDto(m, milestones.getOrDefault(m.id(), List.of()),
                summaries.getOrDefault(m.id(), MentorshipSessions.Summary.NONE), names)).toList();
    }

    private WorkspaceDto toDto(Mentorship m) {
        return toDtos(List.of(m)).get(0);
    }

    private static Collection<UUID> peopleOf(Mentorship m, List<MentorshipMilestone> milestones) {
        return Stream.concat(Stream.of(m.mentorId(), m.menteeId(), m.notesUpdatedBy(), m.endedBy()),
                milestones.stream().flatMap(x -> Stream.of(x.createdBy(), x.doneBy())))
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static WorkspaceDto toDto(Mentorship m, List<MentorshipMilestone> milestones,
            MentorshipSessions.Summary sessions, Map<UUID, String> names) {
        Function<UUID, RequestDto.Party> party = id -> id == null ? null : new RequestDto.Party(id, names.get(id));
        return new WorkspaceDto(m.id(), party.apply(m.mentorId()), party.apply(m.menteeId()),
                m.status().name().toLowerCase(Locale.ROOT), m.startedAt(), m.endedAt(), m.programId(), m.goals(),
                m.cadenceWeeks(), m.sessionMinutes(), m.plannedEnd(), m.notes(), Markdown.toHtml(m.notes()),
                m.notesUpdatedAt(), party.apply(m.notesUpdatedBy()),
                milestones.stream().map(x -> milestoneDto(x, names)).toList(),
                m.outcome() == null ? null : m.outcome().slug(), party.apply(m.endedBy()), m.endReason(),
                sessions.next(), sessions.held(), m.version());
    }

    private static WorkspaceDto.MilestoneDto milestoneDto(MentorshipMilestone x, Map<UUID, String> names) {
        Function<UUID, RequestDto.Party> party = id -> id == null ? null : new RequestDto.Party(id, names.get(id));
        return new WorkspaceDto.MilestoneDto(x.id(), x.title(), party.apply(x.createdBy()), x.createdAt(),
                party.apply(x.doneBy()), x.doneAt());
    }
}
