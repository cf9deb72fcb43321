package dev.mentorhub.matching;

import dev.mentorhub.block.BlockChanged;
import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.matching.PersonLoader.Card;
import dev.mentorhub.matching.PersonLoader.Loaded;
import dev.mentorhub.matching.PersonLoader.Taxonomy;
import dev.mentorhub.matching.engine.CandidateIndex;
import dev.mentorhub.matching.engine.MatchEngine;
import dev.mentorhub.matching.engine.Person;
import dev.mentorhub.profile.ProfileChanged;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's {@link CandidateIndex} over every profile that may be suggested (visible to everyone, account not
 * deleted), built from the database at start and kept current: each committed {@link ProfileChanged} reloads that
 * one member and upserts or removes them; a committed {@link BlockChanged} reloads both members. The whole index is rebuilt when the reference week changes (availability
 * is compared in the current week) and when a profile names a skill created after the taxonomy was read.
 * <p>
 * Queries read a volatile snapshot without locking (the engine's index locks internally); changes and rebuilds are
 * serialised on this object.
 */
@ApplicationScoped
public class MatchingIndex {

    private final PersonLoader loader;
    private final MentorHubConfig config;
    private final Clock clock;
    private volatile Snapshot snapshot;

    MatchingIndex(PersonLoader loader, MentorHubConfig config, Clock clock) {
        this.loader = loader;
        this.config = config;
        this.clock = clock;
    }

    /** One build: the engine for one reference week, its index, and the people in it by id. */
    record Snapshot(Taxonomy taxonomy, MatchEngine engine, CandidateIndex index, Map<UUID, Person> persons,
            Map<UUID, Card> cards) {

        /** The build over these loaded profiles (also what the heap benchmark measures, outside Quarkus). */
        static Snapshot of(Taxonomy taxonomy, MatchEngine engine, List<Loaded> loaded) {
            Map<UUID, Person> persons = new ConcurrentHashMap<>();
            Map<UUID, Card> cards = new ConcurrentHashMap<>();
            for (Loaded l : loaded) {
                persons.put(l.person().id(), l.person());
                cards.put(l.person().id(), l.card());
            }
            return new Snapshot(taxonomy, engine, new CandidateIndex(engine, persons.values()), persons, cards);
        }
    }

    void onStart(@Observes StartupEvent event) {
        rebuild();
    }

    /** Applies a committed profile change: reload that member, then upsert them or take them out. */
    void onProfileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged change) {
        apply(change.memberId());
    }

    /** A committed block or unblock: both members' {@code blocked} sets changed, so both are reloaded. */
    void onBlockChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BlockChanged change) {
        apply(change.blockerId());
        apply(change.blockedId());
    }

    /** The current snapshot, rebuilt first when the week has changed since it was built. */
    Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || !s.engine().referenceMonday().equals(mondayOf(LocalDate.now(clock)))) {
            synchronized (this) {
                s = snapshot;
                if (s == null || !s.engine().referenceMonday().equals(mondayOf(LocalDate.now(clock)))) {
                    s = rebuild();
                }
            }
        }
        return s;
    }

    /** A member as the engine sees them, from the index or, for a hidden profile, from the database. */
    Optional<Person> person(UUID memberId) {
        Snapshot s = current();
        Person indexed = s.persons().get(memberId);
        if (indexed != null) {
            return Optional.of(indexed);
        }
        return loader.one(memberId, s.taxonomy(), activeSince()).map(Loaded::person);
    }

    synchronized Snapshot rebuild() {
        long started = System.nanoTime();
        Taxonomy taxonomy = loader.taxonomy();
        List<Loaded> loaded = loader.everyoneVisible(taxonomy, activeSince());
        MatchEngine engine = new MatchEngine(taxonomy.graph(), i -> taxonomy.names()[i], LocalDate.now(clock));
        Snapshot s = Snapshot.of(taxonomy, engine, loaded);
        snapshot = s;
        Log.infof("Matching index built: %d profiles, %d skills, week of %s, in %d ms", s.persons().size(),
                taxonomy.graph().size(), engine.referenceMonday(), (System.nanoTime() - started) / 1_000_000);
        return s;
    }

    private synchronized void apply(UUID memberId) {
        Snapshot s = snapshot;
        if (s == null) {
            return; // not built yet: the build will read the committed change
        }
        Optional<Loaded> loaded = loader.one(memberId, s.taxonomy(), activeSince());
        if (loaded.isPresent() && !loaded.get().allSkillsKnown()) {
            rebuild();
            return;
        }
        if (loaded.isPresent() && loaded.get().visibleToEveryone()) {
            Person person = loaded.get().person();
            s.index().upsert(person);
            s.persons().put(memberId, person);
            s.cards().put(memberId, loaded.get().card());
        } else {
            s.index().remove(memberId);
            s.persons().remove(memberId);
            s.cards().remove(memberId);
        }
    }

    private Instant activeSince() {
        return clock.instant().minus(config.profile().inactiveAfter());
    }

    private static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
