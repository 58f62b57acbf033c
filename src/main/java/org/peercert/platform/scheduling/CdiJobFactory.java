package org.peercert.platform.scheduling;

import jakarta.enterprise.inject.Instance;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Jobs are CDI beans, so they inject the services they start. */
class CdiJobFactory implements JobFactory {

    private final Instance<Object> beans;

    CdiJobFactory(Instance<Object> beans) {
        this.beans = beans;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> jobClass = bundle.getJobDetail().getJobClass();
        Instance<? extends Job> job = beans.select(jobClass);
        if (!job.isResolvable()) {
            throw new SchedulerException("No CDI bean for job " + jobClass.getName());
        }
        return job.get();
    }
}
