package org.peercert.platform.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercert.testing.TestDatabase;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.simpl.SimpleThreadPool;
import org.quartz.utils.ConnectionProvider;

/**
 * R-CEU-2, "with two nodes sharing one database": two schedulers with the portal's own clustered job-store settings
 * ({@link Scheduling#quartzProperties}) run against one database (the portal's Quartz tables, from its migration),
 * as two WildFly nodes would. Every firing of a recurring job runs on exactly one of them. The database is a schema of
 * its own on the test run's MariaDB, so MariaDB's row locks are what is proven, and the portal's scheduler is not joined.
 */
class ClusteredSchedulersIT {

    private static final int FIRINGS = 20;
    private static final String SCHEMA = "peercert_quartz_cluster";
    private static final MysqlDataSource DATABASE = TestDatabase.schema(SCHEMA);
    private static final Map<Long, List<String>> RUNS = new ConcurrentHashMap<>();

    private final List<Scheduler> nodes = new ArrayList<>();

    /** Quartz's connections for both nodes: the one shared database. */
    public static class SharedDatabase implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return DATABASE.getConnection();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public void initialize() {
        }
    }

    /** Records which node ran each scheduled firing. */
    @DisallowConcurrentExecution
    public static class RecordingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            RUNS.computeIfAbsent(context.getScheduledFireTime().getTime(), t -> new CopyOnWriteArrayList<>())
                    .add(instanceId(context));
        }

        private static String instanceId(JobExecutionContext context) {
            try {
                return context.getScheduler().getSchedulerInstanceId();
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterEach
    void stopNodes() throws SchedulerException {
        for (Scheduler node : nodes) {
            node.shutdown(true);
        }
    }

    @Test
    void twoNodesOnOneDatabaseRunEachFiringOnce() throws Exception {
        createQuartzTables();
        Scheduler first = node("node-a");
        Scheduler second = node("node-b");
        first.scheduleJob(JobBuilder.newJob(RecordingJob.class).withIdentity("recording", Scheduling.GROUP).build(),
                TriggerBuilder.newTrigger().withIdentity("recording", Scheduling.GROUP).startNow()
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(300).withRepeatCount(FIRINGS - 1)).build());
        first.start();
        second.start();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (RUNS.size() < FIRINGS && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        Thread.sleep(1_000); // a duplicate would come in the same breath as the firing it repeats

        assertEquals(FIRINGS, RUNS.size(), "every firing ran: " + RUNS.keySet());
        RUNS.forEach((fireTime, ranOn) -> assertEquals(1, ranOn.size(), "the firing of " + Instant.ofEpochMilli(fireTime) + " ran on " + ranOn));
        assertTrue(RUNS.values().stream().flatMap(List::stream).allMatch(n -> n.equals("node-a") || n.equals("node-b")));
    }

    private Scheduler node(String instanceId) throws SchedulerException {
        Properties p = Scheduling.quartzProperties(2);
        p.setProperty("org.quartz.scheduler.instanceId", instanceId);
        p.setProperty("org.quartz.threadPool.class", SimpleThreadPool.class.getName());
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        p.remove("org.quartz.dataSource.peercert.jndiURL");
        p.setProperty("org.quartz.dataSource.peercert.connectionProvider.class", SharedDatabase.class.getName());
        Scheduler node = new StdSchedulerFactory(p).getScheduler();
        // One JVM keeps one scheduler per name; two nodes share a name, so the first is let go from the registry, not stopped.
        SchedulerRepository.getInstance().remove(node.getSchedulerName());
        nodes.add(node);
        return node;
    }

    private static void createQuartzTables() throws Exception {
        String script = Files.readString(Path.of("sql/V4__quartz_job_store.sql"));
        try (Connection c = TestDatabase.schema("").getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            s.execute("CREATE DATABASE " + SCHEMA);
        }
        try (Connection c = DATABASE.getConnection(); Statement s = c.createStatement()) {
            for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }
}
