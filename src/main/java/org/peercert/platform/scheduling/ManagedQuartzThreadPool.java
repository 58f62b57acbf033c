package org.peercert.platform.scheduling;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.quartz.SchedulerConfigException;
import org.quartz.spi.ThreadPool;

/**
 * Quartz runs its jobs on threads of the server's managed thread factory, so a job has the application's CDI,
 * transactions and naming, which Quartz's own plain threads would not. Not on the managed executor: a suspended
 * server (the start of every graceful shutdown) refuses its new tasks, and a firing Quartz cannot hand over sets
 * every trigger of the job to ERROR in the shared tables, where no node fires it again (SchedulerSuspendIT).
 */
public class ManagedQuartzThreadPool implements ThreadPool {

    private static final String THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";

    private int threadCount = 2;
    private Semaphore free;
    private ThreadPoolExecutor executor;

    /** Set by Quartz from org.quartz.threadPool.threadCount. */
    public void setThreadCount(int threadCount) {
        this.threadCount = threadCount;
    }

    @Override
    public void initialize() throws SchedulerConfigException {
        free = new Semaphore(threadCount);
        try {
            ManagedThreadFactory threads = (ManagedThreadFactory) new InitialContext().lookup(THREAD_FACTORY);
            executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(threadCount, threads);
            // Made now, on the application's thread: a thread made later from Quartz's own would lack its context.
            executor.prestartAllCoreThreads();
        } catch (NamingException e) {
            throw new SchedulerConfigException("No managed thread factory at " + THREAD_FACTORY, e);
        }
    }

    @Override
    public boolean runInThread(Runnable job) {
        try {
            free.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            executor.execute(() -> {
                try {
                    job.run();
                } finally {
                    free.release();
                }
            });
            return true;
        } catch (RejectedExecutionException | IllegalStateException notRunning) {
            // Only after shutdown(), or when the server refuses a new thread (undeploying): the permit goes back.
            free.release();
            return false;
        }
    }

    @Override
    public int blockForAvailableThreads() {
        try {
            free.acquire();
            free.release();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return free.availablePermits();
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        if (waitForJobsToComplete) {
            try {
                executor.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public int getPoolSize() {
        return threadCount;
    }

    @Override
    public void setInstanceId(String schedInstId) {
        // the managed executor names its own threads
    }

    @Override
    public void setInstanceName(String schedName) {
        // the managed executor names its own threads
    }
}
