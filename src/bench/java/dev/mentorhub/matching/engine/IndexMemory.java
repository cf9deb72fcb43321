package dev.mentorhub.matching.engine;

import java.util.List;

/**
 * Heap used by a candidate index: used memory after a full GC, before and after building it. Persons are generated
 * one at a time and dropped, so only the index remains. Arguments: population sizes (default 100000).
 */
public final class IndexMemory {

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100_000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int n : sizes) {
            long before = usedAfterGc();
            CandidateIndex index = new CandidateIndex(Population.engine(), List.of());
            long start = System.nanoTime();
            Population.generate(n, 42, index::upsert);
            long buildMs = (System.nanoTime() - start) / 1_000_000;
            long after = usedAfterGc();
            System.out.printf("people=%d index=%d persons heap=%.1f MB build=%d ms%n", n, index.size(),
                    (after - before) / 1024.0 / 1024.0, buildMs);
        }
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
