package dev.mentorhub.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A bounded selection of the k best candidates by rank key. The rank key orders by whole score points first, then by
 * a hash of (asking member, candidate): candidates whose scores tie within the same whole point are rotated
 * differently for every asking member, so no single mentor is shown first to everyone. The hash is deterministic, so
 * a member sees a stable list between requests.
 */
final class TopK {

    private final int k;
    private final long[] keys;
    private final UUID[] ids;
    private final int[] scores;
    private int count;
    private int worst;

    TopK(int k) {
        this.k = k;
        keys = new long[k];
        ids = new UUID[k];
        scores = new int[k];
    }

    static long rankKey(UUID asking, UUID candidate, int scoreTenths) {
        return rankKey(asking.getMostSignificantBits(), asking.getLeastSignificantBits(),
                candidate.getMostSignificantBits(), candidate.getLeastSignificantBits(), scoreTenths);
    }

    /** {@link #rankKey(UUID, UUID, int)} from the ids' two halves, so the index need not build a UUID per candidate. */
    static long rankKey(long askingHi, long askingLo, long candidateHi, long candidateLo, int scoreTenths) {
        long h = mix(askingHi ^ Long.rotateLeft(askingLo, 17) ^ mix(candidateHi) ^ Long.rotateLeft(candidateLo, 41));
        return ((long) (scoreTenths / 10) << 48) | (h >>> 16);
    }

    /** The highest key any candidate with this score can have. */
    static long bestKeyFor(int scoreTenths) {
        return ((long) (scoreTenths / 10) << 48) | 0xFFFF_FFFF_FFFFL;
    }

    /** Better first: higher key, then the smaller id so the order is total. */
    static final Comparator<Entry> ORDER =
            Comparator.comparingLong(Entry::key).reversed().thenComparing(Entry::id);

    record Entry(long key, UUID id, int scoreTenths) {
    }

    /** The key a candidate must reach to make it in; changes only when the selection does. */
    long threshold() {
        return count < k ? Long.MIN_VALUE : keys[worst];
    }

    /** Would a candidate with this key make it in? Lets the caller skip work. */
    boolean accepts(long key) {
        return count < k || key >= keys[worst];
    }

    void offer(long key, UUID id, int scoreTenths) {
        if (k == 0) {
            return;
        }
        if (count < k) {
            put(count++, key, id, scoreTenths);
        } else if (key > keys[worst] || (key == keys[worst] && id.compareTo(ids[worst]) < 0)) {
            put(worst, key, id, scoreTenths);
        } else {
            return;
        }
        if (count == k) {
            worst = 0;
            for (int i = 1; i < k; i++) {
                if (keys[i] < keys[worst] || (keys[i] == keys[worst] && ids[i].compareTo(ids[worst]) > 0)) {
                    worst = i;
                }
            }
        }
    }

    private void put(int i, long key, UUID id, int scoreTenths) {
        keys[i] = key;
        ids[i] = id;
        scores[i] = scoreTenths;
    }

    List<Suggestion> result() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new Entry(keys[i], ids[i], scores[i]));
        }
        entries.sort(ORDER);
        return entries.stream().map(e -> new Suggestion(e.id(), e.scoreTenths())).toList();
    }

    /** 64-bit finaliser from SplitMix64. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
