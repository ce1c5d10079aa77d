package dev.testgraph.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What generated tests report back to {@link LauncherMain} in the same JVM: named values (nanosecond marks,
 * durations, outcomes) and the peak heap seen since the last reset, sampled every millisecond.
 */
public final class Probe {

    private static final Map<String, List<Object>> VALUES = new TreeMap<>();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static volatile long sampledPeak;
    private static Thread sampler;

    private Probe() {}

    /** Records a value under a key; a key can hold many values. */
    public static synchronized void record(String key, Object value) {
        VALUES.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    static synchronized Map<String, List<Object>> values() {
        return new TreeMap<>(VALUES);
    }

    /** Starts (once) a daemon thread that samples used heap every millisecond. */
    public static synchronized void startHeapSampling() {
        if (sampler != null) {
            return;
        }
        sampler = new Thread(() -> {
            while (true) {
                long used = MEMORY.getHeapMemoryUsage().getUsed();
                if (used > sampledPeak) {
                    sampledPeak = used;
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Runs a full GC, then starts a new peak window for both the sampler and the JVM's memory pools. */
    public static void gcAndResetPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        sampledPeak = MEMORY.getHeapMemoryUsage().getUsed();
        record("heapAfterGcBytes", sampledPeak);
    }

    /** Records the peaks of the current window: sampled used heap and the sum of the heap pools' peaks. */
    public static void recordPeaks(String prefix) {
        record(prefix + "SampledPeakHeapBytes", sampledPeak);
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                poolPeaks += pool.getPeakUsage().getUsed();
            }
        }
        record(prefix + "PoolPeakHeapBytes", poolPeaks);
        record(prefix + "MaxHeapBytes", MEMORY.getHeapMemoryUsage().getMax());
    }
}
