package org.commonground.matching;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Times candidate generation and pairing on synthetic networks and compares the score with the
 * exact optimum where that is affordable. Not a test: run it with {@code mvn -pl matching
 * test-compile surefire:test@bench} (see the module pom), which starts a fresh JVM with {@code
 * -Xmx1g}, or the heap given as {@code -Dbench.heap=4g}. CPU seconds are reported next to the
 * elapsed ones because the machine may be shared: on two free cores they exceed the elapsed time.
 */
public final class MatchingBench {
  private static final long SEED = 20_240_101L;
  private static final int EXACT_ON_CANDIDATES_UP_TO = 10_000;
  private static final String ALL_PAIRS = "all-allowed-pairs";
  private static final String CANDIDATES = "candidate-graph";
  private static final OperatingSystemMXBean CPU =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** Entry point for the surefire execution, which passes the sizes as a system property. */
  @Test
  @EnabledIfSystemProperty(named = "bench.sizes", matches = ".*\\d.*")
  void bench() {
    main(System.getProperty("bench.sizes").trim().split("\\s+"));
  }

  /**
   * Runs the given network sizes with caps of 1 to 3 (1,000, 10,000 and 100,000 members by
   * default), after a row of 1,000 members wanting one match each, small enough to compare with the
   * optimum over all allowed pairs.
   */
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000} : parse(args);
    warmUp();
    System.out.println(
        "members caps candidates_s pairing_s total_s cpu_s peak_heap_mb edges score/opt coverage"
            + " greedy/opt greedy_cov optimum_over");
    System.out.println(run(new SyntheticNetwork(1_000, 300, 1)));
    for (int size : sizes) {
      System.out.println(run(SyntheticNetwork.of(size)));
    }
  }

  private static String run(SyntheticNetwork shape) {
    List<Participant> participants = shape.generate(SEED + shape.members());
    System.gc();
    resetPeaks();
    long start = System.nanoTime();
    long cpuStart = CPU.getProcessCpuTime();
    PreparedWeek week =
        PreparedWeek.of(participants, MatchHistory.empty(), MatchingWeights.DEFAULTS, SEED);
    long prepared = System.nanoTime();
    BMatching engine = MatchingEngine.match(week, SEED, true);
    long paired = System.nanoTime();
    long cpu = CPU.getProcessCpuTime() - cpuStart;
    long peak = peakHeapBytes();
    BMatching greedy = MatchingEngine.match(week, SEED, false);
    String optimumOver = optimumOver(shape);
    double optimum =
        switch (optimumOver) {
          case ALL_PAIRS -> ExactOptimum.ofAllAllowedPairs(week);
          case CANDIDATES -> ExactOptimum.ofCandidates(week);
          default -> Double.NaN;
        };
    return String.format(
        Locale.ROOT,
        "%7d 1-%d %10.3f %9.3f %7.3f %6.2f %12d %7d %9.4f %8.4f %10.4f %10.4f %s",
        shape.members(),
        shape.maxCap(),
        seconds(prepared - start),
        seconds(paired - prepared),
        seconds(paired - start),
        seconds(cpu),
        peak / (1 << 20),
        week.graph().edgeCount(),
        engine.total() / optimum,
        coverage(week, engine),
        greedy.total() / optimum,
        coverage(week, greedy),
        optimumOver);
  }

  /** Blossom V in JGraphT needs far more memory than the engine, so exact optima stay small. */
  private static String optimumOver(SyntheticNetwork shape) {
    if (shape.members() <= 1_000 && shape.maxCap() == 1) {
      return ALL_PAIRS;
    }
    return shape.members() <= EXACT_ON_CANDIDATES_UP_TO ? CANDIDATES : "none (too big)";
  }

  /** Runs a mid-sized week a few times so the timed runs measure compiled code. */
  private static void warmUp() {
    List<Participant> participants = SyntheticNetwork.of(20_000).generate(SEED);
    for (int i = 0; i < 3; i++) {
      PreparedWeek week =
          PreparedWeek.of(participants, MatchHistory.empty(), MatchingWeights.DEFAULTS, i);
      MatchingEngine.match(week, i, true);
    }
  }

  static double coverage(PreparedWeek week, BMatching matching) {
    int withPartner = 0;
    int matched = 0;
    for (int member = 0; member < week.network().size(); member++) {
      withPartner += week.candidates().hasAny(member) ? 1 : 0;
      matched += matching.degree(member) > 0 ? 1 : 0;
    }
    return (double) matched / withPartner;
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapBytes() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static int[] parse(String[] args) {
    return java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
  }
}
