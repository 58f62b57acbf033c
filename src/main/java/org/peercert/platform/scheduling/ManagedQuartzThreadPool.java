package org.peercert.platform.scheduling;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.quartz.SchedulerConfigException;
import org.quartz.spi.ThreadPool;

/**
 * Quartz runs its jobs on the server's managed executor, so a job has the application's CDI,
 * transactions and naming, which Quartz's own plain threads would not.
 */
public class ManagedQuartzThreadPool implements ThreadPool {

    private static final String EXECUTOR = "java:comp/DefaultManagedExecutorService";

    private int threadCount = 2;
    private Semaphore free;
    private ManagedExecutorService executor;

    /** Set by Quartz from org.quartz.threadPool.threadCount. */
    public void setThreadCount(int threadCount) {
        this.threadCount = threadCount;
    }

    @Override
    public void initialize() throws SchedulerConfigException {
        free = new Semaphore(threadCount);
        try {
            executor = (ManagedExecutorService) new InitialContext().lookup(EXECUTOR);
        } catch (NamingException e) {
            throw new SchedulerConfigException("No managed executor at " + EXECUTOR, e);
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
        } catch (RuntimeException rejected) {
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
        if (waitForJobsToComplete && free != null) {
            try {
                if (free.tryAcquire(threadCount, 30, TimeUnit.SECONDS)) {
                    free.release(threadCount);
                }
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
