package dev.mentorhub.matching.engine;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Top-10 latency of one member's suggestions over a generated population (docs/benchmarks.md). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class TopKBenchmark {

    @Param({"100000", "1000000"})
    int people;

    private CandidateIndex index;
    private List<Person> mentees;
    private List<Person> mentors;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        MatchEngine engine = Population.engine();
        index = new CandidateIndex(engine, List.of());
        Population.generate(people, 42, index::upsert);
        List<Person> askers = Population.generate(2000, 7);
        mentees = askers.stream().filter(p -> p.is(Role.MENTEE)).toList();
        mentors = askers.stream().filter(p -> p.is(Role.MENTOR) && p.active() && p.activeMentees() < p.capacity())
                .toList();
    }

    @Benchmark
    public List<Suggestion> topMentorsFor() {
        next++;
        return index.topMentorsFor(mentees.get(next % mentees.size()), 10, Weights.DEFAULT);
    }

    @Benchmark
    public List<Suggestion> topMenteesFor() {
        next++;
        return index.topMenteesFor(mentors.get(next % mentors.size()), 10, Weights.DEFAULT);
    }
}
