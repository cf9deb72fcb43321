package dev.mentorhub.matching.engine;

import dev.mentorhub.matching.BenchSnapshot;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.List;

/**
 * Heap the running app keeps for suggestions: used memory after a full GC, before and after building what
 * {@code MatchingIndex} holds (the candidate index, the {@code Person} per member and the card map; see
 * {@link BenchSnapshot}). The index alone and the cards alone are measured as a second copy of each beside it; the
 * persons are the rest (with the two maps' entries and the ids, which the index shares). Then, for comparison with
 * earlier rounds, an index alone grown by upserts. Arguments: population sizes (default 100000).
 */
public final class IndexMemory {

    private static final double MB = 1024.0 * 1024.0;

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        // One small round first, so what is allocated once per JVM (classes' static state, zone rules) is not
        // counted in the first size (it added about 12 MB to the first figure of earlier rounds).
        Reference.reachabilityFence(BenchSnapshot.build(20_000, 1));
        measureIndexAlone(20_000, false);
        for (int n : sizes) {
            measure(n);
            measureIndexAlone(n, true);
        }
    }

    /**
     * The earlier rounds' figure: an index grown by upserts (capacity doubling) while the generated persons are
     * dropped, so it holds their ids and nothing else of them.
     */
    private static void measureIndexAlone(int n, boolean print) {
        long before = usedAfterGc();
        CandidateIndex index = new CandidateIndex(Population.engine(), List.of());
        long start = System.nanoTime();
        Population.generate(n, 42, index::upsert);
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        long after = usedAfterGc();
        if (print) {
            System.out.printf("people=%d index alone, by upserts, persons dropped: %.1f MB; build=%d ms%n", n,
                    (after - before) / MB, buildMs);
        }
        Reference.reachabilityFence(index);
    }

    /** One size, in its own frame so nothing of it is still referenced when the next size starts. */
    private static void measure(int n) {
        long before = usedAfterGc();
        BenchSnapshot snapshot = BenchSnapshot.build(n, 42);
        long whole = usedAfterGc() - before;
        long indexBytes = secondCopy(snapshot.anotherIndex(), before + whole);
        long cardBytes = secondCopy(snapshot.anotherCardMap(), before + whole);
        System.out.printf("people=%d index=%d total heap=%.1f MB: index %.1f MB, persons %.1f MB, cards %.1f MB;"
                + " build=%d ms%n", n, snapshot.size(), whole / MB, indexBytes / MB,
                (whole - indexBytes - cardBytes) / MB, cardBytes / MB, snapshot.buildMillis);
        Reference.reachabilityFence(snapshot);
    }

    /** The heap a second copy of one part takes beside the snapshot. */
    private static long secondCopy(Object copy, long withoutIt) {
        long used = usedAfterGc() - withoutIt;
        Reference.reachabilityFence(copy);
        return used;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
