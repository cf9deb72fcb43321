package dev.mentorhub.matching;

import dev.mentorhub.matching.engine.Format;
import dev.mentorhub.matching.engine.Goal;
import dev.mentorhub.matching.engine.Person;
import dev.mentorhub.matching.engine.Role;
import dev.mentorhub.matching.engine.SkillGraph;
import dev.mentorhub.matching.engine.Window;
import dev.mentorhub.profile.AvailabilityWindow;
import dev.mentorhub.profile.CareerStage;
import dev.mentorhub.profile.GoalTag;
import dev.mentorhub.profile.MentoringFormat;
import dev.mentorhub.profile.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Reads profiles as engine {@link Person}s with one query per table, whatever the number of profiles: the profile
 * rows first, then each collection (skills, goals, languages, formats, windows), the pairings and the blocks in
 * bulk, grouped in memory. The same
 * queries load one member (for a profile change) with an extra {@code memberId} condition.
 * <p>
 * Runs in a new transaction because profile changes are applied after the writing transaction has committed.
 */
@ApplicationScoped
class PersonLoader {

    static final int DECLINE_MEMORY_MONTHS = 6;

    /** A profile of a member who has not deleted their account. */
    private static final String LIVE = " from Profile p join p.member m where m.deletedAt is null";

    private final EntityManager em;

    PersonLoader(EntityManager em) {
        this.em = em;
    }

    /**
     * The skill taxonomy with dense ids: {@code dense} maps a skill row id to its index in {@code graph}; names in
     * English and Chinese (English where a skill has no Chinese name) by dense id.
     */
    record Taxonomy(SkillGraph graph, Map<Long, Integer> dense, String[] names, String[] namesZh) {
    }

    /** What a suggestion card shows about a candidate besides the score. */
    record Card(String displayName, String headline) {
    }

    /**
     * A loaded profile: the engine's view, the card, whether others may be shown it, and whether the taxonomy knew
     * all its skills (when not, the skill was created after the taxonomy was read and the index must be rebuilt).
     */
    record Loaded(Person person, Card card, boolean visibleToEveryone, boolean allSkillsKnown) {
    }

    @Transactional(TxType.REQUIRES_NEW)
    Taxonomy taxonomy() {
        List<Object[]> rows = em.createQuery("select s.id, p.id, s.nameEn, s.nameZh from Skill s left join s.parent p order by s.id",
                Object[].class).getResultList();
        Map<Long, Integer> dense = new HashMap<>();
        for (Object[] row : rows) {
            dense.put((Long) row[0], dense.size());
        }
        int[] parent = new int[rows.size()];
        String[] names = new String[rows.size()];
        String[] namesZh = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Long parentId = (Long) rows.get(i)[1];
            parent[i] = parentId == null ? -1 : dense.get(parentId);
            names[i] = (String) rows.get(i)[2];
            String zh = (String) rows.get(i)[3];
            namesZh[i] = zh == null || zh.isBlank() ? names[i] : zh;
        }
        return new Taxonomy(new SkillGraph(parent), Map.copyOf(dense), names, namesZh);
    }

    /** Every profile others may be suggested: visible to everyone, account not deleted. */
    @Transactional(TxType.REQUIRES_NEW)
    List<Loaded> everyoneVisible(Taxonomy taxonomy, Instant activeSince) {
        return load(taxonomy, activeSince, " and p.visibility = :visibility", Map.of("visibility", Visibility.EVERYONE));
    }

    /** One member's profile whatever its visibility; empty when there is none or the account is deleted. */
    @Transactional(TxType.REQUIRES_NEW)
    Optional<Loaded> one(UUID memberId, Taxonomy taxonomy, Instant activeSince) {
        return load(taxonomy, activeSince, " and p.memberId = :id", Map.of("id", memberId)).stream().findFirst();
    }

    /**
     * Who is taken and who should not be suggested again: each ACTIVE mentorship counts against the mentor's capacity
     * and excludes the pair; a request declined within {@value #DECLINE_MEMORY_MONTHS} months excludes the pair too.
     * For a full build the whole tables are read (no huge IN lists); for one person only their rows.
     */
    private void addPairings(Map<UUID, Draft> drafts) {
        String onlyThese = drafts.size() > 500 ? "" : " and (a in (:ids) or b in (:ids))";
        List<Object[]> pairs = new ArrayList<>();
        pairs.addAll(pairRows("select mentor_id a, mentee_id b from mentorship where status = 'ACTIVE'",
                onlyThese, drafts));
        List<Object[]> declined = pairRows("select sender_id a, recipient_id b from match_request"
                + " where status = 'DECLINED' and decided_at > now() - make_interval(months => "
                + DECLINE_MEMORY_MONTHS + ")", onlyThese, drafts);
        for (Object[] pair : pairs) {
            Draft mentor = drafts.get((UUID) pair[0]);
            if (mentor != null) {
                mentor.activeMentees++;
            }
        }
        pairs.addAll(declined);
        for (Object[] pair : pairs) {
            exclude(drafts.get((UUID) pair[0]), (UUID) pair[1]);
            exclude(drafts.get((UUID) pair[1]), (UUID) pair[0]);
        }
    }

    /** Blocks in either direction: each side's {@code blocked} set names the other, whoever blocked whom. */
    private void addBlocks(Map<UUID, Draft> drafts) {
        String onlyThese = drafts.size() > 500 ? "" : " and (a in (:ids) or b in (:ids))";
        for (Object[] pair : pairRows("select blocker_id a, blocked_id b from member_block", onlyThese, drafts)) {
            block(drafts.get((UUID) pair[0]), (UUID) pair[1]);
            block(drafts.get((UUID) pair[1]), (UUID) pair[0]);
        }
    }

    private static void block(Draft draft, UUID other) {
        if (draft != null) {
            draft.blocked.add(other);
        }
    }

    private static void exclude(Draft draft, UUID other) {
        if (draft != null) {
            draft.excluded.add(other);
        }
    }

    /** (a, b) member-id pairs; for a full build the whole table (no huge IN list), else only these members' rows. */
    @SuppressWarnings("unchecked")
    private List<Object[]> pairRows(String select, String onlyThese, Map<UUID, Draft> drafts) {
        var query = em.createNativeQuery("select a, b from (" + select + ") pairs where true" + onlyThese);
        if (!onlyThese.isEmpty()) {
            query.setParameter("ids", drafts.keySet());
        }
        return query.getResultList();
    }

    private List<Loaded> load(Taxonomy taxonomy, Instant activeSince, String condition, Map<String, Object> params) {
        Map<UUID, Draft> drafts = new LinkedHashMap<>();
        for (Object[] r : rows("select p.memberId, p.displayName, p.headline, p.careerStage, p.mentor, p.mentee,"
                + " p.timeZone, p.city, p.country, p.mentorCapacity, p.visibility, m.lastSeenAt" + LIVE + condition,
                params)) {
            drafts.put((UUID) r[0], new Draft(r, activeSince));
        }
        if (drafts.isEmpty()) {
            return List.of();
        }
        collect("t.skillId, t.level from Profile p join p.teachSkills t join p.member m", condition, params, drafts,
                (d, r) -> d.level(taxonomy, r, d.teach));
        collect("l.skillId, l.level from Profile p join p.learnSkills l join p.member m", condition, params, drafts,
                (d, r) -> d.level(taxonomy, r, d.learn));
        collect("g from Profile p join p.goals g join p.member m", condition, params, drafts,
                (d, r) -> d.goals.add(Goal.valueOf(((GoalTag) r[1]).name())));
        collect("l from Profile p join p.languages l join p.member m", condition, params, drafts,
                (d, r) -> d.languages.add((String) r[1]));
        collect("f from Profile p join p.formats f join p.member m", condition, params, drafts,
                (d, r) -> d.formats.add(Format.valueOf(((MentoringFormat) r[1]).name())));
        collect("w from Profile p join p.availability w join p.member m", condition, params, drafts,
                (d, r) -> {
                    AvailabilityWindow w = (AvailabilityWindow) r[1];
                    d.windows.add(new Window(w.day(), w.startMinute(), w.endMinute()));
                });
        addPairings(drafts);
        addBlocks(drafts);
        return drafts.values().stream().map(Draft::toLoaded).toList();
    }

    private void collect(String selectFrom, String condition, Map<String, Object> params, Map<UUID, Draft> drafts,
            BiConsumer<Draft, Object[]> add) {
        for (Object[] row : rows("select p.memberId, " + selectFrom + " where m.deletedAt is null" + condition, params)) {
            Draft draft = drafts.get((UUID) row[0]);
            if (draft != null) {
                add.accept(draft, row);
            }
        }
    }

    private List<Object[]> rows(String jpql, Map<String, Object> params) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** A profile row while its collections are being gathered. */
    private static final class Draft {
        final UUID id;
        final Card card;
        final int stage;
        final Set<Role> roles = EnumSet.noneOf(Role.class);
        final ZoneId zone;
        final String city;
        final String country;
        final int capacity;
        final boolean active;
        final boolean visibleToEveryone;
        final Set<UUID> excluded = new HashSet<>();
        final Set<UUID> blocked = new HashSet<>();
        int activeMentees;
        final Map<Integer, Integer> teach = new HashMap<>();
        final Map<Integer, Integer> learn = new HashMap<>();
        final Set<Goal> goals = EnumSet.noneOf(Goal.class);
        final Set<String> languages = new HashSet<>();
        final Set<Format> formats = EnumSet.noneOf(Format.class);
        final List<Window> windows = new ArrayList<>();
        boolean allSkillsKnown = true;

        Draft(Object[] r, Instant activeSince) {
            id = (UUID) r[0];
            card = new Card((String) r[1], (String) r[2]);
            stage = r[3] == null ? CareerStage.EARLY_CAREER.ordinal() : ((CareerStage) r[3]).ordinal();
            if ((Boolean) r[4]) {
                roles.add(Role.MENTOR);
            }
            if ((Boolean) r[5]) {
                roles.add(Role.MENTEE);
            }
            zone = zoneOf((String) r[6]);
            city = (String) r[7];
            country = (String) r[8];
            capacity = (Integer) r[9];
            visibleToEveryone = r[10] == Visibility.EVERYONE;
            active = !((Instant) r[11]).isBefore(activeSince);
        }

        void level(Taxonomy taxonomy, Object[] row, Map<Integer, Integer> into) {
            Integer skill = taxonomy.dense().get((Long) row[1]);
            if (skill == null) {
                allSkillsKnown = false;
            } else {
                into.put(skill, (Integer) row[2]);
            }
        }

        Loaded toLoaded() {
            // Blocked either way (addBlocks); paired and recently declined partners are excluded (addPairings).
            Person person = new Person(id, stage, roles, teach, learn, goals, languages, zone, windows, formats,
                    country, city, capacity, activeMentees, active, Set.copyOf(blocked), Set.copyOf(excluded));
            return new Loaded(person, card, visibleToEveryone, allSkillsKnown);
        }

        private static ZoneId zoneOf(String id) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException e) {
                return ZoneOffset.UTC;
            }
        }
    }
}
