package io.elan.mentoring.spi.tck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs tasks on their own threads, released together, and collects their results. The kits use it to put an
 * implementation under real contention.
 */
public final class Concurrently {
    private Concurrently() {}

    /**
     * @param threads how many threads
     * @param task the task of thread {@code i}
     * @param <T> the result type
     * @return the results, by thread index
     * @throws AssertionError if a task fails or the whole does not finish within two minutes
     */
    public static <T> List<T> run(int threads, IntFunction<Callable<T>> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> body = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return body.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            return results;
        } catch (ExecutionException e) {
            throw new AssertionError("a concurrent task failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("concurrent tasks did not finish within two minutes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
