package org.peercert.platform.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ScheduleBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * The clustered Quartz scheduler (JDBC job store on the portal's database). Every node runs one;
 * Quartz's row locks make each firing run on one node only.
 */
@ApplicationScoped
public class Scheduling {

    private static final Logger LOG = Logger.getLogger(Scheduling.class.getName());
    static final String GROUP = "peercert";
    private static final long STANDBY_SETTLE_MILLIS = 500;

    @Inject
    Instance<Object> beans;

    @Inject
    @ConfigProperty(name = "peercert.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "peercert.scheduler.threads", defaultValue = "2")
    int threads;

    @Inject
    @ConfigProperty(name = "peercert.scheduler.shutdown-wait-seconds", defaultValue = "20")
    int shutdownWaitSeconds;

    @Inject
    Instance<ScheduledJob> jobs;

    private Scheduler scheduler;

    void onStartup(@Observes Startup startup) throws SchedulerException {
        if (!enabled) {
            LOG.warning("The scheduler is disabled (peercert.scheduler.enabled=false): mail and reminders wait.");
            return;
        }
        StdSchedulerFactory factory = new StdSchedulerFactory(quartzProperties(threads));
        scheduler = factory.getScheduler();
        scheduler.setJobFactory(new CdiJobFactory(beans));
        for (ScheduledJob job : jobs) {
            schedule(job.jobClass(), job.schedule());
        }
        scheduler.start();
    }

    private void schedule(Class<? extends Job> jobClass, Schedule schedule) throws SchedulerException {
        JobKey key = JobKey.jobKey(jobClass.getSimpleName(), GROUP);
        // A node that dies or stops mid-job leaves the firing to another node (#23); the jobs are made to run twice safely.
        JobDetail detail = JobBuilder.newJob(jobClass).withIdentity(key).storeDurably().requestRecovery().build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(jobClass.getSimpleName(), GROUP)
                .forJob(key)
                .withSchedule(scheduleOf(schedule))
                .build();
        scheduler.scheduleJob(detail, Set.of(trigger), true);
    }

    private static ScheduleBuilder<? extends Trigger> scheduleOf(Schedule schedule) {
        if (schedule.cron() != null) {
            return CronScheduleBuilder.cronSchedule(schedule.cron()).inTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC))
                    .withMisfireHandlingInstructionFireAndProceed();
        }
        return SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(schedule.interval().toMillis())
                .repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount();
    }

    /**
     * Runs a recurring job now, on whichever node acquires it, besides its schedule; a job that is already
     * running is not started twice (its class forbids concurrent execution), the firing waits for it.
     */
    public void runNow(Class<? extends Job> jobClass) {
        if (scheduler == null) {
            LOG.warning("The scheduler is disabled: " + jobClass.getSimpleName() + " waits.");
            return;
        }
        try {
            scheduler.triggerJob(JobKey.jobKey(jobClass.getSimpleName(), GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot start " + jobClass.getSimpleName(), e);
        }
    }

    /** The clustered JDBC job store every node runs with (a test runs two schedulers on these against one database). */
    static Properties quartzProperties(int threads) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "PeerCertScheduler");
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.threadsInheritContextClassLoaderOfInitializingThread", "true");
        p.setProperty("org.quartz.threadPool.class", ManagedQuartzThreadPool.class.getName());
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(threads));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", "peercert");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "15000");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        p.setProperty("org.quartz.dataSource.peercert.jndiURL", "java:jboss/datasources/PeerCertQuartzDS");
        return p;
    }

    /**
     * Quartz halts its scheduler thread by interrupting it; an interrupt that lands while the thread waits
     * for a pooled connection makes the pool log errors. Standing by first lets the thread finish its
     * database work and park before the interrupt.
     */
    @PreDestroy
    void shutdown() {
        if (scheduler != null) {
            try {
                scheduler.standby();
                Thread.sleep(STANDBY_SETTLE_MILLIS);
                waitForRunningJobs();
                scheduler.shutdown(false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SchedulerException e) {
                LOG.warning("Scheduler did not shut down cleanly: " + e);
            }
        }
    }

    /**
     * #23: a job gets {@code peercert.scheduler.shutdown-wait-seconds} to finish; one still running then (stuck on a
     * database that went away, say) is left to its transaction's rollback, and Quartz hands it to another node, so a
     * node stops in bounded time instead of waiting on a socket read for ever.
     */
    private void waitForRunningJobs() throws SchedulerException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(shutdownWaitSeconds).toNanos();
        while (!scheduler.getCurrentlyExecutingJobs().isEmpty()) {
            if (System.nanoTime() > deadline) {
                LOG.warning("Stopping with jobs still running after " + shutdownWaitSeconds + " s: "
                        + scheduler.getCurrentlyExecutingJobs().stream().map(j -> j.getJobDetail().getKey().getName()).toList());
                return;
            }
            Thread.sleep(STANDBY_SETTLE_MILLIS);
        }
    }

    /** #23: whether the scheduler runs (for the readiness check); empty where it is switched off on purpose. */
    public Optional<Boolean> isRunning() {
        if (!enabled) {
            return Optional.empty();
        }
        try {
            return Optional.of(scheduler != null && scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown());
        } catch (SchedulerException e) {
            return Optional.of(false);
        }
    }
}
