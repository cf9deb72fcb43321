package dev.mentorhub.testsupport;

import dev.mentorhub.common.web.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs several calls at the same moment (threads released together by a barrier) and collects what each gave: its
 * result, or the {@link DomainException} it was refused with. Anything else (a constraint violation that would be a
 * 500) is rethrown, so a test fails on it.
 */
public final class Race {

    private Race() {
    }

    /** One outcome: a value, or the refusal. */
    public record Outcome<T>(T value, DomainException refusal) {

        public boolean succeeded() {
            return refusal == null;
        }
    }

    public static <T> List<Outcome<T>> run(int threads, IntFunction<Callable<T>> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> task = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        return new Outcome<>(task.call(), null);
                    } catch (DomainException e) {
                        return new Outcome<T>(null, e);
                    }
                }));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<Outcome<T>> f : futures) {
                try {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    throw new AssertionError("a racing call failed with something other than a refusal",
                            e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
